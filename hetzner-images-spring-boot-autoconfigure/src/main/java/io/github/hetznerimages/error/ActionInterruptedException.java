package io.github.hetznerimages.error;

import io.github.hetznerimages.Action;
import java.util.List;

/**
 * The thread was interrupted while waiting for actions. The wait ends at once and the thread's interrupt flag
 * stays set, so that callers up the stack still see the interrupt. The actions keep running on the API; wait
 * again with {@link #lastSeen()} to pick them up.
 */
public class ActionInterruptedException extends HetznerException {

    private static final long serialVersionUID = 1L;

    private final transient List<Action> unfinished;

    /**
     * Creates the exception.
     *
     * @param unfinished the actions still running when the interrupt came, as last read; at least one
     * @param cause the {@link InterruptedException}, or the failure of the request the interrupt cut short
     */
    public ActionInterruptedException(List<Action> unfinished, Throwable cause) {
        super(describe(unfinished), cause);
        this.unfinished = List.copyOf(unfinished);
    }

    /** The (first) unfinished action as last read ({@code null} after the exception was serialized). */
    public Action lastSeen() {
        return unfinished().isEmpty() ? null : unfinished.get(0);
    }

    /** Every action still running when the interrupt came, as last read (empty after serialization). */
    public List<Action> unfinished() {
        return unfinished == null ? List.of() : unfinished;
    }

    private static String describe(List<Action> unfinished) {
        if (unfinished == null || unfinished.isEmpty()) {
            throw new IllegalArgumentException("unfinished must name at least one action");
        }
        Action first = unfinished.get(0);
        return "interrupted while waiting for action " + first.id() + " (" + first.command() + ")"
                + (unfinished.size() > 1 ? " and " + (unfinished.size() - 1) + " more" : "");
    }
}
