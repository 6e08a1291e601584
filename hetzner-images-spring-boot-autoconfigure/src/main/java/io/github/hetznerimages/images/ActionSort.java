package io.github.hetznerimages.images;

import io.github.hetznerimages.SortDirection;

/**
 * One sort key of an action list, e.g. {@code started:desc}. Several keys sort by the first, then the next.
 *
 * @param field the field to sort by
 * @param direction the direction
 */
public record ActionSort(ActionSortField field, SortDirection direction) {

    /** Rejects missing parts. */
    public ActionSort {
        if (field == null) {
            throw new IllegalArgumentException("sort field must not be null");
        }
        if (direction == null) {
            throw new IllegalArgumentException("sort direction must not be null");
        }
    }

    /** Sorts by {@code field} in {@code direction}. */
    public static ActionSort by(ActionSortField field, SortDirection direction) {
        return new ActionSort(field, direction);
    }

    /** Sorts by {@code field}, smallest first. */
    public static ActionSort ascending(ActionSortField field) {
        return new ActionSort(field, SortDirection.ASC);
    }

    /** Sorts by {@code field}, largest (or newest) first. */
    public static ActionSort descending(ActionSortField field) {
        return new ActionSort(field, SortDirection.DESC);
    }

    /** The key as the API spells it, e.g. {@code started:desc}; the direction is always spelled out. */
    public String value() {
        return field.value() + ":" + direction.value();
    }
}
