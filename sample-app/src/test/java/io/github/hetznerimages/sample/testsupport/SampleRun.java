package io.github.hetznerimages.sample.testsupport;

import io.github.hetznerimages.sample.SampleApplication;
import io.github.hetznerimages.sample.demo.DemoApi;
import io.github.hetznerimages.sample.output.SampleConsole;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.env.MapPropertySource;

/**
 * Runs the sample application the way {@code main} does, minus {@code System.exit}: the job's output goes to a
 * {@link SampleConsole} bean this class registers, the exit code comes from {@code SpringApplication.exit}.
 * Properties given here take precedence over everything else; token variables of the machine running the tests
 * are blanked out, so a test never reaches the real API by accident.
 */
public final class SampleRun {

    private SampleRun() {}

    /**
     * The outcome of one run.
     *
     * @param exitCode the exit code {@code main} would exit with
     * @param out what the job printed on its output
     * @param err what the job printed on its error stream
     * @param embeddedDemo whether the application started its embedded demo API
     * @param embeddedRequests the requests the embedded demo received (empty without it), oldest first
     */
    public record Result(int exitCode, String out, String err, boolean embeddedDemo, List<String> embeddedRequests) {

        /** The output's lines. */
        public List<String> outLines() {
            return out.lines().toList();
        }

        /** The error stream's lines. */
        public List<String> errLines() {
            return err.lines().toList();
        }
    }

    /** Runs the application without a token (so with the embedded demo) and with a non-terminal console. */
    public static Result embedded(String... args) {
        return run(Map.of(), false, args);
    }

    /** Runs the application against the given demo API with a non-terminal or terminal console. */
    public static Result against(DemoApi demo, boolean terminal, String... args) {
        return run(Map.of("hetzner.token", DemoApi.TOKEN, "hetzner.base-url", demo.baseUrl()), terminal, args);
    }

    /**
     * Runs the application.
     *
     * @param properties properties over all others (fast polling is preset)
     * @param terminal whether the console claims to be a terminal
     * @param args the command line
     */
    public static Result run(Map<String, String> properties, boolean terminal, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        SampleConsole console = new SampleConsole(
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                terminal);
        Map<String, Object> settings = new HashMap<>();
        settings.put("hetzner.token", "");
        settings.put("HCLOUD_TOKEN", "");
        settings.put("hetzner.actions.poll-interval", "50ms");
        settings.put("hetzner.actions.max-poll-interval", "50ms");
        settings.put("sample.demo.snapshot-duration", "500ms");
        settings.putAll(properties);
        SpringApplication application = SampleApplication.application();
        application.addInitializers(new TestSetup(settings, console));
        ConfigurableApplicationContext context = application.run(args);
        DemoApi demo = context.getBeanProvider(DemoApi.class).getIfAvailable();
        List<String> requests = demo == null ? List.of() : demo.requests();
        int exitCode = SpringApplication.exit(context);
        return new Result(
                exitCode,
                out.toString(StandardCharsets.UTF_8),
                err.toString(StandardCharsets.UTF_8),
                demo != null,
                requests);
    }

    /** Adds the test's properties and console before any other initializer looks at the environment. */
    private record TestSetup(Map<String, Object> properties, SampleConsole console)
            implements ApplicationContextInitializer<ConfigurableApplicationContext>, Ordered {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("sampleTest", properties));
            context.getBeanFactory().registerSingleton("sampleConsole", console);
        }

        @Override
        public int getOrder() {
            return Ordered.HIGHEST_PRECEDENCE;
        }
    }
}
