package io.github.hetznerimages.autoconfigure;

import io.github.hetznerimages.client.HetznerClient;
import io.github.hetznerimages.images.ImageActionsService;
import io.github.hetznerimages.images.ImagesService;
import io.github.hetznerimages.images.observation.HetznerObservationConvention;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;
import java.util.concurrent.Executor;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.boot.http.client.autoconfigure.ClientHttpRequestFactoryBuilderCustomizer;
import org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.boot.thread.Threading;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ResourceLoader;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.web.client.RestClient;

/**
 * Auto-configuration of the Hetzner Cloud images client: {@link ImagesService}, {@link ImageActionsService}, the
 * {@link HetznerClient} they share, all configured by {@link HetznerProperties}.
 *
 * <p>The client starts from Spring Boot's {@link RestClient.Builder}, so {@code spring.http.clients.*}, SSL bundles,
 * {@code RestClientCustomizer}s and observation apply; {@code hetzner.http.*} overrides the HTTP settings for this
 * client only, and {@link HetznerRestClientCustomizer}s are applied last. {@code hetzner.enabled=false} switches
 * everything off.
 *
 * <p>With an {@link ObservationRegistry} bean, every service call is a {@code hetzner.images.operation} observation
 * (a {@link HetznerObservationConvention} bean replaces the default names and tags); with a {@link MeterRegistry},
 * retries, 429 answers and rate-limit waits are counted, and the rate limit is published as gauges. Every
 * {@link HetznerClient.Listener} bean hears about retries, 429 answers and rate-limit waits.
 */
@AutoConfiguration(
        after = RestClientAutoConfiguration.class,
        afterName = {
            "org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration",
            "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration"
        })
@ConditionalOnClass(RestClient.class)
@ConditionalOnBooleanProperty(prefix = HetznerProperties.CONFIG_PREFIX, name = "enabled", matchIfMissing = true)
@EnableConfigurationProperties(HetznerProperties.class)
public final class HetznerImagesAutoConfiguration {

    /**
     * The name of an {@link Executor} bean that, when an application defines one, runs the background page fetches
     * of list-all and stream calls.
     */
    public static final String PAGING_EXECUTOR = "hetznerPagingExecutor";

    /** Creates the auto-configuration; Spring calls it. */
    HetznerImagesAutoConfiguration() {}

    @Bean
    @ConditionalOnMissingBean
    HetznerClient hetznerClient(
            HetznerProperties properties,
            Environment environment,
            ResourceLoader resourceLoader,
            ObjectProvider<RestClient.Builder> restClientBuilder,
            ObjectProvider<HttpClientSettings> httpClientSettings,
            ObjectProvider<ClientHttpRequestFactoryBuilder<?>> requestFactoryBuilder,
            ObjectProvider<ClientHttpRequestFactoryBuilderCustomizer<?>> factoryBuilderCustomizers,
            ConfigurableListableBeanFactory beanFactory,
            ObjectProvider<SslBundles> sslBundles,
            ObjectProvider<HetznerRestClientCustomizer> customizers,
            @Qualifier(PAGING_EXECUTOR) ObjectProvider<Executor> pagingExecutor,
            ObjectProvider<HetznerClient.Listener> listeners) {
        String token = HetznerTokenResolver.resolve(properties, environment);
        HetznerClient.Builder builder = HetznerClient.builder()
                .restClientBuilder(restClientBuilder.getIfAvailable(RestClient::builder))
                .baseUrl(properties.baseUrl())
                .token(token)
                .applicationName(environment.getProperty("spring.application.name"))
                .retryPolicy(properties.retry().toPolicy())
                .pagingConcurrency(properties.paging().concurrency())
                .listener(HetznerClientListeners.of(listeners.orderedStream().toList()))
                .customizer(restClient ->
                        customizers.orderedStream().forEach(customizer -> customizer.customize(restClient)));
        Executor executor = pagingExecutor.getIfAvailable(() -> defaultPagingExecutor(environment));
        if (executor != null) {
            builder.pagingExecutor(executor);
        }
        HttpClientSettings global = httpClientSettings.getIfAvailable(HttpClientSettings::defaults);
        HttpClientSettings settings =
                HetznerHttpClientSettings.merge(properties.http(), global, sslBundles.getIfAvailable());
        if (settings.readTimeout() != null) {
            // the client judges a body that stops arriving by the same read time-out as the request factory
            builder.readTimeout(settings.readTimeout());
        }
        if (!settings.equals(global)) {
            // only then: a request factory replaces the one Boot or a RestClientCustomizer set
            ClientHttpRequestFactoryBuilder<?> factoryBuilder = requestFactoryBuilder.getIfAvailable(
                    () -> ClientHttpRequestFactoryBuilder.detect(resourceLoader.getClassLoader()));
            if (HetznerJdkHttpClient.replaces(factoryBuilder, beanFactory, factoryBuilderCustomizers)) {
                // Boot's plain JDK factory: same settings, but HTTP/1.1 and no thread per request
                builder.httpClient(HetznerJdkHttpClient.build(settings, environment));
            } else {
                builder.requestFactory(factoryBuilder.build(settings));
            }
        }
        return builder.build();
    }

