package io.github.hetznerimages.client;

import io.github.hetznerimages.Page;
import java.util.Objects;

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
    Page<T> fetch(long page);

    /**
     * The path template of the list, e.g. {@code /images}, which {@link Paging} names when the pages contradict
     * each other or the call is interrupted. A lambda leaves it at {@code /}; use {@link #of(String, PageFetcher)}.
     */
    default String path() {
        return "/";
    }

    /**
     * A fetcher of the list at {@code path} ({@code GET path?page=N}).
     *
     * @param path the path template of the list, e.g. {@code /images}
     * @param pages fetches one page
     */
    static <T> PageFetcher<T> of(String path, PageFetcher<T> pages) {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(pages, "pages");
        return new PageFetcher<>() {
            @Override
            public Page<T> fetch(long page) {
                return pages.fetch(page);
            }

            @Override
            public String path() {
                return path;
            }
        };
    }
}
