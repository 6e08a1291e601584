package io.github.hetznerimages.contract;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.STRING;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import io.github.hetznerimages.client.ApiRequest;
import io.github.hetznerimages.client.HetznerClient;
import io.github.hetznerimages.client.RetryPolicy;
import io.github.hetznerimages.error.ErrorException;
import io.github.hetznerimages.error.HetznerException;
import io.github.hetznerimages.images.Image;
import io.github.hetznerimages.images.ImageActionsService;
import io.github.hetznerimages.images.ImagesService;
import io.github.hetznerimages.images.OsFlavor;
import io.github.hetznerimages.testsupport.HetznerApiExtension;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.opentest4j.AssertionFailedError;
import org.springframework.util.LinkedMultiValueMap;
import tools.jackson.databind.JsonNode;

/**
 * Proves the contract check that {@link HetznerApiExtension} runs after each test: what it reports for real
 * exchanges with WireMock, what it deliberately skips, and how it fails or is switched off. This class switches
 * the check off for itself so that it can provoke violations and assert on {@code contractViolations()}.
 */
class HetznerApiExtensionContractTest {

    @RegisterExtension
    static final HetznerApiExtension api = new HetznerApiExtension().withoutContractValidation();

    private static final String IMAGE = """
            {"image": {"id": 42, "type": "snapshot", "status": "available", "name": null,
              "description": "nightly", "image_size": 2.5, "disk_size": 20,
              "created": "2026-01-30T23:55:00Z", "created_from": {"id": 7, "name": "web-1"}, "bound_to": null,
              "os_flavor": "ubuntu", "os_version": "24.04", "rapid_deploy": false,
              "protection": {"delete": true}, "deprecated": null, "deleted": null,
              "labels": {"env": "prod"}, "architecture": "arm"}}
            """;

    private static final String ARCH_IMAGE = IMAGE.replace("\"ubuntu\"", "\"arch\"");

    @Test
    void reportsNothingForAnExchangeThatKeepsTheContract() {
        stubImage(okJson(IMAGE));

        Image image = retrieveImage(api.client());

        assertThat(image.id()).isEqualTo(42);
        assertThat(api.contractViolations()).isEmpty();
    }

    @Test
    void reportsAnUnknownEnumValueTheClientTolerates() {
        stubImage(okJson(ARCH_IMAGE));

        Image image = retrieveImage(api.client());

        assertThat(image.osFlavor()).isEqualTo(OsFlavor.of("arch"));
        assertThat(image.osFlavor().isKnown()).isFalse();
        assertThat(api.contractViolations())
                .singleElement(STRING)
                .startsWith("GET /images/42 -> 200:")
                .contains("validation.response.body.schema.enum")
                .contains("/image/os_flavor");
    }

    @Test
    void reportsAQueryParameterValueTheSpecForbids() {
        api.server()
                .stubFor(get(urlPathEqualTo("/images"))
                        .willReturn(okJson("{\"images\":[],\"meta\":{\"pagination\":{\"page\":1,\"per_page\":25,"
                                + "\"previous_page\":null,\"next_page\":null,\"last_page\":1,"
                                + "\"total_entries\":0}}}")));

        JsonNode page = api.client()
                .execute(
                        ApiRequest.get("/images")
                                .withQuery(new LinkedMultiValueMap<>(Map.of("type", List.of("system", "private")))),
                        JsonNode.class);

        assertThat(page.path("images").isEmpty()).isTrue();

        assertThat(api.contractViolations())
                .singleElement(STRING)
                .startsWith("GET /images?type=system&type=private -> 200:")
                .contains("validation.request.parameter.schema.enum (parameter 'type')")
                .contains("\"private\"");
    }

    @Test
    void reportsARequestNoStubMatched() {
        assertThatThrownBy(() -> retrieveImage(api.client())).isInstanceOf(HetznerException.class);

        assertThat(api.contractViolations())
                .singleElement(STRING)
                .startsWith("GET /images/42 -> 404:")
                .contains("no stub matched");
    }

    @Test
    void validatesJsonErrorEnvelopes() {
        stubImage(aResponse()
                .withStatus(404)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\":{\"code\":\"not_found\"}}"));

