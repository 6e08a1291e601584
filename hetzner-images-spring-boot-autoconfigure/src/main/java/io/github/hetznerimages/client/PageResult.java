package io.github.hetznerimages.client;

import io.github.hetznerimages.Pagination;
import java.util.List;

/**
 * One fetched page of any list: its items and its paging state. The common shape that {@link Paging} works on.
 *
 * @param items the items of the page, in the API's order
 * @param pagination the paging state, {@code null} when the API sent none (then this is the only page)
 * @param <T> the item type
 */
record PageResult<T>(List<T> items, Pagination pagination) {

    /** Copies the items so that the page stays immutable. */
    public PageResult {
        items = items == null ? List.of() : List.copyOf(items);
    }

    /** Whether a page follows this one. */
    public boolean hasNext() {
        return pagination != null && pagination.hasNext();
    }
}
