package io.github.hetznerimages.sample.job;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.github.hetznerimages.sample.testsupport.SampleRun;
import io.github.hetznerimages.sample.testsupport.SampleRun.Result;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code images} against a server whose pages never advance: the command ends after a few requests with exit code 1
 * and one line that says what the server answered, without a stack trace.
 */
class ImagesAgainstAMisbehavingServerTest {

    private WireMockServer server;

    @BeforeEach
    void startServer() {
        server = new WireMockServer(options().dynamicPort());
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop();
    }

    @Test
    void aServerAnsweringEveryPageWithTheSpecExampleEndsWithOneLine() {
        answerEveryRequest(page(1, 2, 4));

        Result result = runImages();

        assertOneLineFailure(result);
        // the example page is empty but names a next page: the guard stops at the first page already
        assertThat(result.errLines())
                .containsExactly("error: GET /images: the answer for page 1 of 4 is empty but says next_page 2");
        assertThat(imageRequests()).isEqualTo(1);
    }

    @Test
    void aFirstPageThatSaysItIsPage3EndsWithOneLineAfterOneRequest() {
        answerEveryRequest(page(3, 4, 4));

        Result result = runImages();

        assertOneLineFailure(result);
        assertThat(result.errLines())
                .containsExactly("error: GET /images: asked for page 1, the answer says page 3 of 4");
        assertThat(imageRequests()).isEqualTo(1);
    }

    private Result runImages() {
        return SampleRun.run(
                Map.of("hetzner.token", "not-a-real-token", "hetzner.base-url", server.baseUrl() + "/v1"),
                false,
                "images");
    }

    private static void assertOneLineFailure(Result result) {
        assertThat(result.embeddedDemo()).isFalse();
        assertThat(result.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(result.out()).isEmpty();
        assertThat(result.errLines()).hasSize(1);
        assertThat(result.err()).doesNotContain("\tat ", "Exception", "not-a-real-token");
    }

    private void answerEveryRequest(String body) {
        server.stubFor(get(urlPathEqualTo("/v1/images")).willReturn(okJson(body)));
    }

    private int imageRequests() {
        return server.getAllServeEvents().size();
    }

    /** A page of no images whose pagination says it is {@code page} of {@code last}, followed by {@code next}. */
    private static String page(long page, long next, long last) {
        return """
                {"images": [], "meta": {"pagination": {"page": %d, "per_page": 50, "previous_page": null,
                 "next_page": %d, "last_page": %d, "total_entries": %d}}}""".formatted(page, next, last, last * 50);
    }
}
