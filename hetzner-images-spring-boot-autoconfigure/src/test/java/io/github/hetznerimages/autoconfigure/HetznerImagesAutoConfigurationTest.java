package io.github.hetznerimages.autoconfigure;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.hetznerimages.autoconfigure.AutoConfigurationTestSupport.HTTP_AND_HETZNER;
import static io.github.hetznerimages.autoconfigure.AutoConfigurationTestSupport.retrieveImage42;
import static io.github.hetznerimages.autoconfigure.AutoConfigurationTestSupport.stubImage;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.github.hetznerimages.client.HetznerClient;
import io.github.hetznerimages.client.RetryPolicy;
import io.github.hetznerimages.error.ErrorException;
import io.github.hetznerimages.images.ImageActionsService;
import io.github.hetznerimages.images.ImageType;
import io.github.hetznerimages.images.ImagesService;
import io.github.hetznerimages.images.WaitOptions;
import io.github.hetznerimages.testsupport.HetznerApiExtension;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.http.client.HttpRedirects;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.web.client.RestClient;

class HetznerImagesAutoConfigurationTest {

    @RegisterExtension
    static final HetznerApiExtension api = new HetznerApiExtension();

    private static final String UNAVAILABLE =
            "{\"error\":{\"code\":\"unavailable\",\"message\":\"service unavailable\",\"details\":null}}";

    private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
            .withConfiguration(HTTP_AND_HETZNER)
            .withPropertyValues("hetzner.token=" + HetznerApiExtension.TOKEN);

    @Test
    void createsClientAndServicesWhenATokenIsSet() {
        contextRunner.run(context -> {
            assertThat(context)
                    .hasSingleBean(HetznerProperties.class)
                    .hasSingleBean(HetznerClient.class)
                    .hasSingleBean(ImageActionsService.class)
                    .hasSingleBean(ImagesService.class);
            assertThat(context.getBean(ImagesService.class).actions())
                    .isSameAs(context.getBean(ImageActionsService.class));
        });
    }

    @Test
    void bindsTheDocumentedDefaults() {
        contextRunner.run(context -> {
            HetznerProperties properties = context.getBean(HetznerProperties.class);
            assertThat(properties.enabled()).isTrue();
            assertThat(properties.baseUrl()).isEqualTo("https://api.hetzner.cloud/v1");
            assertThat(properties.retry())
                    .isEqualTo(new HetznerProperties.Retry(
                            true, 5, Duration.ofSeconds(1), 2.0, Duration.ofSeconds(60), 0.5));
            assertThat(properties.retry().toPolicy()).isEqualTo(RetryPolicy.DEFAULT);
            assertThat(properties.actions())
                    .isEqualTo(new HetznerProperties.Actions(
                            Duration.ofSeconds(1), Duration.ofSeconds(10), Duration.ofMinutes(30)));
            assertThat(properties.paging().concurrency()).isEqualTo(16);
            assertThat(properties.http().getConnectTimeout())
                    .as("unset, so that spring.http.clients.connect-timeout can apply")
                    .isNull();
            assertThat(pagingConcurrency(context.getBean(HetznerClient.class))).isEqualTo(16);
        });
    }

    @Test
    void bindsEveryGroup() {
        contextRunner
                .withPropertyValues(
                        "hetzner.http.connect-timeout=2s",
                        "hetzner.http.read-timeout=3s",
                        "hetzner.http.redirects=dont-follow",
                        "hetzner.retry.enabled=false",
                        "hetzner.retry.max-backoff=5s",
                        "hetzner.actions.poll-interval=250ms",
                        "hetzner.actions.max-poll-interval=2s",
                        "hetzner.actions.timeout=5m")
                .run(context -> {
                    HetznerProperties properties = context.getBean(HetznerProperties.class);
                    assertThat(properties.http().getConnectTimeout()).isEqualTo(Duration.ofSeconds(2));
                    assertThat(properties.http().getReadTimeout()).isEqualTo(Duration.ofSeconds(3));
                    assertThat(properties.http().getRedirects()).isEqualTo(HttpRedirects.DONT_FOLLOW);
                    assertThat(properties.retry().toPolicy()).isEqualTo(RetryPolicy.NONE);
                    assertThat(properties.retry().maxBackoff()).isEqualTo(Duration.ofSeconds(5));
                    assertThat(properties.actions())
                            .isEqualTo(new HetznerProperties.Actions(
                                    Duration.ofMillis(250), Duration.ofSeconds(2), Duration.ofMinutes(5)));
                    assertThat(context.getBean(ImageActionsService.class).defaults())
                            .isEqualTo(new WaitOptions(
                                    Duration.ofMillis(250), Duration.ofSeconds(2), Duration.ofMinutes(5), null));
                });
    }