        assertThatThrownBy(() -> retrieveImage(api.client())).isInstanceOf(ErrorException.class);

        assertThat(api.contractViolations())
                .singleElement(STRING)
                .startsWith("GET /images/42 -> 404:")
                .contains("validation.response.body.schema.required")
                .contains("message");
    }

    @Test
    void skipsFaultsAndAnswersThatAreNotApiShaped() {
        HetznerClient noRetries =
                api.clientBuilder().retryPolicy(RetryPolicy.NONE).build();
        stubImage(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));
        assertThatThrownBy(() -> retrieveImage(noRetries)).isInstanceOf(HetznerException.class);
        stubImage(aResponse()
                .withStatus(502)
                .withHeader("Content-Type", "text/html")
                .withBody("<html><body>502 Bad Gateway</body></html>"));
        assertThatThrownBy(() -> retrieveImage(noRetries)).isInstanceOf(HetznerException.class);

        // the JDK client itself re-sends a GET once when the connection drops before any answer byte
        assertThat(api.server().getAllServeEvents()).hasSizeBetween(2, 3);
        assertThat(api.contractViolations()).isEmpty();
    }

    @Test
    void failsTheTestAfterwardsByDefault() {
        HetznerApiExtension extension = new HetznerApiExtension();
        ExtensionContext context = mock(ExtensionContext.class);

        String failure = runOneTest(extension, context);

        assertThat(extension.validatesContract()).isTrue();
        assertThat(failure)
                .startsWith("the test's HTTP exchanges break the Hetzner API contract")
                .contains("GET /images/42 -> 200:")
                .contains("/image/os_flavor");
    }

    @Test
    void passesAfterwardsWhenTheExtensionOptedOut() {
        HetznerApiExtension extension = new HetznerApiExtension().withoutContractValidation();

        String failure = runOneTest(extension, mock(ExtensionContext.class));

        assertThat(extension.validatesContract()).isFalse();
        assertThat(failure).isNull();
    }

    @Test
    void passesAfterwardsWhenTheTestMethodOptedOut() throws NoSuchMethodException {
        ExtensionContext context = mock(ExtensionContext.class);
        Method optedOut = OptedOut.class.getDeclaredMethod("answersArch");
        when(context.getElement()).thenReturn(Optional.of(optedOut));

        assertThat(runOneTest(new HetznerApiExtension(), context)).isNull();
    }

    @Test
    void passesAfterwardsWhenAnEnclosingClassOptedOut() {
        ExtensionContext method = mock(ExtensionContext.class);
        ExtensionContext testClass = mock(ExtensionContext.class);
        when(method.getParent()).thenReturn(Optional.of(testClass));
        when(testClass.getElement()).thenReturn(Optional.of(OptedOut.class));

        assertThat(runOneTest(new HetznerApiExtension(), method)).isNull();
    }

    @SkipContractValidation("answers an os_flavor the spec does not know")
    static final class OptedOut {
        @SkipContractValidation("answers an os_flavor the spec does not know")
        void answersArch() {}
    }

    /**
     * Runs the extension's callbacks around one off-contract exchange, as JUnit would.
     *
     * @return the message of the failure {@code afterEach} raised, or {@code null} when it passed
     */
    private static String runOneTest(HetznerApiExtension extension, ExtensionContext context) {
        extension.beforeAll(context);
        try {
            extension.beforeEach(context);
            extension.server().stubFor(get(urlPathEqualTo("/images/42")).willReturn(okJson(ARCH_IMAGE)));
            retrieveImage(extension.client());
            assertThat(extension.contractViolations()).hasSize(1);
            try {
                extension.afterEach(context);
                return null;
            } catch (AssertionFailedError failure) {
                return failure.getMessage();
            }
        } finally {
            extension.afterAll(context);
        }
    }

    private static void stubImage(ResponseDefinitionBuilder answer) {
        api.server().stubFor(get(urlPathEqualTo("/images/42")).willReturn(answer));
    }

    private static Image retrieveImage(HetznerClient client) {
        return new ImagesService(client, new ImageActionsService(client)).retrieve(42);
    }
}
