package io.github.hetznerimages.autoconfigure;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.hetznerimages.autoconfigure.AutoConfigurationTestSupport.HTTP_AND_HETZNER;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.hetznerimages.images.Image;
import io.github.hetznerimages.images.ImagesService;
import io.github.hetznerimages.testsupport.Fixtures;
import io.github.hetznerimages.testsupport.HetznerApiExtension;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Where list-all calls fetch pages in the background, as the application configures it. */
class HetznerPagingExecutorTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @RegisterExtension
    static final HetznerApiExtension api = new HetznerApiExtension();

    private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
            .withConfiguration(HTTP_AND_HETZNER)
            .withPropertyValues("hetzner.token=" + HetznerApiExtension.TOKEN, "hetzner.base-url=" + api.baseUrl());

    @Test
    void anExecutorBeanNamedHetznerPagingExecutorRunsTheBackgroundFetches() {
        AtomicInteger tasks = new AtomicInteger();
        Executor counting = task -> {
            tasks.incrementAndGet();
            new Thread(task).start();
        };
        stubThreePages();

        contextRunner
                .withBean(HetznerImagesAutoConfiguration.PAGING_EXECUTOR, Executor.class, () -> counting)
                .run(context -> {
                    List<Image> all = context.getBean(ImagesService.class).listAll();

                    assertThat(all).extracting(Image::id).containsExactly(1L, 2L, 3L);
                    assertThat(tasks).as("pages 2 and 3 in the background").hasValue(2);
                });
    }

    @Test
    void withoutVirtualThreadsOrABeanTheLibrarysDaemonThreadsFetch() {
        stubThreePages();

        contextRunner
                .withPropertyValues("spring.threads.virtual.enabled=false")
                .run(context -> assertThat(context.getBean(ImagesService.class).listAll())
                        .extracting(Image::id)
                        .containsExactly(1L, 2L, 3L));
    }

    private static void stubThreePages() {
        for (int page = 1; page <= 3; page++) {
            api.server()
                    .stubFor(get(urlPathEqualTo("/images"))
                            .withQueryParam("page", equalTo(String.valueOf(page)))
                            .willReturn(okJson(page(page))));
        }
    }

    private static String page(int page) {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode image = (ObjectNode)
                JSON.readTree(Fixtures.json("images/image-snapshot.json")).get("image");
        root.putArray("images").add(image.put("id", page));
        ObjectNode pagination = root.putObject("meta").putObject("pagination");
        pagination.put("page", page).put("per_page", 1).put("last_page", 3).put("total_entries", 3);
        pagination.putPOJO("previous_page", page > 1 ? page - 1 : null);
        pagination.putPOJO("next_page", page < 3 ? page + 1 : null);
        return root.toString();
    }
}
