package io.github.hetznerimages.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.hetznerimages.error.ErrorException;
import io.github.hetznerimages.testsupport.HetznerApiExtension;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.util.LinkedMultiValueMap;

class HetznerClientRequestTest {

    // generic client behaviour on a made-up /things path, which is not in the API contract
    @RegisterExtension
    static final HetznerApiExtension api = new HetznerApiExtension().withoutContractValidation();

    record Thing(long id, String someName) {}

    record ThingEnvelope(Thing thing) {}

    @Test
    void sendsTokenUserAgentAndEncodedQueryAndDecodesSnakeCase() {
        api.server()
                .stubFor(get(urlPathEqualTo("/things/7"))
                        .willReturn(okJson("{\"thing\":{\"id\":7,\"some_name\":\"a b\",\"extra\":1}}")));

        Thing thing = api.client()
                .execute(
                        ApiRequest.get("/things/{id}")
                                .withPathVariable("id", 7)
                                .withQuery(new LinkedMultiValueMap<>(Map.of(
                                        "name", List.of("a+b c"),
                                        "label_selector", List.of("env=prod,!x"),
                                        "type", List.of("system", "app")))),
                        ThingEnvelope.class,
                        ThingEnvelope::thing,
                        "thing");

        assertThat(thing).isEqualTo(new Thing(7, "a b"));
        api.server()
                .verify(getRequestedFor(urlPathEqualTo("/things/7"))
                        .withHeader("Authorization", equalTo("Bearer " + HetznerApiExtension.TOKEN))
                        .withHeader("User-Agent", equalTo(UserAgent.of(null)))
                        .withQueryParam("name", equalTo("a+b c"))
                        .withQueryParam("label_selector", equalTo("env=prod,!x"))
                        .withQueryParam("type", equalTo("system"))
                        .withQueryParam("type", equalTo("app")));
        String url = api.server().getAllServeEvents().get(0).getRequest().getUrl();
        assertThat(url).contains("name=a%2Bb%20c").contains("type=system&type=app");
    }

    @Test
    void notFoundBecomesErrorExceptionWithCorrelationId() {
        api.server()
                .stubFor(get(urlPathEqualTo("/things/8"))
                        .willReturn(aResponse()
                                .withStatus(404)
                                .withHeader("Content-Type", "application/json")
                                .withHeader("X-Correlation-Id", "corr-1")
                                .withBody("{\"error\":{\"code\":\"not_found\",\"message\":\"thing not found\","
                                        + "\"details\":null}}")));

        assertThatThrownBy(() -> api.client()
                        .execute(ApiRequest.get("/things/{id}").withPathVariable("id", 8), ThingEnvelope.class))
                .isInstanceOfSatisfying(ErrorException.class, ex -> {
                    assertThat(ex.isNotFound()).isTrue();
                    assertThat(ex.status()).isEqualTo(404);
                    assertThat(ex.correlationId()).isEqualTo("corr-1");
                    assertThat(ex.getMessage())
                            .isEqualTo("GET /things/{id} failed: HTTP 404 not_found: thing not found"
                                    + " (correlation id corr-1)");
                });
    }
}
