package io.github.hetznerimages.images;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.hetznerimages.client.WireEnums;

/** The kind of an image. Values the API adds later read as {@link #UNKNOWN}. */
public enum ImageType {
    /** A Hetzner distribution image. */
    SYSTEM,
    /** A Hetzner image with preinstalled software. */
    APP,
    /** A user-made image, independent of any server, billed per GB and month. */
    SNAPSHOT,
    /** A daily backup bound to one server and deleted with it. */
    BACKUP,
    /** A value this version of the library does not know (the API grows). */
    UNKNOWN;

    /** The value as the API spells it. */
    @JsonValue
    public String value() {
        return WireEnums.value(this);
    }

    /** The constant for an API value, {@link #UNKNOWN} for values not known here. */
    @JsonCreator
    public static ImageType fromValue(String value) {
        return WireEnums.fromValue(ImageType.class, value, UNKNOWN);
    }
}
