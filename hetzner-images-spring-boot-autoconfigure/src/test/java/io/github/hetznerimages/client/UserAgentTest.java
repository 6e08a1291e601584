package io.github.hetznerimages.client;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.hetznerimages.testsupport.HetznerApiExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class UserAgentTest {

    @RegisterExtension
    // transport tests use synthetic paths and payloads; the service tests check the API contract
    static final HetznerApiExtension api = new HetznerApiExtension().withoutContractValidation();

    record Thing(long id) {}

    @Test
    void theVersionIsTheBuiltOne() {
        assertThat(UserAgent.version()).matches("\\d+\\.\\d+\\.\\d+(-[A-Za-z0-9.]+)?");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   "})
    void withoutAnApplicationNameItIsTheLibraryAlone(String name) {
        assertThat(UserAgent.of(name)).isEqualTo("hetzner-images-spring-boot/" + UserAgent.version());
    }

    @Test
    void theApplicationNameComesFirst() {
        assertThat(UserAgent.of(" billing-job "))
                .isEqualTo("billing-job hetzner-images-spring-boot/" + UserAgent.version());
    }

    @Test
    void anApplicationNameCannotBreakTheHeader() {
        assertThat(UserAgent.of("evil\r\nX-Injected: 1 café"))
                .isEqualTo("evil__X-Injected: 1 caf_ hetzner-images-spring-boot/" + UserAgent.version());
    }

    @Test
    void theClientSendsTheDefaultAndTheConfiguredUserAgent() {
        api.server()
                .stubFor(com.github.tomakehurst.wiremock.client.WireMock.get(urlPathEqualTo("/t"))
                        .willReturn(okJson("{\"id\":1}")));

        api.client().execute(ApiRequest.get("/t"), Thing.class);
        api.clientBuilder().userAgent(UserAgent.of("billing-job")).build().execute(ApiRequest.get("/t"), Thing.class);

        api.server()
                .verify(getRequestedFor(urlPathEqualTo("/t"))
                        .withHeader("User-Agent", equalTo("hetzner-images-spring-boot/" + UserAgent.version())));
        api.server()
                .verify(getRequestedFor(urlPathEqualTo("/t"))
                        .withHeader(
                                "User-Agent",
                                equalTo("billing-job hetzner-images-spring-boot/" + UserAgent.version())));
    }
}
