package io.github.hetznerimages;

/**
 * One sort key of a list call: a field and a direction, sent as {@code sort=created:desc}. Several keys sort by the
 * first, then the next, in the order given.
 *
 * <pre>{@code
 * Sort.descending(ImageSortField.CREATED)
 * }</pre>
 *
 * @param field the field to sort by
 * @param direction the direction
 * @param <F> the fields of the list this key belongs to
 */
public record Sort<F extends SortField>(F field, SortDirection direction) {

    /**
     * Rejects missing parts.
     *
     * @throws IllegalArgumentException when the field or direction is {@code null}
     */
    public Sort {
        if (field == null) {
            throw new IllegalArgumentException("sort field must not be null");
        }
        if (direction == null) {
            throw new IllegalArgumentException("sort direction must not be null");
        }
    }

    /** Sorts by {@code field} in {@code direction}. */
    public static <F extends SortField> Sort<F> by(F field, SortDirection direction) {
        return new Sort<>(field, direction);
    }

    /** Sorts by {@code field}, smallest (or oldest) first. */
    public static <F extends SortField> Sort<F> ascending(F field) {
        return new Sort<>(field, SortDirection.ASC);
    }

    /** Sorts by {@code field}, largest (or newest) first. */
    public static <F extends SortField> Sort<F> descending(F field) {
        return new Sort<>(field, SortDirection.DESC);
    }

    /** The query value, e.g. {@code created:desc}; the direction is always spelled out. */
    public String value() {
        return field.value() + ":" + direction.value();
    }

    /** The query value, as {@link #value()}. */
    @Override
    public String toString() {
        return value();
    }
}
