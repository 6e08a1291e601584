package io.github.hetznerimages.images;

import io.github.hetznerimages.Sort;
import io.github.hetznerimages.SortField;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The setters every list request builder shares: sort keys, page and page size, each checked at once so that a bad
 * value fails before any request. Not thread-safe; the built request is.
 *
 * @param <F> the fields the list sorts by
 * @param <B> the concrete builder, returned by every setter
 */
abstract class ListRequestBuilder<F extends SortField, B extends ListRequestBuilder<F, B>> {

    final List<Sort<F>> sorts = new ArrayList<>();

    @Nullable
    Long page;

    @Nullable
    Integer perPage;

    ListRequestBuilder() {}

    /** Presets the shared values from an existing request, to derive a changed copy. */
    final B from(ListRequest<F> request) {
        sorts.addAll(request.sorts());
        page = request.page();
        perPage = request.perPage();
        return self();
    }

    /**
     * Sorts by these keys, first key first; none restores the API's default order.
     *
     * @throws IllegalArgumentException for {@code null} or a field given twice
     */
    @SafeVarargs
    public final B sort(Sort<F>... keys) {
        if (keys == null) {
            throw new IllegalArgumentException("sort must not be null");
        }
        List<Sort<F>> list = new ArrayList<>();
        for (Sort<F> key : keys) {
            if (key == null) {
                throw new IllegalArgumentException("sort must not contain null");
            }
            if (list.stream().anyMatch(existing -> existing.field().equals(key.field()))) {
                throw new IllegalArgumentException(
                        "sort must name each field once, but '" + key.field().value() + "' appears twice");
            }
            list.add(key);
        }
        sorts.clear();
        sorts.addAll(list);
        return self();
    }

    /**
     * Fetches this page, from 1.
     *
     * @throws IllegalArgumentException when the page is below 1
     */
    public final B page(long number) {
        this.page = ApiPreconditions.requirePage(number);
        return self();
    }

    /**
     * Asks for pages of this size, from 1 to 50 (the API's documented maximum).
     *
     * @throws IllegalArgumentException when the size is outside 1..50
     */
    public final B perPage(int size) {
        this.perPage = ApiPreconditions.requirePerPage(size);
        return self();
    }

    /** Clears {@link #page(long)}, so the first page is fetched. */
    final B firstPage() {
        this.page = null;
        return self();
    }

    @SuppressWarnings("unchecked")
    private B self() {
        return (B) this;
    }
}
