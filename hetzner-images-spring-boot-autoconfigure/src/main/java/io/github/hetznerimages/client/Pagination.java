package io.github.hetznerimages.client;

import java.util.OptionalLong;

/**
 * The paging state of one page of a list answer ({@code meta.pagination}). Follow {@link #next()} until it is
 * empty; {@link #lastPage()} and {@link #totalEntries()} may be unknown.
 *
 * @param page this page's number, from 1
 * @param perPage the page size the API used
 * @param previousPage the previous page's number, {@code null} on the first page
 * @param nextPage the next page's number, {@code null} (or {@code 0} from some servers) on the last page
 * @param lastPage the last page's number, {@code null} when unknown
 * @param totalEntries the number of entries on all pages, {@code null} when unknown
 */
public record Pagination(long page, long perPage, Long previousPage, Long nextPage, Long lastPage, Long totalEntries) {

    /** The previous page's number, empty on the first page. */
    public OptionalLong previous() {
        return optional(previousPage);
    }

    /**
     * The next page's number, empty on the last page. A {@code next_page} of {@code 0}, which some servers send
     * instead of {@code null}, counts as none too.
     */
    public OptionalLong next() {
        return hasNext() ? OptionalLong.of(nextPage) : OptionalLong.empty();
    }

    /** The last page's number, empty when the API did not say. */
    public OptionalLong last() {
        return optional(lastPage);
    }

    /** The number of entries on all pages, empty when the API did not say. */
    public OptionalLong total() {
        return optional(totalEntries);
    }

    /** Whether a next page exists: {@code next_page} is a page number, not {@code null} or {@code 0}. */
    public boolean hasNext() {
        return nextPage != null && nextPage > 0;
    }

    private static OptionalLong optional(Long value) {
        return value == null ? OptionalLong.empty() : OptionalLong.of(value);
    }
}
