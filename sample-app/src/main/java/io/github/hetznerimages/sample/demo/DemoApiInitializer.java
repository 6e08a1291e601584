package io.github.hetznerimages.sample.demo;

import java.time.Duration;
import java.util.Map;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Starts the {@link DemoApi} when no token is configured ({@code hetzner.token} and {@code HCLOUD_TOKEN} unset or
 * blank), before any bean of the context exists: it points {@code hetzner.base-url} at the demo, sets the token
 * {@value DemoApi#TOKEN}, registers the demo as the bean {@value #BEAN_NAME} and stops it when the context
 * closes. As the demo's snapshots take seconds, it also polls actions every half second unless
 * {@code hetzner.actions.*} says otherwise. With a token it does nothing, and the job talks to the real API.
 *
 * <p>Registered in {@code META-INF/spring.factories}. Runs last among the initializers, so properties that
 * earlier initializers add (tests do) are seen. {@code sample.demo.snapshot-duration} sets how long a demo
 * snapshot takes (default 3.5 s).
 */
public final class DemoApiInitializer
        implements ApplicationContextInitializer<ConfigurableApplicationContext>, Ordered {

    /** The bean name of the running demo API. */
    public static final String BEAN_NAME = "hetznerDemoApi";

    /** The name of the property source that points the client at the demo. */
    public static final String PROPERTY_SOURCE = "hetznerDemoApi";

    /** The name of the property source with the demo's defaults, below every other source. */
    public static final String DEMO_DEFAULTS = "hetznerDemoApiDefaults";

    /** The demo's snapshots take seconds, not minutes: poll every half second to show a smooth progress. */
    private static final Map<String, Object> DEMO_POLLING =
            Map.of("hetzner.actions.poll-interval", "500ms", "hetzner.actions.max-poll-interval", "500ms");

    /** How long a demo snapshot takes unless {@code sample.demo.snapshot-duration} says otherwise. */
    public static final Duration DEFAULT_SNAPSHOT_DURATION = Duration.ofMillis(3500);

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        ConfigurableEnvironment environment = context.getEnvironment();
        if (StringUtils.hasText(environment.getProperty("hetzner.token"))
                || StringUtils.hasText(environment.getProperty("HCLOUD_TOKEN"))) {
            return;
        }
        Duration snapshotDuration = Binder.get(environment)
                .bind("sample.demo.snapshot-duration", Duration.class)
                .orElse(DEFAULT_SNAPSHOT_DURATION);
        DemoApi demo = DemoApi.start(snapshotDuration);
        environment
                .getPropertySources()
                .addFirst(new MapPropertySource(
                        PROPERTY_SOURCE, Map.of("hetzner.token", DemoApi.TOKEN, "hetzner.base-url", demo.baseUrl())));
        environment.getPropertySources().addLast(new MapPropertySource(DEMO_DEFAULTS, DEMO_POLLING));
        ConfigurableListableBeanFactory beanFactory = context.getBeanFactory();
        beanFactory.registerSingleton(BEAN_NAME, demo);
        if (beanFactory instanceof DefaultSingletonBeanRegistry registry) {
            registry.registerDisposableBean(BEAN_NAME, demo::close);
        }
    }

    /** Last, after initializers that add properties. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
