package io.github.hetznerimages.autoconfigure;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.hetznerimages.autoconfigure.AutoConfigurationTestSupport.HTTP_AND_HETZNER;
import static io.github.hetznerimages.autoconfigure.AutoConfigurationTestSupport.IMAGE_42;
import static io.github.hetznerimages.autoconfigure.AutoConfigurationTestSupport.IMAGE_42_WITH_UNKNOWN_FIELD;
import static io.github.hetznerimages.autoconfigure.AutoConfigurationTestSupport.retrieveImage42;
import static io.github.hetznerimages.autoconfigure.AutoConfigurationTestSupport.stubImage;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.hetznerimages.contract.SkipContractValidation;
import io.github.hetznerimages.error.TransporterException;
import io.github.hetznerimages.images.Architecture;
import io.github.hetznerimages.images.Image;
import io.github.hetznerimages.images.ImageStatus;
import io.github.hetznerimages.images.OsFlavor;
import io.github.hetznerimages.testsupport.HetznerApiExtension;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.JdkClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.autoconfigure.ClientHttpRequestFactoryBuilderCustomizer;
import org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.restclient.RestClientCustomizer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** How the auto-configured client joins Spring Boot's HTTP set-up: customizers, HTTP settings, Jackson. */
class HetznerRestClientIntegrationTest {

    @RegisterExtension
    static final HetznerApiExtension api = new HetznerApiExtension();

    private static final int STUB_DELAY_MILLIS = 1000;

    private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
            .withConfiguration(HTTP_AND_HETZNER)
            .withPropertyValues(
                    "hetzner.token=" + HetznerApiExtension.TOKEN,
                    "hetzner.base-url=" + api.baseUrl(),
                    "hetzner.retry.enabled=false");

    @Test
    @SkipContractValidation("answers an image with a field the spec does not declare, to prove the client ignores"
            + " the application's spring.jackson.deserialization.fail-on-unknown-properties=true")
    void globalJacksonSettingsDoNotChangeHowTheClientDecodes() {
        contextRunner
                .withConfiguration(AutoConfigurations.of(
                        JacksonAutoConfiguration.class, HttpMessageConvertersAutoConfiguration.class))
                .withPropertyValues(
                        "spring.jackson.property-naming-strategy=UPPER_CAMEL_CASE",
                        "spring.jackson.deserialization.fail-on-unknown-properties=true")
                .run(context -> {
                    assertThatThrownBy(() -> context.getBean(JsonMapper.class)
                                    .readValue(IMAGE_42_WITH_UNKNOWN_FIELD, Envelope.class))
                            .as("the application's mapper has the global settings")
                            .isInstanceOf(JacksonException.class);
                    stubImage(api.server(), "/images/42", okJson(IMAGE_42_WITH_UNKNOWN_FIELD));

                    Image image = retrieveImage42(context);

                    assertThat(image.id()).isEqualTo(42);
                    assertThat(image.status()).isEqualTo(ImageStatus.AVAILABLE);
                    assertThat(image.osFlavor()).isEqualTo(OsFlavor.UBUNTU);
                    assertThat(image.osVersion()).isEqualTo("24.04");
                    assertThat(image.diskSize()).isEqualTo(10.0);
                    assertThat(image.architecture()).isEqualTo(Architecture.X86);
                    assertThat(image.labels()).isEqualTo(Map.of("environment", "prod"));
                });
    }

    @Test
    void usersRestClientCustomizerReachesTheClientsRequests() {
        contextRunner
                .withBean(RestClientCustomizer.class, () -> builder -> builder.defaultHeader("X-Tenant", "acme"))
                .run(context -> {
                    stubImage(api.server(), "/images/42");
                    retrieveImage42(context);
                    api.server()
                            .verify(getRequestedFor(urlPathEqualTo("/images/42"))
                                    .withHeader("X-Tenant", equalTo("acme")));
                });
    }

    @Test
    @SkipContractValidation("also calls /elsewhere, a path outside the Hetzner API, through the application's own"
            + " RestClient to prove the Hetzner customizer does not reach it")
    void hetznerRestClientCustomizerRunsLastAndReachesOnlyTheHetznerClient() {
        contextRunner
                .withBean(RestClientCustomizer.class, () -> builder -> builder.defaultHeader("X-Order", "boot"))
                .withBean(
                        HetznerRestClientCustomizer.class,
                        () -> builder ->
                                builder.defaultHeader("X-Order", "hetzner").defaultHeader("User-Agent", "custom-agent"))
                .run(context -> {
                    stubImage(api.server(), "/images/42");
                    stubImage(api.server(), "/elsewhere");
                    retrieveImage42(context);
                    context.getBean(RestClient.Builder.class)
                            .build()
                            .get()
                            .uri(api.baseUrl() + "/elsewhere")
                            .retrieve()
                            .toBodilessEntity();

                    api.server()
                            .verify(getRequestedFor(urlPathEqualTo("/images/42"))
                                    .withHeader("X-Order", equalTo("hetzner"))
                                    .withHeader("User-Agent", equalTo("custom-agent")));
                    api.server()
                            .verify(getRequestedFor(urlPathEqualTo("/elsewhere"))
                                    .withHeader("X-Order", equalTo("boot")));
                });
    }

