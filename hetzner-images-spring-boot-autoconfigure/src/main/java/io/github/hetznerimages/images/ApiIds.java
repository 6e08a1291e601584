package io.github.hetznerimages.images;

/**
 * Checks ids before they are sent. The API declares every resource id as an integer from 1 to 2^53-1 (the largest
 * integer a JSON number holds exactly), so anything else fails here with the parameter's name instead of reaching
 * the API.
 */
final class ApiIds {

    /** The largest id the API declares: 2^53-1. */
    static final long MAX_ID = 9_007_199_254_740_991L;

    private ApiIds() {}

    /**
     * Returns {@code value} when it is a valid id.
     *
     * @param name the parameter's name for the message, e.g. {@code id}
     * @throws IllegalArgumentException when the value is not in 1..2^53-1
     */
    static long require(String name, long value) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be positive, was " + value);
        }
        if (value > MAX_ID) {
            throw new IllegalArgumentException(
                    name + " must be at most " + MAX_ID + " (2^53-1, the API's largest id), was " + value);
        }
        return value;
    }
}
