package io.github.hetznerimages.images;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.havingExactly;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.hetznerimages.Page;
import io.github.hetznerimages.testsupport.HetznerApiExtension;
import java.util.Iterator;
import java.util.List;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ImagesServicePagingTest {

    @RegisterExtension
    static final HetznerApiExtension api = new HetznerApiExtension();

    private ImagesService images;

    @BeforeEach
    void createService() {
        images = new ImagesService(api.client(), new ImageActionsService(api.client()));
    }

    @Test
    void listAllOfNoImagesMakesOneRequestWithTheLargestPageSize() {
        stubPage(1, 50, ImageFixtures.snapshotPage(1, 50, 1, 0, null, 1L, 0L));

        assertThat(images.listAll()).isEmpty();

        assertThat(requestCount()).isEqualTo(1);
        api.server()
                .verify(getRequestedFor(urlPathEqualTo("/images"))
                        .withQueryParam("page", havingExactly("1"))
                        .withQueryParam("per_page", havingExactly("50")));
    }

    @Test
    void listAllOfOneImage() {
        stubPage(1, 50, ImageFixtures.snapshotPage(1, 50, 4711, 1, null, 1L, 1L));

        List<Image> all = images.listAll();

        assertThat(all).containsExactly(ImageFixtures.snapshot());
        assertThat(requestCount()).isEqualTo(1);
    }

    @Test
    void listAllOfExactlyOneFullPageStopsWhenNextPageIsNull() {
        stubPage(1, 50, ImageFixtures.snapshotPage(1, 50, 1, 50, null, 1L, 50L));

        List<Image> all = images.listAll(ImageListRequest.all());

        assertThat(all).extracting(Image::id).containsExactlyElementsOf(ids(1, 50));
        assertThat(requestCount()).isEqualTo(1);
    }

    @Test
    void listAllReadsSeveralPagesWithAPartialLastPageWithoutLosingOrDuplicatingImages() {
        stubPage(1, 50, ImageFixtures.snapshotPage(1, 50, 1, 50, 2L, 3L, 107L));
        stubPage(2, 50, ImageFixtures.snapshotPage(2, 50, 51, 50, 3L, 3L, 107L));
        stubPage(3, 50, ImageFixtures.snapshotPage(3, 50, 101, 7, null, 3L, 107L));

        List<Image> all = images.listAll(ImageListRequest.all());

        assertThat(all).extracting(Image::id).containsExactlyElementsOf(ids(1, 107));
        assertThat(requestCount()).isEqualTo(3);
    }

    @Test
    void listAllFollowsNextPageWhenLastPageAndTotalAreUnknown() {
        stubPage(1, 50, ImageFixtures.snapshotPage(1, 50, 1, 50, 2L, null, null));
        stubPage(2, 50, ImageFixtures.snapshotPage(2, 50, 51, 3, null, null, null));

        assertThat(images.listAll()).extracting(Image::id).containsExactlyElementsOf(ids(1, 53));
    }

    @Test
    void listAllKeepsTheFiltersOnEveryPageHonoursTheRequestedPageSizeAndIgnoresPage() {
        stubPage(1, 2, ImageFixtures.snapshotPage(1, 2, 10, 2, 2L, 3L, 5L));
        stubPage(2, 2, ImageFixtures.snapshotPage(2, 2, 12, 2, 3L, 3L, 5L));
        stubPage(3, 2, ImageFixtures.snapshotPage(3, 2, 14, 1, null, 3L, 5L));
        ImageListRequest request = ImageListRequest.builder()
                .types(ImageType.SNAPSHOT)
                .labelSelector("env=prod")
                .perPage(2)
                .page(7)
                .build();

        List<Image> all = images.listAll(request);

        assertThat(all).extracting(Image::id).containsExactly(10L, 11L, 12L, 13L, 14L);
        for (String page : List.of("1", "2", "3")) {
            api.server()
                    .verify(getRequestedFor(urlPathEqualTo("/images"))
                            .withQueryParam("page", havingExactly(page))
                            .withQueryParam("per_page", havingExactly("2"))
                            .withQueryParam("type", havingExactly("snapshot"))
                            .withQueryParam("label_selector", havingExactly("env=prod")));
        }
        api.server().verify(0, getRequestedFor(urlPathEqualTo("/images")).withQueryParam("page", equalTo("7")));
        assertThat(requestCount()).isEqualTo(3);
    }

    @Test
    void streamIsLazyAndStaysAtMostOnePageAheadOfTheConsumer() {
        stubPage(1, 50, ImageFixtures.snapshotPage(1, 50, 1, 50, 2L, 3L, 103L));
        stubPage(2, 50, ImageFixtures.snapshotPage(2, 50, 51, 50, 3L, 3L, 103L));
        stubPage(3, 50, ImageFixtures.snapshotPage(3, 50, 101, 3, null, 3L, 103L));
        ImageListRequest snapshots =
                ImageListRequest.builder().types(ImageType.SNAPSHOT).build();

        Iterator<Image> iterator = images.stream(snapshots).iterator();
        assertThat(requestCount()).isZero();

        // page 2 may be prefetched while page 1 is consumed, page 3 may not
        for (long id = 1; id <= 50; id++) {
            assertThat(iterator.next().id()).isEqualTo(id);
        }
        assertThat(requestCount()).isBetween(1, 2);
        assertThat(requestsForPage("3")).isZero();

        // page 3 may be prefetched once page 2 is being consumed, never before
        assertThat(iterator.hasNext()).isTrue();
        for (long id = 51; id <= 100; id++) {
            assertThat(iterator.next().id()).isEqualTo(id);
        }
        assertThat(requestCount()).isBetween(2, 3);

        assertThat(iterator.next().id()).isEqualTo(101L);
        assertThat(iterator.next().id()).isEqualTo(102L);
        assertThat(iterator.next().id()).isEqualTo(103L);
        assertThat(iterator.hasNext()).isFalse();
        assertThat(requestCount()).isEqualTo(3);
        api.server()
                .verify(
                        3,
                        getRequestedFor(urlPathEqualTo("/images")).withQueryParam("type", havingExactly("snapshot")));
    }

    private int requestsForPage(String page) {
        return api.server()
                .findAll(getRequestedFor(urlPathEqualTo("/images")).withQueryParam("page", equalTo(page)))
                .size();
    }

    @Test
    void streamStopsFetchingWhenTheConsumerStops() {
        stubPage(1, 50, ImageFixtures.snapshotPage(1, 50, 1, 50, 2L, 2L, 100L));
        stubPage(2, 50, ImageFixtures.snapshotPage(2, 50, 51, 50, null, 2L, 100L));

        try (Stream<Image> stream = images.stream(ImageListRequest.all())) {
            assertThat(stream.limit(3)).extracting(Image::id).containsExactly(1L, 2L, 3L);
        }

        assertThat(requestCount()).isEqualTo(1);
        api.server().verify(0, getRequestedFor(urlPathEqualTo("/images")).withQueryParam("page", equalTo("2")));
    }

    @Test
    void listOfOnePageSendsNoPagingParametersUnlessSet() {
        api.server()
                .stubFor(get(urlPathEqualTo("/images"))
                        .willReturn(okJson(ImageFixtures.snapshotPage(1, 25, 1, 25, 2L, 2L, 30L))));

        Page<Image> page = images.list(ImageListRequest.all());

        assertThat(page.items()).hasSize(25);
        assertThat(page.hasNext()).isTrue();
        api.server()
                .verify(getRequestedFor(urlPathEqualTo("/images"))
                        .withQueryParam("page", absent())
                        .withQueryParam("per_page", absent()));
    }

    private static void stubPage(long page, int perPage, String body) {
        api.server()
                .stubFor(get(urlPathEqualTo("/images"))
                        .withQueryParam("page", equalTo(String.valueOf(page)))
                        .withQueryParam("per_page", equalTo(String.valueOf(perPage)))
                        .willReturn(okJson(body)));
    }

    private static int requestCount() {
        return api.server().getAllServeEvents().size();
    }

    private static List<Long> ids(long first, long last) {
        return LongStream.rangeClosed(first, last).boxed().toList();
    }
}
