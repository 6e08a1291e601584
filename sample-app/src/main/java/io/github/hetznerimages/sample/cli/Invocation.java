package io.github.hetznerimages.sample.cli;

import java.util.Objects;

/**
 * A parsed command line: the sub-command and the global {@code --debug} flag.
 *
 * @param command the sub-command to run
 * @param debug whether to print stack traces of failures
 */
public record Invocation(SampleCommand command, boolean debug) {

    /** Requires a command. */
    public Invocation {
        Objects.requireNonNull(command, "command");
    }
}
