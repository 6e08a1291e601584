package io.github.hetznerimages.sample.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hetznerimages.ActionStatus;
import io.github.hetznerimages.images.CreateImageRequest;
import io.github.hetznerimages.images.CreatedImage;
import io.github.hetznerimages.sample.testsupport.DemoImages;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class DemoApiInitializerTest {

    private final ApplicationContextRunner runner =
            new ApplicationContextRunner().withInitializer(new DemoApiInitializer());

    @Test
    void withoutATokenStartsTheDemoAndPointsTheClientAtIt() {
        AtomicReference<DemoApi> started = new AtomicReference<>();

        runner.run(context -> {
            DemoApi demo = context.getBean(DemoApi.class);
            started.set(demo);
            assertThat(demo.isRunning()).isTrue();
            assertThat(context.getEnvironment().getProperty("hetzner.base-url")).isEqualTo(demo.baseUrl());
            assertThat(context.getEnvironment().getProperty("hetzner.token")).isEqualTo(DemoApi.TOKEN);
            assertThat(demo.baseUrl()).matches("http://127\\.0\\.0\\.1:\\d+/v1");
        });

        assertThat(started.get().isRunning()).as("stopped with the context").isFalse();
    }

    @Test
    void aBlankTokenCountsAsNoToken() {
        runner.withPropertyValues("hetzner.token=  ", "HCLOUD_TOKEN=")
                .run(context -> assertThat(context).hasSingleBean(DemoApi.class));
    }

    @Test
    void withATokenTheDemoStaysOff() {
        runner.withPropertyValues("hetzner.token=abc", "hetzner.base-url=https://example.test/v1")
                .run(context -> {
                    assertThat(context).doesNotHaveBean(DemoApi.class);
                    assertThat(context.getEnvironment().getProperty("hetzner.token"))
                            .isEqualTo("abc");
                    assertThat(context.getEnvironment().getProperty("hetzner.base-url"))
                            .isEqualTo("https://example.test/v1");
                });
    }

    @Test
    void hcloudTokenAloneAlsoKeepsTheDemoOff() {
        runner.withPropertyValues("HCLOUD_TOKEN=abc")
                .run(context -> assertThat(context).doesNotHaveBean(DemoApi.class));
    }

    @Test
    void snapshotDurationComesFromTheProperty() {
        runner.withPropertyValues("sample.demo.snapshot-duration=0ms").run(context -> {
            CreatedImage created = DemoImages.of(context.getBean(DemoApi.class))
                    .actions()
                    .createFromServer(4711, CreateImageRequest.snapshot().build());

            assertThat(created.action().status()).isEqualTo(ActionStatus.SUCCESS);
            assertThat(created.action().progress()).isEqualTo(100);
        });
    }

    @Test
    void theDemoStopsWhenTheContextFailsToStart() {
        AtomicReference<DemoApi> started = new AtomicReference<>();

        runner.withBean("broken", String.class, () -> {
                    throw new IllegalStateException("boom");
                })
                .withInitializer(context ->
                        context.addBeanFactoryPostProcessor(factory -> started.set(factory.getBean(DemoApi.class))))
                .run(context -> assertThat(context).hasFailed());

        assertThat(started.get()).isNotNull();
        assertThat(started.get().isRunning()).isFalse();
    }
}
