package io.github.hetznerimages.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import io.github.hetznerimages.error.ErrorCode;
import io.github.hetznerimages.error.ErrorDetails;
import io.github.hetznerimages.error.ErrorException;
import io.github.hetznerimages.error.SpecErrorTable;
import io.github.hetznerimages.error.TransporterException;
import io.github.hetznerimages.testsupport.HetznerApiExtension;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Error envelopes of the API become ErrorExceptions carrying everything the answer said. */
class ErrorMappingTest {

    @RegisterExtension
    // transport tests use synthetic paths and payloads; the service tests check the API contract
    static final HetznerApiExtension api = new HetznerApiExtension().withoutContractValidation();

    private static final long RESET = 1_900_000_000L;

    record Thing(long id) {}

    record ThingEnvelope(Thing thing) {}

    private static ResponseDefinitionBuilder envelope(int status, String json) {
        return aResponse()
                .withStatus(status)
                .withHeader("Content-Type", "application/json")
                .withHeader("X-Correlation-Id", "corr-" + status)
                .withHeader("RateLimit-Limit", "3600")
                .withHeader("RateLimit-Remaining", "3412")
                .withHeader("RateLimit-Reset", String.valueOf(RESET))
                .withBody(json);
    }

    private static String errorJson(String code, String message, String detailsJson) {
        return "{\"error\":{\"code\":\"" + code + "\",\"message\":\"" + message + "\",\"details\":" + detailsJson
                + "}}";
    }

    private HetznerClient noRetries() {
        return api.clientBuilder().retryPolicy(RetryPolicy.NONE).build();
    }

