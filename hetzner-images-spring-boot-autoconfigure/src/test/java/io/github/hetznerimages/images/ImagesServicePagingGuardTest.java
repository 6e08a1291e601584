package io.github.hetznerimages.images;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.hetznerimages.error.TransporterException;
import io.github.hetznerimages.testsupport.HetznerApiExtension;
import java.util.List;
import java.util.function.LongFunction;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A server whose pages never advance, or contradict each other, ends {@code listAll} and {@code stream} within a
 * few requests with a {@link TransporterException} ({@code INCONSISTENT_ANSWER}) that says what the server answered,
 * instead of requesting pages forever.
 */
class ImagesServicePagingGuardTest {

    private static final int STUBBED_PAGES = 20;

    @RegisterExtension
    static final HetznerApiExtension api = new HetznerApiExtension();

    private ImagesService images;

    @BeforeEach
    void createService() {
        images = new ImagesService(api.client(), new ImageActionsService(api.client()));
    }

    /**
     * The shapes: what the server answers to {@code page=N}, the most requests {@code listAll} sends (page 1, then
     * the announced range concurrently: pages still unsent when one fails are cancelled, so fewer may reach the
     * server), the requests a stream sends (page by page) before it stops, and the message.
     */
    static Stream<Arguments> misbehavingServers() {
        return Stream.of(
                shape(
                        "every page says next_page 2",
                        page -> ImageFixtures.snapshotPage(page, 50, page * 100, 50, 2L, 4L, 200L),
                        4,
                        2,
                        "GET /images: the answer for page 2 of 4 says next_page 2, a page already requested"),
                shape(
                        "every page says next_page 2 and no last_page",
                        page -> ImageFixtures.snapshotPage(page, 50, page * 100, 50, 2L, null, null),
                        2,
                        2,
                        "GET /images: the answer for page 2 says next_page 2, a page already requested"),
                shape(
                        "page 1 says page 3, next_page 4, last_page 4",
                        page -> ImageFixtures.snapshotPage(3, 50, 1, 50, 4L, 4L, 200L),
                        1,
                        1,
                        "GET /images: asked for page 1, the answer says page 3 of 4"),
                shape(
                        "next_page 1",
                        page -> ImageFixtures.snapshotPage(page, 50, page * 100, 50, 1L, null, null),
                        1,
                        1,
                        "GET /images: the answer for page 1 says next_page 1, a page already requested"),
                shape(
                        "a zero-value meta",
                        page -> ImageFixtures.snapshotPage(0, 0, 1, 50, 0L, 0L, 0L),
                        1,
                        1,
                        "GET /images: asked for page 1, the answer says page 0 of 0"),
                shape(
                        "next_page beyond last_page",
                        page -> ImageFixtures.snapshotPage(page, 50, page * 100, 50, page + 1, 3L, 150L),
                        3,
                        3,
                        "GET /images: the answer for page 3 of 3 says next_page 4 but last_page 3"),
                shape(
                        "page 1 says next_page beyond its last_page",
                        page -> ImageFixtures.snapshotPage(page, 50, page * 100, 50, 5L, 4L, 200L),
                        1,
                        1,
                        "GET /images: the answer for page 1 of 4 says next_page 5 but last_page 4"),
                shape(
                        "page 2 points back to page 1",
                        page -> ImageFixtures.snapshotPage(page, 50, page * 100, 50, page == 1 ? 2L : 1L, null, null),
                        2,
                        2,
                        "GET /images: the answer for page 2 says next_page 1, a page already requested"),
                shape(
                        "the same page for every request",
                        page -> ImageFixtures.snapshotPage(1, 50, 1, 50, 2L, 4L, 200L),
                        4,
                        2,
                        "GET /images: asked for page 2, the answer says page 1 of 4"));
    }

    private static Arguments shape(
            String name, LongFunction<String> answer, int listAllRequests, int streamRequests, String message) {
        return Arguments.of(name, answer, listAllRequests, streamRequests, message);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("misbehavingServers")
    void listAllEndsWithAnInconsistentAnswerInsteadOfLooping(
            String name, LongFunction<String> answer, int listAllRequests, int streamRequests, String message) {
        stubPages(answer);

        TransporterException failure =
                catchThrowableOfType(TransporterException.class, () -> images.listAll(ImageListRequest.all()));

        assertInconsistent(failure, name);
        assertThat(requestCount()).isBetween(1, listAllRequests);
        if (listAllRequests <= 2) { // page 1 and, in order, page 2: nothing runs concurrently
            assertThat(requestCount()).isEqualTo(listAllRequests);
            assertThat(failure).hasMessage(message);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("misbehavingServers")
    void aStreamReadToItsEndEndsWithAnInconsistentAnswerInsteadOfLooping(
            String name, LongFunction<String> answer, int listAllRequests, int streamRequests, String message) {
        stubPages(answer);

        TransporterException failure = catchThrowableOfType(
                TransporterException.class,
                () -> images.stream(ImageListRequest.all()).toList());

        assertInconsistent(failure, name);
        assertThat(failure).hasMessage(message);
        assertThat(requestCount()).isEqualTo(streamRequests);
    }

    @Test
    void nextPageZeroEndsTheListAfterOneRequest() {
        stubPages(page -> ImageFixtures.snapshotPage(page, 50, 1, 50, 0L, 1L, 50L));

        assertThat(images.listAll()).extracting(Image::id).containsExactlyElementsOf(ids(1, 50));
        assertThat(requestCount()).isEqualTo(1);
        assertThat(images.stream(ImageListRequest.all()).map(Image::id)).containsExactlyElementsOf(ids(1, 50));
        assertThat(requestCount()).isEqualTo(2);
        assertThat(images.list().hasNext()).isFalse();
    }

    private static void assertInconsistent(TransporterException failure, String shape) {
        assertThat(failure).as(shape).isNotNull();
        assertThat(failure.reason()).isEqualTo(TransporterException.Reason.INCONSISTENT_ANSWER);
        assertThat(failure.method()).isEqualTo("GET");
        assertThat(failure.path()).isEqualTo("/images");
        assertThat(failure.outcomeUnknown()).isFalse();
        assertThat(failure.getMessage()).startsWith("GET /images: ");
    }

    private static void stubPages(LongFunction<String> answer) {
        for (long page = 1; page <= STUBBED_PAGES; page++) {
            api.server()
                    .stubFor(get(urlPathEqualTo("/images"))
                            .withQueryParam("page", equalTo(String.valueOf(page)))
                            .willReturn(okJson(answer.apply(page))));
        }
        api.server().stubFor(get(urlPathEqualTo("/images")).atPriority(10).willReturn(okJson(answer.apply(1))));
    }

    private static int requestCount() {
        return api.server().getAllServeEvents().size();
    }

    private static List<Long> ids(long first, long last) {
        return LongStream.rangeClosed(first, last).boxed().toList();
    }
}
