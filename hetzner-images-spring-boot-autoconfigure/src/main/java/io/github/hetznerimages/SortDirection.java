package io.github.hetznerimages;

import java.util.Locale;

/** The direction of one sort key of a list call: {@code :asc} or {@code :desc} after the field name. */
public enum SortDirection {
    /** Smallest first (the API's default when no direction is given). */
    ASC,
    /** Largest first. */
    DESC;

    /** The suffix as the API spells it, without the colon: {@code asc} or {@code desc}. */
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }
}
