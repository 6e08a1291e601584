package io.github.hetznerimages.autoconfigure;

import static io.github.hetznerimages.autoconfigure.AutoConfigurationTestSupport.retrieveImage42;
import static io.github.hetznerimages.autoconfigure.AutoConfigurationTestSupport.stubImage;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.hetznerimages.testsupport.HetznerApiExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.HttpClientAutoConfiguration;
import org.springframework.boot.http.client.autoconfigure.imperative.ImperativeHttpClientAutoConfiguration;
import org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.AbstractEnvironment;

/** A real application start: the failure report Spring Boot prints, and what the logs never contain. */
@ExtendWith(OutputCaptureExtension.class)
class HetznerStartupReportTest {

    @RegisterExtension
    static final HetznerApiExtension api = new HetznerApiExtension();

    @Test
    void missingTokenIsReportedWithWhatToDo(CapturedOutput output) {
        SpringApplication application = application();

        assertThatThrownBy(() -> application.run("--hetzner.base-url=" + api.baseUrl()))
                .hasRootCauseInstanceOf(MissingHetznerTokenException.class);

        assertThat(output)
                .contains("APPLICATION FAILED TO START")
                .contains("No Hetzner Cloud API token is configured")
                .contains("hetzner.token=your-api-token")
                .contains("HCLOUD_TOKEN")
                .contains("Security > API tokens");
    }

    @Test
    void tokenNeverAppearsInTheLogsEvenAtTraceLevel(CapturedOutput output) {
        SpringApplication application = application();
        stubImage(api.server(), "/images/42");

        try (ConfigurableApplicationContext context = application.run(
                "--hetzner.token=" + HetznerApiExtension.TOKEN,
                "--hetzner.base-url=" + api.baseUrl(),
                "--debug",
                "--logging.level.io.github.hetznerimages=TRACE",
                "--logging.level.org.springframework.web.client=TRACE",
                "--logging.level.org.springframework.boot.context.properties=TRACE")) {
            assertThat(retrieveImage42(context).id()).isEqualTo(42);
        }

        assertThat(output).contains("GET /images/{id}").doesNotContain(HetznerApiExtension.TOKEN);
    }

    /** A non-web application with Boot's HTTP auto-configurations and ours, without the machine's environment. */
    private static SpringApplication application() {
        SpringApplication application = new SpringApplication(TestApplication.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        application.setEnvironment(new AbstractEnvironment() {});
        return application;
    }

    @Configuration(proxyBeanMethods = false)
    @ImportAutoConfiguration({
        HttpClientAutoConfiguration.class,
        ImperativeHttpClientAutoConfiguration.class,
        RestClientAutoConfiguration.class,
        HetznerImagesAutoConfiguration.class
    })
    static class TestApplication {}
}
