package io.github.hetznerimages;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.List;

/**
 * The state of an action. A value the API adds later reads as a value of its own, with its text kept ({@link #isKnown()} is
 * {@code false}); it can be sent back as a filter.
 */
public final class ActionStatus extends ApiValue {

    /** Still in progress. */
    public static final ActionStatus RUNNING = new ActionStatus("running", true);

    /** Finished successfully. */
    public static final ActionStatus SUCCESS = new ActionStatus("success", true);

    /** Finished with an error. */
    public static final ActionStatus ERROR = new ActionStatus("error", true);

    private static final List<ActionStatus> KNOWN = List.of(RUNNING, SUCCESS, ERROR);

    private ActionStatus(String value, boolean known) {
        super(value, known);
    }

    /**
     * The value with this text: a constant when it is one, else a value of its own.
     *
     * @throws IllegalArgumentException when the text is {@code null}
     */
    @JsonCreator
    public static ActionStatus of(String value) {
        return lookUp(KNOWN, value, text -> new ActionStatus(text, false));
    }

    /** The values this library knows, in the order the API documents them. */
    public static List<ActionStatus> known() {
        return KNOWN;
    }
}
