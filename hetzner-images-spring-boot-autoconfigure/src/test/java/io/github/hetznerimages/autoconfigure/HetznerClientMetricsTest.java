package io.github.hetznerimages.autoconfigure;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.hetznerimages.autoconfigure.AutoConfigurationTestSupport.HTTP_AND_HETZNER;
import static io.github.hetznerimages.autoconfigure.AutoConfigurationTestSupport.IMAGE_42;
import static io.github.hetznerimages.autoconfigure.AutoConfigurationTestSupport.retrieveImage42;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.github.hetznerimages.client.ApiRequest;
import io.github.hetznerimages.client.HetznerClient;
import io.github.hetznerimages.testsupport.HetznerApiExtension;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** Retries, 429 answers and rate-limit waits as meters of the application's (simple) meter registry. */
class HetznerClientMetricsTest {

    @RegisterExtension
    static final HetznerApiExtension api = new HetznerApiExtension();

    private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
            .withConfiguration(HTTP_AND_HETZNER)
            .withConfiguration(AutoConfigurations.of(
                    MetricsAutoConfiguration.class,
                    SimpleMetricsExportAutoConfiguration.class,
                    CompositeMeterRegistryAutoConfiguration.class))
            .withPropertyValues("hetzner.token=" + HetznerApiExtension.TOKEN, "hetzner.base-url=" + api.baseUrl());

    /** A 429 whose headers tell a short refill interval (Reset 1-2 s away, 100 missing: 10-20 ms), then image 42. */
    private static void stubRateLimitedThenImage() {
        // two seconds, so that Reset stays ahead of the answer (a passed Reset would mean 3600 s / 100 = 36 s)
        String reset = String.valueOf(Instant.now().getEpochSecond() + 2);
        api.server()
                .stubFor(get(urlPathEqualTo("/images/42"))
                        .inScenario("429 then 200")
                        .whenScenarioStateIs(Scenario.STARTED)
                        .willSetStateTo("refilled")
                        .willReturn(aResponse()
                                .withStatus(429)
                                .withHeader("Content-Type", "application/json")
                                .withHeader("RateLimit-Limit", "100")
                                .withHeader("RateLimit-Remaining", "0")
                                .withHeader("RateLimit-Reset", reset)
                                .withBody("{\"error\":{\"code\":\"rate_limit_exceeded\",\"message\":\"limit of 100"
                                        + " requests per hour reached\",\"details\":{}}}")));
        api.server()
                .stubFor(get(urlPathEqualTo("/images/42"))
                        .inScenario("429 then 200")
                        .whenScenarioStateIs("refilled")
                        .willReturn(okJson(IMAGE_42)));
    }

    @Test
    void a429ThenSuccessCountsOne429OneRetryAndOneRateLimitWait() {
        contextRunner.run(context -> {
            stubRateLimitedThenImage();

            assertThat(retrieveImage42(context).id()).isEqualTo(42);

            MeterRegistry registry = context.getBean(MeterRegistry.class);
            assertThat(registry.get(HetznerClientMetrics.RATE_LIMITED)
                            .tag("method", "GET")
                            .tag("path", "/images/{id}")
                            .counter()
                            .count())
                    .isEqualTo(1.0);
            assertThat(registry.get(HetznerClientMetrics.RETRIES)
                            .tag("path", "/images/{id}")
                            .tag("cause", "rate_limit_exceeded")
                            .counter()
                            .count())
                    .isEqualTo(1.0);
            Timer waits = registry.get(HetznerClientMetrics.RATE_LIMIT_WAIT)
                    .tag("path", "/images/{id}")
                    .timer();
            assertThat(waits.count()).isEqualTo(1);
            assertThat(waits.totalTime(TimeUnit.MILLISECONDS)).isPositive();
        });
    }

    @Test
    void aCallThatSucceedsAtOnceCountsNothing() {
        contextRunner.run(context -> {
            api.server().stubFor(get(urlPathEqualTo("/images/42")).willReturn(okJson(IMAGE_42)));

            retrieveImage42(context);

            MeterRegistry registry = context.getBean(MeterRegistry.class);
            assertThat(registry.find(HetznerClientMetrics.RETRIES).counters()).isEmpty();
            assertThat(registry.find(HetznerClientMetrics.RATE_LIMITED).counters())
                    .isEmpty();
            assertThat(registry.find(HetznerClientMetrics.RATE_LIMIT_WAIT).timers())
                    .isEmpty();
        });
    }

    @Test
    void listenerBeansHearTheClientNextToTheMetrics() {
        List<String> heard = new CopyOnWriteArrayList<>();
        contextRunner
                .withBean("auditListener", HetznerClient.Listener.class, () -> new HetznerClient.Listener() {
                    @Override
                    public void rateLimited(ApiRequest request) {
                        heard.add("429 " + request.describe());
                    }
                })
                .run(context -> {
                    stubRateLimitedThenImage();

                    retrieveImage42(context);

                    assertThat(heard).containsExactly("429 GET /images/{id}");
                    assertThat(context.getBean(MeterRegistry.class)
                                    .get(HetznerClientMetrics.RATE_LIMITED)
                                    .counter()
                                    .count())
                            .isEqualTo(1.0);
                });
    }

    @Test
    void withoutAMeterRegistryNoMetricsListener() {
        new ApplicationContextRunner()
                .withConfiguration(HTTP_AND_HETZNER)
                .withPropertyValues("hetzner.token=" + HetznerApiExtension.TOKEN, "hetzner.base-url=" + api.baseUrl())
                .run(context -> assertThat(context).doesNotHaveBean(HetznerClient.Listener.class));
    }
}