    @Bean
    @ConditionalOnMissingBean
    ImageActionsService imageActionsService(
            HetznerClient hetznerClient,
            HetznerProperties properties,
            ObjectProvider<ObservationRegistry> observationRegistry,
            ObjectProvider<HetznerObservationConvention> observationConvention) {
        return new ImageActionsService(
                hetznerClient,
                properties.actions().toWaitOptions(),
                observationRegistry.getIfAvailable(() -> ObservationRegistry.NOOP),
                observationConvention.getIfAvailable());
    }

    @Bean
    @ConditionalOnMissingBean
    ImagesService imagesService(
            HetznerClient hetznerClient,
            ImageActionsService imageActionsService,
            ObjectProvider<ObservationRegistry> observationRegistry,
            ObjectProvider<HetznerObservationConvention> observationConvention) {
        return new ImagesService(
                hetznerClient,
                imageActionsService,
                observationRegistry.getIfAvailable(() -> ObservationRegistry.NOOP),
                observationConvention.getIfAvailable());
    }

    /**
     * Where pages are fetched in the background: virtual threads when {@code spring.threads.virtual.enabled=true}
     * (Java 21+), else the library's daemon threads ({@code null} here).
     */
    private static @Nullable Executor defaultPagingExecutor(Environment environment) {
        if (!Threading.VIRTUAL.isActive(environment)) {
            return null;
        }
        SimpleAsyncTaskExecutor executor = new SimpleAsyncTaskExecutor("hetzner-paging-");
        executor.setVirtualThreads(true);
        return executor;
    }

    /**
     * Publishes the client's rate limits as gauges, and counts its retries, 429 answers and rate-limit waits, when
     * the application has a meter registry.
     */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(MeterRegistry.class)
    @ConditionalOnBean(MeterRegistry.class)
    static class MetricsConfiguration {

        @Bean
        @ConditionalOnMissingBean
        HetznerRateLimitMetrics hetznerRateLimitMetrics(HetznerClient hetznerClient) {
            return new HetznerRateLimitMetrics(hetznerClient);
        }

        @Bean
        @ConditionalOnMissingBean(name = "hetznerClientMetrics")
        HetznerClient.Listener hetznerClientMetrics(MeterRegistry meterRegistry) {
            return new HetznerClientMetrics(meterRegistry);
        }
    }

    /** Keeps the token out of the actuator's {@code /env} and {@code /configprops}, even when values are shown. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(SanitizingFunction.class)
    static class TokenSanitizingConfiguration {

        @Bean
        @ConditionalOnMissingBean(name = "hetznerTokenSanitizingFunction")
        SanitizingFunction hetznerTokenSanitizingFunction() {
            return SanitizingFunction.sanitizeValue()
                    .ifKeyEquals(
                            HetznerTokenResolver.PROPERTY,
                            HetznerTokenResolver.HCLOUD_TOKEN,
                            HetznerTokenResolver.HETZNER_TOKEN);
        }
    }
}
