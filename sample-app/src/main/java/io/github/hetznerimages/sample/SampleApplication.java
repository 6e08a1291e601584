package io.github.hetznerimages.sample;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A command-line Spring Boot job that lists, snapshots and rotates Hetzner Cloud images with the starter. Without
 * a token it runs against an embedded demo API (see {@code demo}); the job itself is {@code job.SampleJob}.
 */
@SpringBootApplication
public class SampleApplication {

    /** Runs the job with the given arguments and exits with its exit code. */
    public static void main(String[] args) {
        System.exit(SpringApplication.exit(application().run(args)));
    }

    /**
     * The application as {@link #main} runs it. Command-line arguments are the job's, not Spring properties: the
     * job's {@code --debug} would otherwise switch on Spring Boot's debug logging. Configure the application with
     * {@code application.properties}, environment variables or system properties.
     */
    public static SpringApplication application() {
        SpringApplication application = new SpringApplication(SampleApplication.class);
        application.setAddCommandLineProperties(false);
        return application;
    }
}
