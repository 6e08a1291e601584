package io.github.hetznerimages.client;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.hetznerimages.error.TransporterException;
import io.github.hetznerimages.testsupport.HetznerApiExtension;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/** Time-outs by default, and only where the builder owns the request factory. */
class HetznerClientBuilderTest {

    @RegisterExtension
    // transport tests use synthetic paths and payloads; the service tests check the API contract
    static final HetznerApiExtension api = new HetznerApiExtension().withoutContractValidation();

    record Thing(long id) {}

    @BeforeEach
    void stubs() {
        api.server().stubFor(get(urlPathEqualTo("/warm")).willReturn(okJson("{\"id\":1}")));
        api.server()
                .stubFor(get(urlPathEqualTo("/slowish"))
                        .willReturn(okJson("{\"id\":2}").withFixedDelay(400)));
    }

    private static Thing call(HetznerClient client, String path) {
        return client.execute(ApiRequest.get(path), Thing.class);
    }

    @Test
    void defaultTimeoutsAreTenSecondsToConnectAndThirtyToRead() {
        assertThat(HetznerClient.DEFAULT_CONNECT_TIMEOUT).isEqualTo(Duration.ofSeconds(10));
        assertThat(HetznerClient.DEFAULT_READ_TIMEOUT).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void withoutFactoryOrBuilderTheClientGetsAJdkFactoryWithTimeouts() {
        assertThat(HetznerClient.builder().effectiveRequestFactory()).isInstanceOf(JdkRequestFactory.class);
    }

    @Test
    void theReadTimeoutOfTheOwnFactoryApplies() {
        HetznerClient quick = api.clientBuilder()
                .retryPolicy(RetryPolicy.NONE)
                .readTimeout(Duration.ofMillis(150))
                .build();
        call(quick, "/warm");

        assertThatThrownBy(() -> call(quick, "/slowish"))
                .isInstanceOfSatisfying(
                        TransporterException.class,
                        ex -> assertThat(ex.reason()).isEqualTo(TransporterException.Reason.TIMED_OUT));
    }

    @Test
    void aGivenRequestFactoryIsUsedAndItsTimeoutsWin() {
        SimpleClientHttpRequestFactory factory = new SimpleClientHttpRequestFactory();
        factory.setReadTimeout(Duration.ofSeconds(5));
        HetznerClient.Builder builder = api.clientBuilder()
                .retryPolicy(RetryPolicy.NONE)
                .requestFactory(factory)
                .readTimeout(Duration.ofMillis(150));

        assertThat(builder.effectiveRequestFactory()).isSameAs(factory);
        assertThat(call(builder.build(), "/slowish").id()).isEqualTo(2);
    }

    @Test
    void aGivenRestClientBuilderKeepsItsOwnFactory() {
        ClientHttpRequestFactory bootLike = new SimpleClientHttpRequestFactory();
        HetznerClient.Builder builder = api.clientBuilder()
                .retryPolicy(RetryPolicy.NONE)
                .restClientBuilder(RestClient.builder().requestFactory(bootLike))
                .readTimeout(Duration.ofMillis(150));

        assertThat(builder.effectiveRequestFactory()).isNull();
        assertThat(call(builder.build(), "/slowish").id()).isEqualTo(2);
    }

    @Test
    void timeoutsMustBePositive() {
        assertThatThrownBy(() -> HetznerClient.builder().connectTimeout(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("connectTimeout must be positive, was PT0S");
        assertThatThrownBy(() -> HetznerClient.builder().readTimeout(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("readTimeout must be positive, was PT-1S");
        assertThatThrownBy(() -> HetznerClient.builder().readTimeout(null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("readTimeout must be positive, was null");
    }

    @Test
    void aTokenIsRequired() {
        assertThatThrownBy(() -> HetznerClient.builder().token("  ").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("token must not be blank: set hetzner.token or HCLOUD_TOKEN");
    }

    @Test
    void theBaseUrlMustBeAnAbsoluteHttpUrl() {
        assertThatThrownBy(() -> HetznerClient.builder()
                        .token("t")
                        .baseUrl("api.hetzner.cloud/v1")
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("baseUrl must be an absolute http(s) URL, was api.hetzner.cloud/v1");
        assertThatThrownBy(() -> HetznerClient.builder()
                        .token("t")
                        .baseUrl("https://api hetzner/v1")
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("baseUrl is not a valid URL: ");
        assertThat(HetznerClient.builder()
                        .token("t")
                        .baseUrl("http://localhost:8080/v1/")
                        .build())
                .isNotNull();
    }
}
