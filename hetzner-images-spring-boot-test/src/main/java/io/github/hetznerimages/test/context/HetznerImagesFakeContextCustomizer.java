package io.github.hetznerimages.test.context;

import io.github.hetznerimages.test.HetznerImagesFake;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Starts a {@link HetznerImagesFake} for one application context: registers it as the bean {@value #BEAN_NAME}
 * (stopped when the context closes), points {@code hetzner.base-url} and {@code hetzner.token} at it, and adds
 * fast polling and retry settings below every other property source. A record, so that contexts with the same
 * settings are cached and share one fake.
 *
 * @param defaultProject whether the fake starts with its default project
 */
record HetznerImagesFakeContextCustomizer(boolean defaultProject) implements ContextCustomizer {

    /** The bean name of the fake. */
    static final String BEAN_NAME = "hetznerImagesFake";

    /** Waiting and retrying without real sleeps worth the name, for a fake whose time only moves when told. */
    static final Map<String, Object> FAST_WAITS = Map.of(
            "hetzner.actions.poll-interval", "1ms",
            "hetzner.actions.max-poll-interval", "50ms",
            "hetzner.actions.timeout", "5s",
            "hetzner.retry.initial-backoff", "1ms",
            "hetzner.retry.max-backoff", "10ms");

    @Override
    public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
        HetznerImagesFake.Builder builder = HetznerImagesFake.builder();
        if (!defaultProject) {
            builder.emptyProject();
        }
        HetznerImagesFake fake = builder.start();
        MutablePropertySources sources = context.getEnvironment().getPropertySources();
        sources.addFirst(new MapPropertySource(BEAN_NAME, new LinkedHashMap<>(fake.properties())));
        sources.addLast(new MapPropertySource(BEAN_NAME + "Defaults", FAST_WAITS));
        ConfigurableListableBeanFactory beanFactory = context.getBeanFactory();
        beanFactory.registerSingleton(BEAN_NAME, fake);
        if (beanFactory instanceof DefaultSingletonBeanRegistry registry) {
            registry.registerDisposableBean(BEAN_NAME, fake::close);
        }
    }
}
