package io.github.hetznerimages;

import io.github.hetznerimages.client.WireEnums;

/** The direction of one sort key of a list call: {@code :asc} or {@code :desc} after the field name. */
public enum SortDirection {
    /** Smallest first (the API's default when no direction is given). */
    ASC,
    /** Largest first. */
    DESC;

    /** The suffix as the API spells it, without the colon: {@code asc} or {@code desc}. */
    public String value() {
        return WireEnums.value(this);
    }
}
