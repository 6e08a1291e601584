package io.github.hetznerimages.autoconfigure;

import java.net.http.HttpClient;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.http.client.ClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.HttpClientSettings;
import org.springframework.boot.http.client.JdkClientHttpRequestFactoryBuilder;
import org.springframework.boot.http.client.JdkHttpClientBuilder;
import org.springframework.boot.http.client.autoconfigure.ClientHttpRequestFactoryBuilderCustomizer;
import org.springframework.boot.http.client.autoconfigure.imperative.ImperativeHttpClientAutoConfiguration;
import org.springframework.boot.thread.Threading;
import org.springframework.core.env.Environment;
import org.springframework.core.task.VirtualThreadTaskExecutor;

/**
 * The JDK {@link HttpClient} the client sends with when Spring Boot would give it its plain JDK request factory:
 * built by Boot's {@link JdkHttpClientBuilder} from the same settings (time-outs, redirects, SSL bundle), but
 * speaking HTTP/1.1 and sent on the calling thread by the client (see {@code HetznerClient.Builder#httpClient}).
 * A request factory builder the application defined or customized itself is used as it is.
 */
final class HetznerJdkHttpClient {

    private HetznerJdkHttpClient() {}

    /**
     * Whether {@code factoryBuilder} is Boot's own, uncustomized JDK builder (or, without one, what Boot detects),
     * so that replacing it changes nothing the application chose.
     */
    static boolean replaces(
            ClientHttpRequestFactoryBuilder<?> factoryBuilder,
            ConfigurableListableBeanFactory beanFactory,
            ObjectProvider<ClientHttpRequestFactoryBuilderCustomizer<?>> customizers) {
        if (!(factoryBuilder instanceof JdkClientHttpRequestFactoryBuilder)
                || customizers.orderedStream().findAny().isPresent()) {
            return false;
        }
        String[] names = beanFactory.getBeanNamesForType(ClientHttpRequestFactoryBuilder.class, true, false);
        if (names.length == 0) {
            return true;
        }
        return names.length == 1
                && beanFactory.containsBeanDefinition(names[0])
                && isBoots(beanFactory.getBeanDefinition(names[0]));
    }

    private static boolean isBoots(BeanDefinition definition) {
        return ImperativeHttpClientAutoConfiguration.class.getName().equals(definition.getFactoryBeanName());
    }

    /** An HTTP/1.1 client with {@code settings}; virtual threads for its own tasks when Boot would use them. */
    static HttpClient build(HttpClientSettings settings, Environment environment) {
        JdkHttpClientBuilder builder =
                new JdkHttpClientBuilder().withCustomizer(client -> client.version(HttpClient.Version.HTTP_1_1));
        @Nullable
        VirtualThreadTaskExecutor executor =
                Threading.VIRTUAL.isActive(environment) ? new VirtualThreadTaskExecutor("httpclient-") : null;
        if (executor != null) {
            builder = builder.withExecutor(executor);
        }
        // the read time-out is the request factory's, as in Boot's JdkClientHttpRequestFactoryBuilder
        return builder.build(settings.withReadTimeout(null));
    }
}
