package io.github.hetznerimages.autoconfigure;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.hetznerimages.autoconfigure.AutoConfigurationTestSupport.HTTP_AND_HETZNER;
import static io.github.hetznerimages.autoconfigure.AutoConfigurationTestSupport.IMAGE_42;
import static io.github.hetznerimages.autoconfigure.AutoConfigurationTestSupport.retrieveImage42;
import static io.github.hetznerimages.autoconfigure.AutoConfigurationTestSupport.stubImage;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.hetznerimages.testsupport.HetznerApiExtension;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistryAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration;
import org.springframework.boot.restclient.autoconfigure.RestClientObservationAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** Observations of the client's calls and the rate-limit gauges. */
class HetznerObservabilityTest {

    @RegisterExtension
    static final HetznerApiExtension api = new HetznerApiExtension();

    private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
            .withConfiguration(HTTP_AND_HETZNER)
            .withPropertyValues(
                    "hetzner.token=" + HetznerApiExtension.TOKEN,
                    "hetzner.base-url=" + api.baseUrl(),
                    "hetzner.retry.enabled=false");

    @Test
    void callsAreObservedAsHttpClientRequestsWithTheUriTemplateIncludingTheBasePath() {
        TestObservationRegistry registry = TestObservationRegistry.create();
        contextRunner
                .withConfiguration(AutoConfigurations.of(RestClientObservationAutoConfiguration.class))
                .withBean(ObservationRegistry.class, () -> registry)
                .withPropertyValues("hetzner.base-url=" + api.baseUrl() + "/v1")
                .run(context -> {
                    stubImage(api.server(), "/v1/images/42");

                    retrieveImage42(context);

                    TestObservationRegistryAssert.assertThat(registry)
                            .hasNumberOfObservationsWithNameEqualTo("http.client.requests", 1)
                            .hasObservationWithNameEqualTo("http.client.requests")
                            .that()
                            .hasLowCardinalityKeyValue("uri", "/v1/images/{id}")
                            .hasLowCardinalityKeyValue("method", "GET")
                            .hasLowCardinalityKeyValue("status", "200");
                });
    }

    @Test
    void rateLimitGaugesFollowTheLatestAnswer() {
        contextRunner
                .withConfiguration(AutoConfigurations.of(
                        MetricsAutoConfiguration.class,
                        SimpleMetricsExportAutoConfiguration.class,
                        CompositeMeterRegistryAutoConfiguration.class))
                .run(context -> {
                    assertThat(context).hasSingleBean(HetznerRateLimitMetrics.class);
                    MeterRegistry registry = context.getBean(MeterRegistry.class);
                    assertThat(registry.get(HetznerRateLimitMetrics.REMAINING)
                                    .gauge()
                                    .value())
                            .isNaN();
                    api.server()
                            .stubFor(get(urlPathEqualTo("/images/42"))
                                    .willReturn(okJson(IMAGE_42)
                                            .withHeader("RateLimit-Limit", "3600")
                                            .withHeader("RateLimit-Remaining", "3517")
                                            .withHeader("RateLimit-Reset", "1731000000")));

                    retrieveImage42(context);

                    assertThat(registry.get(HetznerRateLimitMetrics.REMAINING)
                                    .gauge()
                                    .value())
                            .isEqualTo(3517.0);
                    assertThat(registry.get(HetznerRateLimitMetrics.LIMIT)
                                    .gauge()
                                    .value())
                            .isEqualTo(3600.0);
                });
    }

    @Test
    void noGaugesWithoutAMeterRegistry() {
        contextRunner.run(context -> assertThat(context).doesNotHaveBean(HetznerRateLimitMetrics.class));
    }

    @Test
    void noGaugesWithoutMicrometer() {
        contextRunner
                .withClassLoader(new FilteredClassLoader(MeterRegistry.class))
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(HetznerRateLimitMetrics.class));
    }
}
