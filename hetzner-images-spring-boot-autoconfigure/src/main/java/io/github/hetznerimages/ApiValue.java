package io.github.hetznerimages;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A value of a set the API may grow, such as an image type: the constants this library knows, plus any other value
 * the API sends, kept with its text. A new value never breaks parsing, can be printed, compared and sent back as a
 * filter ({@code ImageType.of("temporary")}); {@link #isKnown()} tells whether this library knew it. Compare with
 * {@code equals} (or {@code ==} for the known constants, which {@code of} always returns). Immutable.
 */
public abstract class ApiValue {

    private final String value;
    private final boolean known;

    /**
     * Creates a value.
     *
     * @param value the API's spelling
     * @param known whether this is one of the subclass's constants
     */
    protected ApiValue(String value, boolean known) {
        if (value == null) {
            throw new IllegalArgumentException("value must not be null");
        }
        this.value = value;
        this.known = known;
    }

    /** The value as the API spells it, e.g. {@code snapshot}. */
    @JsonValue
    public final String value() {
        return value;
    }

    /** Whether this library knows the value (one of the constants), rather than having read it from the API. */
    public final boolean isKnown() {
        return known;
    }

    /** Whether {@code other} is a value of the same kind with the same text. */
    @Override
    public final boolean equals(@Nullable Object other) {
        return other != null && other.getClass() == getClass() && value.equals(((ApiValue) other).value);
    }

    /** A hash of the kind and the text. */
    @Override
    public final int hashCode() {
        return getClass().hashCode() * 31 + value.hashCode();
    }

    /** The value as the API spells it. */
    @Override
    public final String toString() {
        return value;
    }

    /**
     * The known constant with this text, or a new unknown value made by {@code unknown}.
     *
     * @throws IllegalArgumentException when the text is {@code null}
     */
    protected static <T extends ApiValue> T lookUp(List<T> known, @Nullable String value, Function<String, T> unknown) {
        if (value == null) {
            throw new IllegalArgumentException("value must not be null");
        }
        for (T constant : known) {
            if (constant.value().equals(value)) {
                return constant;
            }
        }
        return unknown.apply(value);
    }
}
