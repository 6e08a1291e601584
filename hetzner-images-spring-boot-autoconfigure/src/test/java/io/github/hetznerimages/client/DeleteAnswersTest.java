package io.github.hetznerimages.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.github.hetznerimages.error.ErrorException;
import io.github.hetznerimages.error.TransporterException;
import io.github.hetznerimages.error.TransporterException.Reason;
import io.github.hetznerimages.testsupport.HetznerApiExtension;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What a DELETE makes of answers whose meaning depends on what came before, and of 2xx bodies. */
class DeleteAnswersTest {

    @RegisterExtension
    // transport tests use synthetic paths and payloads; the service tests check the API contract
    static final HetznerApiExtension api = new HetznerApiExtension().withoutContractValidation();

    private static final ResponseDefinitionBuilder NOT_FOUND = aResponse()
            .withStatus(404)
            .withHeader("Content-Type", "application/json")
            .withBody("{\"error\":{\"code\":\"not_found\",\"message\":\"image not found\",\"details\":{}}}");

    private static void firstThen(ResponseDefinitionBuilder first, ResponseDefinitionBuilder then) {
        api.server()
                .stubFor(delete(urlPathEqualTo("/images/9"))
                        .inScenario("delete")
                        .whenScenarioStateIs(Scenario.STARTED)
                        .willSetStateTo("retried")
                        .willReturn(first));
        api.server()
                .stubFor(delete(urlPathEqualTo("/images/9"))
                        .inScenario("delete")
                        .whenScenarioStateIs("retried")
                        .willReturn(then));
    }

    private static ApiRequest deleteImage() {
        return ApiRequest.delete("/images/{id}").withPathVariable("id", 9);
    }

    @Test
    void notFoundAfterAnAttemptThatMayHaveDeletedItIsSuccess() {
        firstThen(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER), NOT_FOUND);

        assertThat(api.client().execute(deleteImage(), Void.class)).isNull();

        assertThat(api.server().findAll(deleteRequestedFor(urlPathEqualTo("/images/9"))))
                .hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void notFoundAfterAReadTimeoutIsSuccess() {
        HetznerClient quick =
                api.clientBuilder().readTimeout(Duration.ofMillis(300)).build();
        api.server().stubFor(get(urlPathEqualTo("/warm")).willReturn(okJson("{}")));
        quick.execute(ApiRequest.get("/warm"), Void.class);
        firstThen(aResponse().withStatus(204).withFixedDelay(3_000), NOT_FOUND);

        assertThat(quick.execute(deleteImage(), Void.class)).isNull();
    }

    @Test
    void notFoundAfterAnAttemptThatProvablyDidNothingStaysAnError() {
        firstThen(
                aResponse()
                        .withStatus(503)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"error\":{\"code\":\"unavailable\",\"message\":\"m\",\"details\":{}}}"),
                NOT_FOUND);

        assertThatThrownBy(() -> api.client().execute(deleteImage(), Void.class))
                .isInstanceOfSatisfying(
                        ErrorException.class, ex -> assertThat(ex.isNotFound()).isTrue());
    }

    @Test
    void notFoundOnTheFirstAttemptStaysAnError() {
        api.server().stubFor(delete(urlPathEqualTo("/images/9")).willReturn(NOT_FOUND));

        assertThatThrownBy(() -> api.client().execute(deleteImage(), Void.class))
                .isInstanceOfSatisfying(
                        ErrorException.class, ex -> assertThat(ex.isNotFound()).isTrue());
    }

    @Test
    void aSuccessWithAnHtmlBodyIsNotTakenForSuccess() {
        api.server()
                .stubFor(delete(urlPathEqualTo("/images/9"))
                        .willReturn(aResponse()
                                .withStatus(200)
                                .withHeader("Content-Type", "text/html")
                                .withBody("<html>maintenance</html>")));

        assertThatThrownBy(() -> api.client().execute(deleteImage(), Void.class))
                .isInstanceOfSatisfying(TransporterException.class, ex -> {
                    assertThat(ex.reason()).isEqualTo(Reason.NOT_JSON);
                    assertThat(ex.status()).isEqualTo(200);
                    assertThat(ex.outcomeUnknown()).isTrue();
                });
    }

    @Test
    void aSuccessWithABodyThatIsNotJsonIsNotTakenForSuccess() {
        api.server()
                .stubFor(delete(urlPathEqualTo("/images/9"))
                        .willReturn(aResponse().withStatus(200).withBody("deleted, probably")));

        assertThatThrownBy(() -> api.client().execute(deleteImage(), Void.class))
                .isInstanceOfSatisfying(
                        TransporterException.class,
                        ex -> assertThat(ex.reason()).isEqualTo(Reason.NOT_JSON));
    }

    @Test
    void aSuccessWithAnEmptyOrJsonBodyIsSuccess() {
        firstThen(aResponse().withStatus(204), okJson("{\"action\":{\"id\":1}}"));

        assertThat(api.client().execute(deleteImage(), Void.class)).isNull();
        assertThat(api.client().execute(deleteImage(), Void.class)).isNull();
    }

    @Test
    void aReadTimeoutWhileTheBodyStreamsIsTimedOut() {
        HetznerClient quick = api.clientBuilder()
                .retryPolicy(RetryPolicy.NONE)
                .readTimeout(Duration.ofMillis(800))
                .build();
        api.server()
                .stubFor(get(urlPathEqualTo("/slow-body"))
                        .willReturn(okJson("{\"id\":1,\"pad\":\"" + "x".repeat(2_000) + "\"}")
                                .withChunkedDribbleDelay(50, 10_000)));

        assertThatThrownBy(() -> quick.execute(ApiRequest.get("/slow-body"), Void.class))
                .isInstanceOfSatisfying(TransporterException.class, ex -> {
                    assertThat(ex.reason()).isEqualTo(Reason.TIMED_OUT);
                    assertThat(ex.outcomeUnknown()).isTrue();
                });
    }
}
