package io.github.hetznerimages.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.hetznerimages.testsupport.HetznerApiExtension;
import java.io.InputStream;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.client.ClientHttpRequest;
import org.springframework.http.client.ClientHttpResponse;

/** The client's own request factory: what it sends, what it hands back, and that a body cannot outlast its time. */
class JdkRequestFactoryTest {

    @RegisterExtension
    // transport tests use synthetic paths and payloads; the service tests check the API contract
    static final HetznerApiExtension api = new HetznerApiExtension().withoutContractValidation();

    /** A hang guard, far below the slow body's 20 s; not a speed target. */
    private static final Duration GUARD = Duration.ofSeconds(8);

    private final JdkRequestFactory factory = new JdkRequestFactory(
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build(), Duration.ofMillis(300));

    private URI uri(String path) {
        return URI.create(api.server().baseUrl() + path);
    }

    @Test
    void aGetCarriesTheGivenHeadersAndNoCompressionRequest() throws Exception {
        api.server()
                .stubFor(get(urlPathEqualTo("/things/1"))
                        .willReturn(aResponse()
                                .withStatus(200)
                                .withHeader("Content-Type", "application/json")
                                .withHeader("X-Extra", "yes")
                                .withBody("{\"id\":1}")));
        ClientHttpRequest request = factory.createRequest(uri("/things/1"), HttpMethod.GET);
        request.getHeaders().setBearerAuth("secret");
        request.getHeaders().set("Connection", "keep-alive");

        try (ClientHttpResponse response = request.execute()) {
            assertThat(response.getStatusCode().value()).isEqualTo(200);
            assertThat(response.getStatusText()).isEqualTo("OK");
            assertThat(response.getHeaders().getFirst("x-extra")).isEqualTo("yes");
            assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_JSON);
            assertThat(new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8))
                    .isEqualTo("{\"id\":1}");
        }
        api.server()
                .verify(getRequestedFor(urlPathEqualTo("/things/1"))
                        .withHeader("Authorization", equalTo("Bearer secret"))
                        .withHeader("Accept-Encoding", absent()));
    }

    @Test
    void aPostSendsItsBodyWithItsType() throws Exception {
        api.server()
                .stubFor(post(urlPathEqualTo("/things")).willReturn(aResponse().withStatus(201)));
        ClientHttpRequest request = factory.createRequest(uri("/things"), HttpMethod.POST);
        request.getHeaders().setContentType(MediaType.APPLICATION_JSON);
        request.getBody().write("{\"name\":\"x\"}".getBytes(StandardCharsets.UTF_8));

        try (ClientHttpResponse response = request.execute()) {
            assertThat(response.getStatusCode().value()).isEqualTo(201);
            assertThat(response.getBody().read()).as("no body").isEqualTo(-1);
        }
        api.server()
                .verify(postRequestedFor(urlPathEqualTo("/things"))
                        .withHeader("Content-Type", equalTo("application/json"))
                        .withRequestBody(equalToJson("{\"name\":\"x\"}")));
    }

    @Test
    void aBodyStillArrivingAtTheReadTimeoutEndsWithASocketTimeout() {
        api.server()
                .stubFor(get(urlPathEqualTo("/slow-body"))
                        .willReturn(aResponse()
                                .withStatus(200)
                                .withBody("x".repeat(4_000))
                                .withChunkedDribbleDelay(200, 20_000)));

        assertTimeoutPreemptively(GUARD, () -> {
            ClientHttpRequest request = factory.createRequest(uri("/slow-body"), HttpMethod.GET);
            try (ClientHttpResponse response = request.execute()) {
                InputStream body = response.getBody();
                assertThatThrownBy(body::readAllBytes).isInstanceOf(SocketTimeoutException.class);
            }
        });
    }
}
