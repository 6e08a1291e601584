package io.github.hetznerimages.sample.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README's two commands are the ones that work: CI's own command, and the sample run. */
class ReadmeCommandsTest {

    @Test
    void theReadmeTestCommandIsWhatCiRuns() {
        Path root = Documentation.root();
        String ciCommand = Documentation.read(root.resolve(".ci/run"))
                .lines()
                .filter(line -> line.startsWith("./mvnw"))
                .reduce((first, second) -> second)
                .orElseThrow(() -> new AssertionError(".ci/run runs no ./mvnw command"));

        assertThat(Documentation.read(root.resolve("README.md")))
                .contains("\n" + ciCommand + "\n")
                .contains("\n./mvnw -q -pl sample-app -am spring-boot:run\n");
    }
}
