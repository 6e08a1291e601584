package io.github.hetznerimages.sample.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.io.PrintStream;
import org.junit.jupiter.api.Test;

class SampleConsoleTest {

    @Test
    void withoutAConsoleTheOutputIsNoTerminal() {
        assertThat(SampleConsole.isTerminal(null)).isFalse();
    }

    @Test
    void requiresBothStreams() {
        PrintStream out = new PrintStream(PrintStream.nullOutputStream());

        assertThatNullPointerException()
                .isThrownBy(() -> new SampleConsole(out, null, false))
                .withMessage("err");
    }
}