    @Test
    void hetznerReadTimeoutOverridesTheGlobalOne() {
        stubSlowImage();
        contextRunner
                .withPropertyValues("spring.http.clients.read-timeout=10s", "hetzner.http.read-timeout=200ms")
                .run(context -> assertThatThrownBy(() -> retrieveImage42(context))
                        .isInstanceOfSatisfying(TransporterException.class, ex -> {
                            assertThat(ex.reason()).isEqualTo(TransporterException.Reason.TIMED_OUT);
                            assertThat(ex.status()).isNull();
                        }));
    }

    @Test
    void globalReadTimeoutAppliesWhenHetznerSetsNone() {
        stubSlowImage();
        contextRunner
                .withPropertyValues("spring.http.clients.read-timeout=200ms")
                .run(context -> assertThatThrownBy(() -> retrieveImage42(context))
                        .isInstanceOfSatisfying(
                                TransporterException.class,
                                ex -> assertThat(ex.reason()).isEqualTo(TransporterException.Reason.TIMED_OUT)));
    }

    @Test
    void longerHetznerReadTimeoutOverridesAShortGlobalOne() {
        stubSlowImage();
        contextRunner
                .withPropertyValues("spring.http.clients.read-timeout=200ms", "hetzner.http.read-timeout=10s")
                .run(context -> assertThat(retrieveImage42(context).id()).isEqualTo(42));
    }

    @Test
    void requestFactoryOfARestClientCustomizerIsKeptWhileNoLibrarySettingApplies() {
        AtomicInteger requests = new AtomicInteger();
        contextRunner
                .withPropertyValues("spring.http.clients.connect-timeout=5s", "spring.http.clients.read-timeout=5s")
                .withBean(RestClientCustomizer.class, () -> builder -> builder.requestFactory(counting(requests)))
                .run(context -> {
                    stubImage(api.server(), "/images/42");
                    retrieveImage42(context);
                    assertThat(requests).hasValue(1);
                });
    }

    @Test
    void hetznerHttpSettingsReplaceTheRequestFactoryOfARestClientCustomizer() {
        AtomicInteger requests = new AtomicInteger();
        contextRunner
                .withPropertyValues("hetzner.http.read-timeout=5s")
                .withBean(RestClientCustomizer.class, () -> builder -> builder.requestFactory(counting(requests)))
                .run(context -> {
                    stubImage(api.server(), "/images/42");
                    retrieveImage42(context);
                    assertThat(requests).hasValue(0);
                });
    }

    @Test
    void requestFactoryOfAHetznerRestClientCustomizerAlwaysWins() {
        AtomicInteger requests = new AtomicInteger();
        contextRunner
                .withPropertyValues("hetzner.http.read-timeout=5s")
                .withBean(
                        HetznerRestClientCustomizer.class, () -> builder -> builder.requestFactory(counting(requests)))
                .run(context -> {
                    stubImage(api.server(), "/images/42");
                    retrieveImage42(context);
                    assertThat(requests).hasValue(1);
                });
    }

    @Test
    void bootsOwnJdkFactoryIsReplacedByOneSpeakingHttp11() {
        contextRunner.run(context -> {
            stubImage(api.server(), "/images/42");
            retrieveImage42(context);
            api.server().verify(getRequestedFor(urlPathEqualTo("/images/42")).withoutHeader("Upgrade"));
        });
    }

    @Test
    void requestFactoryBuilderOfTheApplicationIsUsedAsItIs() {
        AtomicInteger built = new AtomicInteger();
        contextRunner
                .withBean(
                        ClientHttpRequestFactoryBuilder.class,
                        () -> ClientHttpRequestFactoryBuilder.jdk().withCustomizer(factory -> built.incrementAndGet()))
                .run(context -> {
                    stubImage(api.server(), "/images/42");
                    retrieveImage42(context);
                    assertThat(built)
                            .as("Boot's RestClient factory and the library's, both with the application's builder")
                            .hasValue(2);
                    api.server()
                            .verify(getRequestedFor(urlPathEqualTo("/images/42"))
                                    .withHeader("Upgrade", equalTo("h2c")));
                });
    }

    @Test
    void requestFactoryBuilderCustomizerOfTheApplicationKeepsBootsBuilder() {
        AtomicInteger built = new AtomicInteger();
        ClientHttpRequestFactoryBuilderCustomizer<JdkClientHttpRequestFactoryBuilder> customizer =
                builder -> builder.withCustomizer(factory -> built.incrementAndGet());
        contextRunner
                .withBean(ClientHttpRequestFactoryBuilderCustomizer.class, () -> customizer)
                .run(context -> {
                    stubImage(api.server(), "/images/42");
                    retrieveImage42(context);
                    assertThat(built)
                            .as("Boot's RestClient factory and the library's")
                            .hasValue(2);
                });
    }

    private static void stubSlowImage() {
        stubImage(api.server(), "/images/42", okJson(IMAGE_42).withFixedDelay(STUB_DELAY_MILLIS));
    }

    private static ClientHttpRequestFactory counting(AtomicInteger requests) {
        ClientHttpRequestFactory delegate = new JdkClientHttpRequestFactory();
        return (uri, method) -> {
            requests.incrementAndGet();
            return delegate.createRequest(uri, method);
        };
    }

    /** The answer's shape, for the application's own mapper. */
    record Envelope(Image image) {}
}
