package io.github.hetznerimages.error;

import io.github.hetznerimages.Action;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * An action did not finish within the time limit of {@link WaitOptions#timeout()}. The action may still finish
 * later: wait again with {@link #lastSeen()}, or look it up by id.
 */
public class ActionTimeoutException extends HetznerException {

    private static final long serialVersionUID = 1L;

    private final transient List<Action> unfinished;
    private final Duration timeout;

    /**
     * Creates the exception.
     *
     * @param unfinished the actions still running at the time limit, as last read; at least one
     * @param timeout the time limit that passed
     */
    public ActionTimeoutException(List<Action> unfinished, Duration timeout) {
        super(describe(unfinished, timeout));
        this.unfinished = List.copyOf(unfinished);
        this.timeout = Objects.requireNonNull(timeout, "timeout");
    }

    /** The (first) unfinished action as last read ({@code null} after the exception was serialized). */
    public Action lastSeen() {
        return unfinished().isEmpty() ? null : unfinished.get(0);
    }

    /** Every action still running at the time limit, as last read (empty after serialization). */
    public List<Action> unfinished() {
        return unfinished == null ? List.of() : unfinished;
    }

    /** The time limit that passed. */
    public Duration timeout() {
        return timeout;
    }

    private static String describe(List<Action> unfinished, Duration timeout) {
        if (unfinished == null || unfinished.isEmpty()) {
            throw new IllegalArgumentException("unfinished must name at least one action");
        }
        Action first = unfinished.get(0);
        String others = unfinished.size() > 1 ? " (and " + (unfinished.size() - 1) + " more)" : "";
        return "action " + first.id() + " (" + first.command() + ")" + others + " did not finish within " + timeout
                + "; last seen " + first.status().value() + " at " + first.progress() + "%";
    }
}
