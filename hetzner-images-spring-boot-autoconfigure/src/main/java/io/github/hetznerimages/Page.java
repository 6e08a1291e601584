package io.github.hetznerimages;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One page of a list answer: its items in the API's order and the paging state to ask for the next one. To read
 * every page, use the services' {@code listAll} or {@code stream} instead of following pages by hand.
 *
 * @param items the items of this page (immutable, possibly empty)
 * @param pagination the paging state of this page; {@code null} only when the API left out {@code meta} (as
 *     {@code GET /actions?id=..} does), and then this is the only page
 * @param <T> the item type
 */
public record Page<T>(List<T> items, @Nullable Pagination pagination) {

    /** Copies the items so that the page stays immutable. */
    public Page {
        items = List.copyOf(items);
    }

    /** Whether the API reports a page after this one. */
    public boolean hasNext() {
        return pagination != null && pagination.hasNext();
    }
}
