package io.github.hetznerimages.images;

import io.github.hetznerimages.SortDirection;

/**
 * One sort key of {@code GET /images}: a field and a direction, sent as {@code sort=created:desc}. Several keys sort
 * by the first, then the next, in the order given.
 *
 * @param field the field to sort by
 * @param direction the direction
 */
public record ImageSort(ImageSortField field, SortDirection direction) {

    /** Rejects missing parts. */
    public ImageSort {
        if (field == null) {
            throw new IllegalArgumentException("sort field must not be null");
        }
        if (direction == null) {
            throw new IllegalArgumentException("sort direction must not be null");
        }
    }

    /** Sorts by {@code field} in {@code direction}. */
    public static ImageSort by(ImageSortField field, SortDirection direction) {
        return new ImageSort(field, direction);
    }

    /** Sorts by {@code field}, smallest first. */
    public static ImageSort ascending(ImageSortField field) {
        return new ImageSort(field, SortDirection.ASC);
    }

    /** Sorts by {@code field}, largest first. */
    public static ImageSort descending(ImageSortField field) {
        return new ImageSort(field, SortDirection.DESC);
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
