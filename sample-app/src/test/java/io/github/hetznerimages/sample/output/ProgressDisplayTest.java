package io.github.hetznerimages.sample.output;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hetznerimages.Action;
import io.github.hetznerimages.ActionStatus;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class ProgressDisplayTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    @Test
    void terminalRedrawsOneLineInPlace() {
        ProgressDisplay display = new ProgressDisplay(console(true), "Snapshot");

        display.accept(action(ActionStatus.RUNNING, 0));
        display.accept(action(ActionStatus.RUNNING, 42));
        display.accept(action(ActionStatus.SUCCESS, 100));
        display.finish();

        assertThat(text())
                .isEqualTo("\rSnapshot [------------------------------]   0%"
                        + "\rSnapshot [############------------------]  42%"
                        + "\rSnapshot [##############################] 100%"
                        + System.lineSeparator());
    }

    @Test
    void nonTerminalPrintsOneLinePerChange() {
        ProgressDisplay display = new ProgressDisplay(console(false), "Snapshot");

        display.accept(action(ActionStatus.RUNNING, 0));
        display.accept(action(ActionStatus.RUNNING, 42));
        display.accept(action(ActionStatus.RUNNING, 42));
        display.accept(action(ActionStatus.SUCCESS, 100));
        display.finish();

        assertThat(text().lines()).containsExactly("Snapshot: 0%", "Snapshot: 42%", "Snapshot: 100%");
        assertThat(text()).doesNotContain("\r");
    }

    @Test
    void clampsOutOfRangeProgress() {
        ProgressDisplay display = new ProgressDisplay(console(false), "Snapshot");

        display.accept(action(ActionStatus.RUNNING, 150));

        assertThat(text().lines()).containsExactly("Snapshot: 100%");
    }

    private SampleConsole console(boolean terminal) {
        PrintStream stream = new PrintStream(out, true, StandardCharsets.UTF_8);
        return new SampleConsole(stream, stream, terminal);
    }

    private String text() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private static Action action(ActionStatus status, int progress) {
        return new Action(7, "create_image", status, progress, OffsetDateTime.now(), null, null, null);
    }
}
