package io.github.hetznerimages.client;

/**
 * Fetches one page of a list by number; {@link Paging} calls it to walk all pages.
 *
 * @param <T> the item type
 */
@FunctionalInterface
interface PageFetcher<T> {

    /**
     * Fetches the page with this number.
     *
     * @param page the page number, from 1
     */
    PageResult<T> fetch(long page);
}
