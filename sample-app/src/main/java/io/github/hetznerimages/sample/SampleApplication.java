package io.github.hetznerimages.sample;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Command-line sample job for the Hetzner images starter. */
@SpringBootApplication
public class SampleApplication {

    /** Starts the sample job. */
    public static void main(String[] args) {
        SpringApplication.run(SampleApplication.class, args);
    }
}
