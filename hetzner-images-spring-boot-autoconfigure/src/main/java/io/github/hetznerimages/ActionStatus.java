package io.github.hetznerimages;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.hetznerimages.client.WireEnums;

/** The state of an action. Values the API adds later read as {@link #UNKNOWN}. */
public enum ActionStatus {
    /** Still in progress. */
    RUNNING,
    /** Finished successfully. */
    SUCCESS,
    /** Finished with an error. */
    ERROR,
    /** A value this version of the library does not know (the API grows). */
    UNKNOWN;

    /** The value as the API spells it. */
    @JsonValue
    public String value() {
        return WireEnums.value(this);
    }

    /** The constant for an API value, {@link #UNKNOWN} for values not known here. */
    @JsonCreator
    public static ActionStatus fromValue(String value) {
        return WireEnums.fromValue(ActionStatus.class, value, UNKNOWN);
    }
}
