package io.github.hetznerimages.sample.output;

import io.github.hetznerimages.Action;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Shows the progress of an action while the job waits for it. On a terminal a bar with the percentage is redrawn
 * in place ({@code \r}); otherwise, e.g. in a CI log, each change of the percentage is a line of its own. Feed it
 * every polled action (it is a progress listener) and call {@link #finish()} at the end.
 */
public final class ProgressDisplay implements Consumer<Action> {

    private static final int WIDTH = 30;

    private final SampleConsole console;
    private final String label;
    private int shown = -1;

    /**
     * Creates the display.
     *
     * @param console where to draw
     * @param label what is in progress, e.g. {@code Snapshot}
     */
    public ProgressDisplay(SampleConsole console, String label) {
        this.console = console;
        this.label = label;
    }

    /** Shows the action's progress if it changed since the last call. */
    @Override
    public void accept(Action action) {
        int percent = Math.max(0, Math.min(100, action.progress()));
        if (percent == shown) {
            return;
        }
        shown = percent;
        if (console.terminal()) {
            console.out().print("\r" + bar(percent));
            console.out().flush();
        } else {
            console.out().println(label + ": " + percent + "%");
        }
    }

    /** Ends the in-place line on a terminal, so the next output starts on a line of its own. */
    public void finish() {
        if (console.terminal() && shown >= 0) {
            console.out().println();
        }
    }

    /** The bar for a percentage, e.g. {@code Snapshot [############------------------]  42%}. */
    String bar(int percent) {
        int filled = percent * WIDTH / 100;
        return String.format(
                Locale.ROOT, "%s [%s%s] %3d%%", label, "#".repeat(filled), "-".repeat(WIDTH - filled), percent);
    }
}
