package io.github.hetznerimages.autoconfigure;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import io.github.hetznerimages.images.Image;
import io.github.hetznerimages.images.ImagesService;
import io.github.hetznerimages.testsupport.Fixtures;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.imperative.ImperativeHttpClientAutoConfiguration;
import org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration;
import org.springframework.context.ApplicationContext;

/** What the auto-configuration tests share: Boot's HTTP auto-configurations plus ours, and an image stub. */
final class AutoConfigurationTestSupport {

    /** Boot's HTTP client and RestClient auto-configurations, then ours: the set an application gets. */
    static final AutoConfigurations HTTP_AND_HETZNER = AutoConfigurations.of(
            HttpClientAutoConfiguration.class,
            ImperativeHttpClientAutoConfiguration.class,
            RestClientAutoConfiguration.class,
            HetznerImagesAutoConfiguration.class);

    /** The body of {@code GET /images/42}, complete and as the API contract describes it. */
    static final String IMAGE_42 = Fixtures.json("autoconfigure/image-42.json");

    /** {@link #IMAGE_42} plus a field the API contract does not know, for tests of tolerance to unknown fields. */
    static final String IMAGE_42_WITH_UNKNOWN_FIELD = Fixtures.json("autoconfigure/image-42-with-unknown-field.json");

    private AutoConfigurationTestSupport() {}

    /** Stubs {@code GET <path>} with image 42. */
    static void stubImage(WireMockServer server, String path) {
        stubImage(server, path, okJson(IMAGE_42));
    }

    /** Stubs {@code GET <path>} with the given answer. */
    static void stubImage(WireMockServer server, String path, ResponseDefinitionBuilder answer) {
        server.stubFor(get(urlPathEqualTo(path)).willReturn(answer));
    }

    /** Fetches image 42 through the context's {@link ImagesService}. */
    static Image retrieveImage42(ApplicationContext context) {
        return context.getBean(ImagesService.class).retrieve(42);
    }
}
