package io.github.hetznerimages;

import org.jspecify.annotations.Nullable;

/**
 * The paging state of one page of a list answer ({@code meta.pagination}). Follow {@link #nextPage()} while
 * {@link #hasNext()}; {@link #lastPage()} and {@link #totalEntries()} may be unknown.
 *
 * @param page this page's number, from 1
 * @param perPage the page size the API used
 * @param previousPage the previous page's number, {@code null} on the first page
 * @param nextPage the next page's number, {@code null} (or {@code 0} from some servers) on the last page
 * @param lastPage the last page's number, {@code null} when unknown
 * @param totalEntries the number of entries on all pages, {@code null} when unknown
 */
public record Pagination(
        long page,
        long perPage,
        @Nullable Long previousPage,
        @Nullable Long nextPage,
        @Nullable Long lastPage,
        @Nullable Long totalEntries) {

    /**
     * Whether a next page exists: {@code next_page} is a page number, not {@code null} or {@code 0} (which some
     * servers send instead of {@code null}).
     */
    public boolean hasNext() {
        return nextPage != null && nextPage > 0;
    }
}
