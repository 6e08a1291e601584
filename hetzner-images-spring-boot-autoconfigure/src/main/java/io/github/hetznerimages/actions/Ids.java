package io.github.hetznerimages.actions;

/** Checks ids before they go into a path or query: the API's ids are integers from 1 to 2^53-1. */
final class Ids {

    /** The largest id the API declares ({@code 2^53-1}). */
    static final long MAX_ID = 9_007_199_254_740_991L;

    private Ids() {}

    /**
     * Returns {@code id} if it is a valid API id.
     *
     * @param name the parameter's name, for the message
     * @throws IllegalArgumentException naming the parameter when the id is below 1 or above 2^53-1
     */
    static long requireValid(String name, long id) {
        if (id < 1) {
            throw new IllegalArgumentException(name + " must be positive, was " + id);
        }
        if (id > MAX_ID) {
            throw new IllegalArgumentException(name + " must be at most 2^53-1 (" + MAX_ID + "), was " + id);
        }
        return id;
    }
}
