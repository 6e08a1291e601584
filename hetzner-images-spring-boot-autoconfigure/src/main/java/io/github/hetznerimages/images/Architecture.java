package io.github.hetznerimages.images;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.hetznerimages.client.WireEnums;

/** The CPU architecture an image is built for; image names are unique per architecture only. Values the API adds later read as {@link #UNKNOWN}. */
public enum Architecture {
    /** Intel and AMD CPUs. */
    X86,
    /** Ampere Altra CPUs. */
    ARM,
    /** A value this version of the library does not know (the API grows). */
    UNKNOWN;

    /** The value as the API spells it. */
    @JsonValue
    public String value() {
        return WireEnums.value(this);
    }

    /** The constant for an API value, {@link #UNKNOWN} for values not known here. */
    @JsonCreator
    public static Architecture fromValue(String value) {
        return WireEnums.fromValue(Architecture.class, value, UNKNOWN);
    }
}
