package io.github.hetznerimages.autoconfigure;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import io.github.hetznerimages.client.ApiRequest;
import io.github.hetznerimages.client.HetznerClient;
import io.github.hetznerimages.images.Image;
import io.github.hetznerimages.images.ImageEnvelope;
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

    /** The body of {@code GET /images/42}, with a field the client does not know. */
    static final String IMAGE_42 = Fixtures.json("autoconfigure/image-42.json");

    private AutoConfigurationTestSupport() {}

    /** Stubs {@code GET <path>} with image 42. */
    static void stubImage(WireMockServer server, String path) {
        stubImage(server, path, okJson(IMAGE_42));
    }

    /** Stubs {@code GET <path>} with the given answer. */
    static void stubImage(WireMockServer server, String path, ResponseDefinitionBuilder answer) {
        server.stubFor(get(urlPathEqualTo(path)).willReturn(answer));
    }

    /** Fetches image 42 through the context's {@link HetznerClient}, as the services do. */
    static Image retrieveImage42(ApplicationContext context) {
        return context.getBean(HetznerClient.class)
                .execute(
                        ApiRequest.get("/images/{id}").withPathVariable("id", 42),
                        ImageEnvelope.class,
                        ImageEnvelope::image,
                        "image");
    }
}
