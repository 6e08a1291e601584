package io.github.hetznerimages.client;

import java.util.Locale;

/**
 * Maps the API's lower-case enum strings to Java constants and back. Every enum of the wire model has an
 * {@code UNKNOWN} constant, so a value the API adds later never breaks parsing.
 */
public final class WireEnums {

    private WireEnums() {}

    /** The API's spelling of a constant: its name in lower case ({@code SNAPSHOT} is {@code snapshot}). */
    public static String value(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT);
    }

    /** The constant whose {@link #value(Enum)} is {@code value}, or {@code unknown} when none is. */
    public static <E extends Enum<E>> E fromValue(Class<E> type, String value, E unknown) {
        if (value != null) {
            for (E constant : type.getEnumConstants()) {
                if (constant != unknown && value(constant).equals(value)) {
                    return constant;
                }
            }
        }
        return unknown;
    }
}
