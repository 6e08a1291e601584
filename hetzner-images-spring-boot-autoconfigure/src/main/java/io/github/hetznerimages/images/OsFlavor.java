package io.github.hetznerimages.images;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.github.hetznerimages.client.WireEnums;

/** The operating system family of an image. Values the API adds later read as {@link #UNKNOWN}. */
public enum OsFlavor {
    /** Ubuntu. */
    UBUNTU,
    /** CentOS. */
    CENTOS,
    /** Debian. */
    DEBIAN,
    /** Fedora. */
    FEDORA,
    /** Rocky Linux. */
    ROCKY,
    /** AlmaLinux. */
    ALMA,
    /** openSUSE. */
    OPENSUSE,
    /** A value this version of the library does not know, or the API's own {@code unknown}. */
    UNKNOWN;

    /** The value as the API spells it. */
    @JsonValue
    public String value() {
        return WireEnums.value(this);
    }

    /** The constant for an API value, {@link #UNKNOWN} for values not known here. */
    @JsonCreator
    public static OsFlavor fromValue(String value) {
        return WireEnums.fromValue(OsFlavor.class, value, UNKNOWN);
    }
}
