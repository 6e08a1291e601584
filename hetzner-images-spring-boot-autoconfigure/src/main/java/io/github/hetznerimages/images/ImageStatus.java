package io.github.hetznerimages.images;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.hetznerimages.client.WireEnums;

/** Whether an image can be used. Values the API adds later read as {@link #UNKNOWN}. */
public enum ImageStatus {
    /** Ready to use. */
    AVAILABLE,
    /** Still being created. */
    CREATING,
    /** Cannot be used. */
    UNAVAILABLE,
    /** A value this version of the library does not know (the API grows). */
    UNKNOWN;

    /** The value as the API spells it. */
    @JsonValue
    public String value() {
        return WireEnums.value(this);
    }

    /** The constant for an API value, {@link #UNKNOWN} for values not known here. */
    @JsonCreator
    public static ImageStatus fromValue(String value) {
        return WireEnums.fromValue(ImageStatus.class, value, UNKNOWN);
    }
}