    @Test
    void worksWithoutBootsRestClientAutoConfiguration() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(HetznerImagesAutoConfiguration.class))
                .withPropertyValues("hetzner.token=" + HetznerApiExtension.TOKEN, "hetzner.base-url=" + api.baseUrl())
                .run(context -> {
                    stubImage(api.server(), "/images/42");
                    assertThat(context).doesNotHaveBean(RestClient.Builder.class);
                    assertThat(retrieveImage42(context).id()).isEqualTo(42);
                });
    }

    @Test
    void backsOffEntirelyWhenDisabled() {
        contextRunner
                .withPropertyValues("hetzner.enabled=false")
                .run(context -> assertThat(context)
                        .hasNotFailed()
                        .doesNotHaveBean(HetznerProperties.class)
                        .doesNotHaveBean(HetznerClient.class)
                        .doesNotHaveBean(ImageActionsService.class)
                        .doesNotHaveBean(ImagesService.class));
    }

    @Test
    void disabledNeedsNoToken() {
        new ApplicationContextRunner()
                .withConfiguration(HTTP_AND_HETZNER)
                .withPropertyValues("hetzner.enabled=false")
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(HetznerClient.class));
    }

    @Test
    void backsOffWhenRestClientIsNotOnTheClasspath() {
        contextRunner
                .withClassLoader(new FilteredClassLoader(RestClient.class))
                .run(context -> assertThat(context)
                        .hasNotFailed()
                        .doesNotHaveBean(HetznerClient.class)
                        .doesNotHaveBean(ImagesService.class));
    }

    @Test
    void usersImagesServiceWins() {
        contextRunner
                .withBean(
                        "myImages",
                        ImagesService.class,
                        () -> new ImagesService(
                                HetznerClient.builder().token("other").build(),
                                new ImageActionsService(
                                        HetznerClient.builder().token("other").build())))
                .run(context -> {
                    assertThat(context).hasSingleBean(ImagesService.class).hasBean("myImages");
                    assertThat(context.getBean(ImagesService.class).actions())
                            .isNotSameAs(context.getBean(ImageActionsService.class));
                });
    }

    @Test
    void usersHetznerClientIsSharedByTheServicesAndNeedsNoTokenProperty() {
        HetznerClient own = HetznerClient.builder().token("own").build();
        new ApplicationContextRunner()
                .withConfiguration(HTTP_AND_HETZNER)
                .withBean(HetznerClient.class, () -> own)
                .run(context -> {
                    assertThat(context).hasNotFailed().hasSingleBean(HetznerClient.class);
                    assertThat(context.getBean(HetznerClient.class)).isSameAs(own);
                    assertThat(context).hasSingleBean(ImagesService.class);
                });
    }

    @Test
    void rateLimitOfTheLatestAnswerIsVisibleOnTheService() {
        contextRunner.withPropertyValues("hetzner.base-url=" + api.baseUrl()).run(context -> {
            api.server()
                    .stubFor(get(urlPathEqualTo("/images/42"))
                            .willReturn(okJson(AutoConfigurationTestSupport.IMAGE_42)
                                    .withHeader("RateLimit-Limit", "3600")
                                    .withHeader("RateLimit-Remaining", "3123")));
            retrieveImage42(context);
            assertThat(context.getBean(ImagesService.class).rateLimit())
                    .hasValueSatisfying(
                            rateLimit -> assertThat(rateLimit.remaining()).isEqualTo(3123));
        });
    }

    @Test
    void sendsTokenAndUserAgentWithApplicationNameToTheConfiguredBaseUrl() {
        contextRunner
                .withPropertyValues("hetzner.base-url=" + api.baseUrl() + "/", "spring.application.name=image-janitor")
                .run(context -> {
                    stubImage(api.server(), "/images/42");
                    assertThat(retrieveImage42(context).type()).isEqualTo(ImageType.SYSTEM);
                    api.server()
                            .verify(getRequestedFor(urlPathEqualTo("/images/42"))
                                    .withHeader("Authorization", equalTo("Bearer " + HetznerApiExtension.TOKEN))
                                    .withHeader(
                                            "User-Agent", matching("image-janitor hetzner-images-spring-boot/[^ ]+")));
                });
    }

    @Test
    void pagingConcurrencyComesFromTheProperties() {
        contextRunner
                .withPropertyValues("hetzner.paging.concurrency=2")
                .run(context -> assertThat(pagingConcurrency(context.getBean(HetznerClient.class)))
                        .isEqualTo(2));
    }

    @Test
    void retrySettingsFromThePropertiesApply() {
        stubUnavailableOnce();
        contextRunner
                .withPropertyValues(
                        "hetzner.base-url=" + api.baseUrl(),
                        "hetzner.retry.max-retries=1",
                        "hetzner.retry.initial-backoff=1ms",
                        "hetzner.retry.jitter=0")
                .run(context -> {
                    assertThat(retrieveImage42(context).id()).isEqualTo(42);
                    api.server().verify(2, getRequestedFor(urlPathEqualTo("/images/42")));
                });
    }

    @Test
    void disabledRetriesFailOnTheFirstTransientError() {
        stubUnavailableOnce();
        contextRunner
                .withPropertyValues("hetzner.base-url=" + api.baseUrl(), "hetzner.retry.enabled=false")
                .run(context -> {
                    assertThatThrownBy(() -> retrieveImage42(context))
                            .isInstanceOfSatisfying(
                                    ErrorException.class,
                                    ex -> assertThat(ex.status()).isEqualTo(503));
                    api.server().verify(1, getRequestedFor(urlPathEqualTo("/images/42")));
                });
    }

    @Test
    void invalidRetrySettingsFailStartupNamingTheGroupAndTheReason() {
        contextRunner.withPropertyValues("hetzner.retry.jitter=1.5").run(context -> {
            assertThat(context).getFailure().hasStackTraceContaining("Failed to bind properties under 'hetzner.retry'");
            assertThat(context)
                    .getFailure()
                    .rootCause()
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("jitter must be between 0 and 1, was 1.5");
        });
    }

    @Test
    void invalidPagingConcurrencyFailsStartupNamingTheProperty() {
        contextRunner
                .withPropertyValues("hetzner.paging.concurrency=0")
                .run(context -> assertThat(context)
                        .getFailure()
                        .rootCause()
                        .hasMessage("hetzner.paging.concurrency must be at least 1, was 0"));
    }

    @Test
    void aMaxPollIntervalShorterThanThePollIntervalFailsStartupNamingBothProperties() {
        contextRunner
                .withPropertyValues("hetzner.actions.poll-interval=20s", "hetzner.actions.max-poll-interval=5s")
                .run(context -> assertThat(context)
                        .getFailure()
                        .rootCause()
                        .hasMessage("hetzner.actions.max-poll-interval (PT5S) must not be shorter than"
                                + " hetzner.actions.poll-interval (PT20S)"));
    }

    private static void stubUnavailableOnce() {
        api.server()
                .stubFor(get(urlPathEqualTo("/images/42"))
                        .inScenario("unavailable once")
                        .whenScenarioStateIs(Scenario.STARTED)
                        .willReturn(aResponse()
                                .withStatus(503)
                                .withHeader("Content-Type", "application/json")
                                .withBody(UNAVAILABLE))
                        .willSetStateTo("recovered"));
        api.server()
                .stubFor(get(urlPathEqualTo("/images/42"))
                        .inScenario("unavailable once")
                        .whenScenarioStateIs("recovered")
                        .willReturn(okJson(AutoConfigurationTestSupport.IMAGE_42)));
    }

    /** The paging concurrency the client was built with (an internal setting, read by reflection). */
    private static int pagingConcurrency(HetznerClient client) {
        Object paging = ReflectionTestUtils.getField(client, "paging");
        Integer concurrency = ReflectionTestUtils.invokeMethod(paging, "concurrency");
        return concurrency == null ? -1 : concurrency;
    }
}
