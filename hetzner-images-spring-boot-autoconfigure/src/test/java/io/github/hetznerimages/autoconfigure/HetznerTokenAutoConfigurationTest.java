package io.github.hetznerimages.autoconfigure;

import static io.github.hetznerimages.autoconfigure.AutoConfigurationTestSupport.HTTP_AND_HETZNER;
import static io.github.hetznerimages.autoconfigure.AutoConfigurationTestSupport.retrieveImage42;
import static io.github.hetznerimages.autoconfigure.AutoConfigurationTestSupport.stubImage;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import io.github.hetznerimages.client.HetznerClient;
import io.github.hetznerimages.testsupport.HetznerApiExtension;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

class HetznerTokenAutoConfigurationTest {

    @RegisterExtension
    static final HetznerApiExtension api = new HetznerApiExtension();

    private static final String OTHER_TOKEN = "other-token-fedcba9876543210-SECRET";

    /** The machine's real environment is replaced, so that a real HCLOUD_TOKEN can never make a test pass. */
    private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
            .withConfiguration(HTTP_AND_HETZNER)
            .withPropertyValues("hetzner.base-url=" + api.baseUrl())
            .withInitializer(context -> environment(context.getEnvironment().getPropertySources(), Map.of()));

    @Test
    void missingTokenFailsStartupWithAnExplainedFailure() {
        contextRunner.run(context -> {
            assertThat(context)
                    .getFailure()
                    .rootCause()
                    .isInstanceOf(MissingHetznerTokenException.class)
                    .hasMessage("No Hetzner Cloud API token is configured: the property 'hetzner.token' is not set"
                            + " and the environment variable HCLOUD_TOKEN is not set.");
            FailureAnalysis analysis = new MissingHetznerTokenFailureAnalyzer().analyze(context.getStartupFailure());
            assertThat(analysis).isNotNull();
            assertThat(analysis.getDescription())
                    .isEqualTo("No Hetzner Cloud API token is configured: the property 'hetzner.token' is not set"
                            + " and the environment variable HCLOUD_TOKEN is not set.");
            assertThat(analysis.getAction())
                    .contains("hetzner.token=your-api-token")
                    .contains("environment variable HCLOUD_TOKEN")
                    .contains("HETZNER_TOKEN")
                    .contains("Hetzner Cloud Console: select your project, then Security > API tokens")
                    .contains("hetzner.enabled=false");
        });
    }

    @Test
    void blankTokenCountsAsMissing() {
        contextRunner
                .withPropertyValues("hetzner.token=   ")
                .run(context -> assertThat(context)
                        .getFailure()
                        .rootCause()
                        .isInstanceOf(MissingHetznerTokenException.class)
                        .hasMessage("No Hetzner Cloud API token is configured: the property 'hetzner.token' is blank"
                                + " and the environment variable HCLOUD_TOKEN is not set."));
    }

    @Test
    void blankHcloudTokenCountsAsMissing() {
        contextRunner
                .withInitializer(context ->
                        environment(context.getEnvironment().getPropertySources(), Map.of("HCLOUD_TOKEN", " \t")))
                .run(context -> assertThat(context)
                        .getFailure()
                        .rootCause()
                        .isInstanceOf(MissingHetznerTokenException.class)
                        .hasMessageEndingWith("the property 'hetzner.token' is not set"
                                + " and the environment variable HCLOUD_TOKEN is blank."));
    }

    @Test
    void hcloudTokenEnvironmentVariableIsUsedWhenThePropertyIsNotSet() {
        contextRunner
                .withInitializer(context ->
                        environment(context.getEnvironment().getPropertySources(), Map.of("HCLOUD_TOKEN", OTHER_TOKEN)))
                .run(context -> {
                    assertThat(context).hasNotFailed().hasSingleBean(HetznerClient.class);
                    assertThat(sentToken(context)).isEqualTo(OTHER_TOKEN);
                });
    }

    @Test
    void hetznerTokenEnvironmentVariableBindsToTheProperty() {
        contextRunner
                .withInitializer(context -> environment(
                        context.getEnvironment().getPropertySources(), Map.of("HETZNER_TOKEN", OTHER_TOKEN)))
                .run(context -> assertThat(sentToken(context)).isEqualTo(OTHER_TOKEN));
    }

    @Test
    void tokenPropertyWinsOverHcloudToken() {
        contextRunner
                .withPropertyValues("hetzner.token=" + HetznerApiExtension.TOKEN)
                .withInitializer(context ->
                        environment(context.getEnvironment().getPropertySources(), Map.of("HCLOUD_TOKEN", OTHER_TOKEN)))
                .run(context -> assertThat(sentToken(context)).isEqualTo(HetznerApiExtension.TOKEN));
    }

    @Test
    void tokenIsSentWithoutSurroundingWhitespace() {
        contextRunner
                .withPropertyValues("hetzner.token= " + HetznerApiExtension.TOKEN + " ")
                .run(context -> assertThat(sentToken(context)).isEqualTo(HetznerApiExtension.TOKEN));
    }

    @Test
    void propertiesToStringNeverShowsTheToken() {
        contextRunner
                .withPropertyValues("hetzner.token=" + HetznerApiExtension.TOKEN)
                .run(context -> {
                    String text = context.getBean(HetznerProperties.class).toString();
                    assertThat(text)
                            .doesNotContain(HetznerApiExtension.TOKEN)
                            .doesNotContain("SECRET")
                            .contains("token=******")
                            .contains("baseUrl=" + api.baseUrl());
                });
    }

    @Test
    void propertiesToStringSaysWhenNoTokenIsSet() {
        HetznerProperties properties =
                new HetznerProperties(true, null, "https://example.test", null, null, null, null);
        assertThat(properties.toString()).contains("token=(not set)");
    }

    /** Makes one call and returns the bearer token the stub received. */
    private static String sentToken(ApplicationContext context) {
        stubImage(api.server(), "/images/42");
        retrieveImage42(context);
        List<ServeEvent> requests = api.server().getAllServeEvents();
        assertThat(requests).hasSize(1);
        String authorization = requests.get(0).getRequest().getHeader("Authorization");
        assertThat(authorization).startsWith("Bearer ");
        return authorization.substring("Bearer ".length());
    }

    /** Replaces the system environment property source with {@code variables}. */
    private static void environment(MutablePropertySources sources, Map<String, Object> variables) {
        sources.replace(
                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                new SystemEnvironmentPropertySource(
                        StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, variables));
    }
}
