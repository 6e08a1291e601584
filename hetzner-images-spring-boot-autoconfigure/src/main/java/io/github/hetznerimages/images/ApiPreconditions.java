package io.github.hetznerimages.images;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Checks the API's numeric rules before a request is built, so that bad input fails here with the parameter's
 * name and the rule, instead of reaching the API.
 */
final class ApiPreconditions {

    /** The largest page size the API accepts (stated in the API's documentation, not its schema). */
    static final int MAX_PER_PAGE = 50;

    /** The largest id the API declares: 2^53-1, the largest integer a JSON number holds exactly. */
    static final long MAX_ID = 9_007_199_254_740_991L;

    private ApiPreconditions() {}

    /**
     * Returns {@code value} when it is a valid API id.
     *
     * @param name the parameter's name for the message, e.g. {@code id}
     * @throws IllegalArgumentException when the value is not in 1..2^53-1
     */
    static long requireId(String name, long value) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be positive, was " + value);
        }
        if (value > MAX_ID) {
            throw new IllegalArgumentException(
                    name + " must be at most " + MAX_ID + " (2^53-1, the API's largest id), was " + value);
        }
        return value;
    }

    /**
     * Returns {@code value} when it is a valid page number (from 1).
     *
     * @throws IllegalArgumentException when the page is below 1
     */
    static long requirePage(long value) {
        if (value < 1) {
            throw new IllegalArgumentException("page must be at least 1, was " + value);
        }
        return value;
    }

    /**
     * Returns {@code value} when it is a valid page size: 1 to {@link #MAX_PER_PAGE} (the maximum is in the
     * API's documentation, not its schema).
     *
     * @throws IllegalArgumentException when the size is outside 1..50
     */
    static int requirePerPage(int value) {
        if (value < 1 || value > MAX_PER_PAGE) {
            throw new IllegalArgumentException("per_page must be between 1 and " + MAX_PER_PAGE + ", was " + value);
        }
        return value;
    }

    /**
     * Returns {@code value} when it is not {@code null}.
     *
     * @throws IllegalArgumentException naming the parameter when it is
     */
    static <T> T requireNonNull(String name, @Nullable T value) {
        if (value == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
        return value;
    }

    /**
     * Returns the values as a list when neither the array nor any value is {@code null}.
     *
     * @throws IllegalArgumentException naming the parameter otherwise
     */
    static <T> List<T> requireAll(String name, T @Nullable [] values) {
        if (values == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
        for (T value : values) {
            if (value == null) {
                throw new IllegalArgumentException(name + " must not contain null");
            }
        }
        return List.of(values);
    }

    /**
     * Returns {@code value} when it has at least one non-blank character.
     *
     * @throws IllegalArgumentException naming the parameter when it is {@code null} or blank
     */
    static String requireText(String name, @Nullable String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(
                    name + " must not be blank, was " + (value == null ? "null" : "'" + value + "'"));
        }
        return value;
    }
}
