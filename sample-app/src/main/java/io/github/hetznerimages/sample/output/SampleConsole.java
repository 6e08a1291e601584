package io.github.hetznerimages.sample.output;

import java.io.Console;
import java.io.PrintStream;
import java.util.Objects;

/**
 * Where the job writes: its output, its error lines, and whether the output is a terminal (then progress is
 * redrawn in place with {@code \r}; otherwise each change is a line of its own). Tests register their own
 * instance as a bean to capture the output.
 *
 * @param out the job's output
 * @param err where failures are reported
 * @param terminal whether {@code out} is an interactive terminal
 */
public record SampleConsole(PrintStream out, PrintStream err, boolean terminal) {

    /** Requires both streams. */
    public SampleConsole {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(err, "err");
    }

    /**
     * The process's standard streams; a terminal when {@link System#console()} is present. From Java 22 on a console
     * exists even when the output is redirected, so there its {@code isTerminal()} decides.
     */
    public static SampleConsole system() {
        return new SampleConsole(System.out, System.err, isTerminal(System.console()));
    }

    static boolean isTerminal(Console console) {
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (NoSuchMethodException ex) {
            return true; // before Java 22 a console exists only for a terminal
        } catch (ReflectiveOperationException ex) {
            return false;
        }
    }
}
