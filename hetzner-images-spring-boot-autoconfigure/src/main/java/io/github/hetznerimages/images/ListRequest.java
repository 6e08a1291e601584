package io.github.hetznerimages.images;

import io.github.hetznerimages.Sort;
import io.github.hetznerimages.SortField;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * What every list request of this package shares: its sort keys, page and page size, the query they make, and
 * equality by that query. {@link ImageListRequest} and {@link ActionListRequest} add their filters.
 *
 * @param <F> the fields this list sorts by
 */
abstract class ListRequest<F extends SortField> {

    private final List<Sort<F>> sorts;
    private final @Nullable Long page;
    private final @Nullable Integer perPage;

    ListRequest(ListRequestBuilder<F, ?> builder) {
        this.sorts = List.copyOf(builder.sorts);
        this.page = builder.page;
        this.perPage = builder.perPage;
    }

    /** The sort keys, first key first ({@code sort}); empty for the API's default order. */
    public final List<Sort<F>> sorts() {
        return sorts;
    }

    /** The page to fetch ({@code page}, from 1); {@code null} for the first. */
    public final @Nullable Long page() {
        return page;
    }

    /** The page size ({@code per_page}, 1 to 50); {@code null} for the API's default (25). */
    public final @Nullable Integer perPage() {
        return perPage;
    }

    /** The page size a list-all uses: the request's own, else the largest the API accepts (one request per 50). */
    final int listAllPageSize() {
        return perPage != null ? perPage : ApiPreconditions.MAX_PER_PAGE;
    }

    /** Adds this request's filters to the query, in the order the specification lists them. */
    abstract void addFilters(MultiValueMap<String, String> query);

    /** The query parameters: sort keys, filters, then page and page size; multi-valued ones repeated. */
    final MultiValueMap<String, String> toQuery() {
        MultiValueMap<String, String> query = new LinkedMultiValueMap<>();
        addAll(query, "sort", sorts.stream().map(Sort::value).toList());
        addFilters(query);
        add(query, "page", page);
        add(query, "per_page", perPage);
        return query;
    }

    /** Adds one value, unless it is {@code null}. */
    static void add(MultiValueMap<String, String> query, String name, @Nullable Object value) {
        if (value != null) {
            query.add(name, String.valueOf(value));
        }
    }

    /** Adds each value as a repeated parameter. */
    static void addAll(MultiValueMap<String, String> query, String name, Collection<?> values) {
        values.forEach(value -> add(query, name, value));
    }

    /** Whether {@code other} is a request of the same kind that sends the same query. */
    @Override
    public final boolean equals(@Nullable Object other) {
        return other != null && other.getClass() == getClass() && toQuery().equals(((ListRequest<?>) other).toQuery());
    }

    /** A hash of the query this request sends. */
    @Override
    public final int hashCode() {
        return toQuery().hashCode();
    }

    /** The request as its query, not percent-encoded, e.g. {@code ImageListRequest[type=snapshot]}. */
    @Override
    public final String toString() {
        StringBuilder text = new StringBuilder(getClass().getSimpleName()).append('[');
        String separator = "";
        for (var entry : toQuery().entrySet()) {
            for (String value : entry.getValue()) {
                text.append(separator).append(entry.getKey()).append('=').append(value);
                separator = "&";
            }
        }
        return text.append(']').toString();
    }
}
