package io.github.hetznerimages.autoconfigure;

import static io.github.hetznerimages.autoconfigure.AutoConfigurationTestSupport.HTTP_AND_HETZNER;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.hetznerimages.testsupport.HetznerApiExtension;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.context.properties.ConfigurationPropertiesReportEndpoint;
import org.springframework.boot.actuate.context.properties.ConfigurationPropertiesReportEndpoint.ConfigurationPropertiesBeanDescriptor;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.actuate.endpoint.Show;
import org.springframework.boot.actuate.env.EnvironmentEndpoint;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.MapPropertySource;

/** The token stays out of the actuator's {@code /env} and {@code /configprops}, even with values shown. */
class HetznerTokenSanitizingTest {

    private static final String HCLOUD = "hcloud-token-0123-SECRET";
    private static final String HETZNER_ENV = "hetzner-env-token-4567-SECRET";

    private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
            .withConfiguration(HTTP_AND_HETZNER)
            .withPropertyValues("hetzner.token=" + HetznerApiExtension.TOKEN, "hetzner.base-url=https://api.test/v1")
            .withInitializer(context -> context.getEnvironment()
                    .getPropertySources()
                    .addLast(new MapPropertySource(
                            "variables", Map.of("HCLOUD_TOKEN", HCLOUD, "HETZNER_TOKEN", HETZNER_ENV))));

    @Test
    void envEndpointMasksTokenPropertyAndTokenVariables() {
        contextRunner.run(context -> {
            EnvironmentEndpoint endpoint = new EnvironmentEndpoint(
                    context.getEnvironment(),
                    context.getBeansOfType(SanitizingFunction.class).values(),
                    Show.ALWAYS);

            assertThat(envValue(endpoint, "hetzner.token")).isEqualTo("******");
            assertThat(envValue(endpoint, "HCLOUD_TOKEN")).isEqualTo("******");
            assertThat(envValue(endpoint, "HETZNER_TOKEN")).isEqualTo("******");
            assertThat(envValue(endpoint, "hetzner.base-url")).isEqualTo("https://api.test/v1");
            List<String> allValues = endpoint.environment(null).getPropertySources().stream()
                    .flatMap(source -> source.getProperties().values().stream())
                    .map(property -> String.valueOf(property.getValue()))
                    .toList();
            assertThat(allValues).isNotEmpty().noneMatch(value -> value.contains("SECRET"));
        });
    }

    @Test
    void configpropsEndpointMasksTheToken() {
        contextRunner.run(context -> {
            Map<String, Object> properties = configprops(context);

            assertThat(properties).containsEntry("token", "******").containsEntry("baseUrl", "https://api.test/v1");
            assertThat(properties.toString()).doesNotContain("SECRET");
        });
    }

    @Test
    void withoutTheSanitizingFunctionTheValuesWouldShow() {
        contextRunner.run(context -> {
            EnvironmentEndpoint endpoint = new EnvironmentEndpoint(context.getEnvironment(), List.of(), Show.ALWAYS);
            assertThat(envValue(endpoint, "HCLOUD_TOKEN")).isEqualTo(HCLOUD);
        });
    }

    @Test
    void noSanitizingFunctionWithoutTheActuator() {
        contextRunner
                .withClassLoader(new FilteredClassLoader(SanitizingFunction.class))
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean("hetznerTokenSanitizingFunction"));
    }

    private static Object envValue(EnvironmentEndpoint endpoint, String name) {
        EnvironmentEndpoint.EnvironmentEntryDescriptor entry = endpoint.environmentEntry(name);
        assertThat(entry.getProperty()).as(name).isNotNull();
        return entry.getProperty().getValue();
    }

    private static Map<String, Object> configprops(ApplicationContext context) {
        ConfigurationPropertiesReportEndpoint endpoint = new ConfigurationPropertiesReportEndpoint(
                context.getBeansOfType(SanitizingFunction.class).values(), Show.ALWAYS);
        endpoint.setApplicationContext(context);
        ConfigurationPropertiesBeanDescriptor bean =
                endpoint
                        .configurationPropertiesWithPrefix(HetznerProperties.CONFIG_PREFIX)
                        .getContexts()
                        .values()
                        .stream()
                        .flatMap(descriptor -> descriptor.getBeans().values().stream())
                        .filter(descriptor -> HetznerProperties.CONFIG_PREFIX.equals(descriptor.getPrefix()))
                        .findFirst()
                        .orElseThrow();
        return bean.getProperties();
    }
}
