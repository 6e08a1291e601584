package io.github.hetznerimages.error;

import io.github.hetznerimages.Action;
import java.util.Objects;
import java.util.Optional;

/**
 * An action finished with status {@code error}. Carries the failed action and its error code and message as the
 * API reported them (e.g. {@code action_failed}).
 */
public class ActionFailedException extends HetznerException {

    private static final long serialVersionUID = 1L;

    private final transient Action action;
    private final String errorCode;
    private final String errorMessage;

    /**
     * Creates the exception for a failed action.
     *
     * @param action the action, with status {@code error}
     */
    public ActionFailedException(Action action) {
        super(describe(action));
        this.action = Objects.requireNonNull(action, "action");
        this.errorCode =
                Optional.ofNullable(action.error()).map(Action.Error::code).orElse("");
        this.errorMessage =
                Optional.ofNullable(action.error()).map(Action.Error::message).orElse("");
    }

    /** The failed action as last read from the API ({@code null} after the exception was serialized). */
    public Action action() {
        return action;
    }

    /** The API's error code of the action, e.g. {@code action_failed}; empty when the API sent none. */
    public String errorCode() {
        return errorCode;
    }

    /** The API's error message of the action; empty when the API sent none. */
    public String errorMessage() {
        return errorMessage;
    }

    private static String describe(Action action) {
        String error = Optional.ofNullable(action.error())
                .map(e -> e.code() + ": " + e.message())
                .orElse("no error details");
        return "action " + action.id() + " (" + action.command() + ") failed: " + error;
    }
}