    private ErrorException getFails(HetznerClient client) {
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(
                () -> client.execute(ApiRequest.get("/things/{id}").withPathVariable("id", 42), ThingEnvelope.class));
        assertThat(thrown).isInstanceOf(ErrorException.class);
        return (ErrorException) thrown;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.github.hetznerimages.error.SpecErrorTable#rows")
    void everySpecErrorCodeBecomesAnErrorExceptionWithAllItsParts(SpecErrorTable.Row row) {
        api.server()
                .stubFor(get(urlPathEqualTo("/things/42"))
                        .willReturn(envelope(row.status(), errorJson(row.code(), "text of " + row.code(), "null"))));

        ErrorException ex = getFails(noRetries());

        assertThat(ex.status()).isEqualTo(row.status());
        assertThat(ex.code()).isEqualTo(row.code());
        assertThat(ex.errorCode()).isEqualTo(row.constant()).isNotEqualTo(ErrorCode.UNKNOWN);
        assertThat(ex.is(row.constant())).isTrue();
        assertThat(ex.apiMessage()).isEqualTo("text of " + row.code());
        assertThat(ex.details()).isEqualTo(ErrorDetails.NONE);
        assertThat(ex.correlationId()).isEqualTo("corr-" + row.status());
        assertThat(ex.rateLimit()).satisfies(limit -> {
            assertThat(limit.limit()).isEqualTo(3600);
            assertThat(limit.remaining()).isEqualTo(3412);
            assertThat(limit.reset()).isEqualTo(Instant.ofEpochSecond(RESET));
        });
        assertThat(ex.getMessage())
                .isEqualTo("GET /things/{id} failed: HTTP " + row.status() + " " + row.code() + ": text of "
                        + row.code() + " (correlation id corr-" + row.status() + ")");
        assertThat(api.server().getAllServeEvents()).hasSize(1);
    }

    @Test
    void invalidInputDetailsNameTheFieldsAndTheirMessages() {
        api.server()
                .stubFor(get(urlPathEqualTo("/things/42"))
                        .willReturn(envelope(
                                422,
                                errorJson(
                                        "invalid_input",
                                        "invalid input in field 'broken_field': is too long",
                                        "{\"fields\":[{\"name\":\"broken_field\",\"messages\":[\"is too long\"]},"
                                                + "{\"name\":\"other\",\"messages\":[\"a\",\"b\"]}]}"))));

        ErrorException ex = getFails(noRetries());

        assertThat(ex.isInvalidInput()).isTrue();
        assertThat(ex.details().fields())
                .containsExactly(
                        new ErrorDetails.FieldError("broken_field", List.of("is too long")),
                        new ErrorDetails.FieldError("other", List.of("a", "b")));
        assertThat(ex.details().messagesFor("broken_field")).containsExactly("is too long");
    }

    @Test
    void uniquenessErrorDetailsNameTheFields() {
        api.server()
                .stubFor(get(urlPathEqualTo("/things/42"))
                        .willReturn(envelope(
                                409,
                                errorJson(
                                        "uniqueness_error",
                                        "SSH key with the same fingerprint already exists",
                                        "{\"fields\":[{\"name\":\"public_key\"}]}"))));

        ErrorException ex = getFails(noRetries());

        assertThat(ex.details().fields()).containsExactly(new ErrorDetails.FieldError("public_key", List.of()));
    }

    @Test
    void resourceLimitExceededDetailsNameTheLimits() {
        api.server()
                .stubFor(get(urlPathEqualTo("/things/42"))
                        .willReturn(envelope(
                                403,
                                errorJson(
                                        "resource_limit_exceeded",
                                        "project limit exceeded",
                                        "{\"limits\":[{\"name\":\"project_limit\"}]}"))));

        ErrorException ex = getFails(noRetries());

        assertThat(ex.isResourceLimitExceeded()).isTrue();
        assertThat(ex.details().limits()).containsExactly("project_limit");
    }

    @Test
    void deprecatedApiEndpointDetailsLinkTheAnnouncement() {
        String url = "https://docs.hetzner.cloud/changelog#2023-07-20-foo-endpoint-is-deprecated";
        api.server()
                .stubFor(get(urlPathEqualTo("/things/42"))
                        .willReturn(envelope(
                                410,
                                errorJson(
                                        "deprecated_api_endpoint",
                                        "API functionality was removed",
                                        "{\"announcement\":\"" + url + "\"}"))));

        ErrorException ex = getFails(noRetries());

        assertThat(ex.details().announcement()).isEqualTo(url);
        assertThat(ex.details().raw()).containsEntry("announcement", url);
    }

    @Test
    void unknownDetailsStayReadableAsRawJson() {
        api.server()
                .stubFor(get(urlPathEqualTo("/things/42"))
                        .willReturn(envelope(
                                422, errorJson("service_error", "oops", "{\"hint\":\"try later\",\"count\":3}"))));

        ErrorException ex = getFails(noRetries());

        assertThat(ex.details().raw()).isEqualTo(Map.of("hint", "try later", "count", 3));
        assertThat(ex.details().fields()).isEmpty();
    }

    @Test
    void detailsOfAnUnexpectedShapeDoNotHideTheError() {
        api.server()
                .stubFor(get(urlPathEqualTo("/things/42"))
                        .willReturn(envelope(404, errorJson("not_found", "gone", "\"just a string\""))));

        ErrorException ex = getFails(noRetries());

        assertThat(ex.isNotFound()).isTrue();
        assertThat(ex.details()).isEqualTo(ErrorDetails.NONE);
    }

    @Test
    void anUnknownCodeIsKeptRawAndTypedAsUnknown() {
        api.server()
                .stubFor(get(urlPathEqualTo("/things/42"))
                        .willReturn(envelope(418, errorJson("brand_new_error", "new", "null"))));

        ErrorException ex = getFails(noRetries());

        assertThat(ex.code()).isEqualTo("brand_new_error");
        assertThat(ex.errorCode()).isEqualTo(ErrorCode.UNKNOWN);
        assertThat(ex.status()).isEqualTo(418);
    }

    @Test
    void anErrorWithoutRateLimitHeadersCarriesTheLatestSeen() {
        api.server()
                .stubFor(get(urlPathEqualTo("/things/1"))
                        .willReturn(okJson("{\"thing\":{\"id\":1}}")
                                .withHeader("RateLimit-Limit", "3600")
                                .withHeader("RateLimit-Remaining", "77")
                                .withHeader("RateLimit-Reset", String.valueOf(RESET))));
        api.server()
                .stubFor(get(urlPathEqualTo("/things/42"))
                        .willReturn(aResponse()
                                .withStatus(404)
                                .withHeader("Content-Type", "application/json")
                                .withBody(errorJson("not_found", "gone", "null"))));
        HetznerClient client = noRetries();

        client.execute(ApiRequest.get("/things/{id}").withPathVariable("id", 1), ThingEnvelope.class);
        ErrorException ex = getFails(client);

        assertThat(ex.rateLimit())
                .satisfies(limit -> assertThat(limit.remaining()).isEqualTo(77));
        assertThat(ex.correlationId()).isNull();
        assertThat(client.rateLimit()).hasValueSatisfying(limit -> {
            assertThat(limit.limit()).isEqualTo(3600);
            assertThat(limit.remaining()).isEqualTo(77);
            assertThat(limit.reset()).isEqualTo(Instant.ofEpochSecond(RESET));
        });
    }

    @Test
    void aRefusalOfACreatingPostStaysAnErrorExceptionAndIsNotRepeated() {
        api.server()
                .stubFor(post(anyUrl()).willReturn(envelope(422, errorJson("invalid_input", "bad labels", "null"))));

        assertThatThrownBy(() -> api.client()
                        .execute(
                                ApiRequest.creatingPost("/servers/{id}/actions/create_image", Map.of(), "look")
                                        .withPathVariable("id", 5),
                                ThingEnvelope.class))
                .isInstanceOf(ErrorException.class);
        api.server().verify(1, postRequestedFor(urlPathEqualTo("/servers/5/actions/create_image")));
    }

    @Test
    void unavailableForACreatingPostIsARefusalNotAnUnknownOutcome() {
        api.server().stubFor(post(anyUrl()).willReturn(envelope(503, errorJson("unavailable", "not now", "null"))));

        assertThatThrownBy(() -> api.client()
                        .execute(
                                ApiRequest.creatingPost("/servers/{id}/actions/create_image", Map.of(), "look")
                                        .withPathVariable("id", 5),
                                ThingEnvelope.class))
                .isInstanceOfSatisfying(
                        ErrorException.class, ex -> assertThat(ex.status()).isEqualTo(503));
        api.server().verify(1, postRequestedFor(anyUrl()));
    }

    @Test
    void aBackendErrorOnACreatingPostMeansTheOutcomeIsUnknown() {
        api.server()
                .stubFor(post(anyUrl()).willReturn(envelope(502, errorJson("bad_gateway", "please retry", "null"))));

        assertThatThrownBy(() -> api.client()
                        .execute(
                                ApiRequest.creatingPost(
                                                "/servers/{id}/actions/create_image",
                                                Map.of(),
                                                "look for the image by its labels before trying again")
                                        .withPathVariable("id", 5),
                                ThingEnvelope.class))
                .isInstanceOfSatisfying(TransporterException.class, ex -> {
                    assertThat(ex.reason()).isEqualTo(TransporterException.Reason.SERVER_ERROR);
                    assertThat(ex.outcomeUnknown()).isTrue();
                    assertThat(ex.status()).isEqualTo(502);
                    assertThat(ex.getCause())
                            .isInstanceOfSatisfying(
                                    ErrorException.class,
                                    error -> assertThat(error.correlationId()).isEqualTo("corr-502"));
                    assertThat(ex.getMessage())
                            .startsWith("POST /servers/{id}/actions/create_image failed: HTTP 502 bad_gateway")
                            .contains("(correlation id corr-502)")
                            .endsWith("look for the image by its labels before trying again");
                });
        api.server().verify(1, postRequestedFor(anyUrl()));
        assertThat(api.sleeper().sleeps()).isEmpty();
    }
}
