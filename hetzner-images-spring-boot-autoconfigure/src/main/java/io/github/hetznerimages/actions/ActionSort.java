package io.github.hetznerimages.actions;

import java.util.Objects;

/**
 * One sort key of an action list, e.g. {@code started:desc}. Several keys sort by the first, then the next.
 *
 * @param field the field to sort by
 * @param descending whether the order is descending (newest or largest first)
 */
public record ActionSort(ActionSortField field, boolean descending) {

    /** Checks the field. */
    public ActionSort {
        Objects.requireNonNull(field, "sort field must not be null");
    }

    /** Sorts by {@code field}, smallest first. */
    public static ActionSort ascending(ActionSortField field) {
        return new ActionSort(field, false);
    }

    /** Sorts by {@code field}, largest (or newest) first. */
    public static ActionSort descending(ActionSortField field) {
        return new ActionSort(field, true);
    }

    /** The key as the API spells it, e.g. {@code started:desc}. */
    public String value() {
        return field.value() + (descending ? ":desc" : ":asc");
    }
}
