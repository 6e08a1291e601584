package io.github.hetznerimages.client;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Walks every page of a list: {@link #fetchAll} collects all items, {@link #stream} fetches pages lazily as the
 * stream is consumed. Follows {@code next_page} until it is absent, so no item is lost or duplicated when the API
 * does not report the last page. One instance per {@link HetznerClient}, thread-safe.
 */
public final class Paging {

    /** The largest page size the API accepts (stated in the API's documentation, not its schema). */
    public static final int MAX_PAGE_SIZE = 50;

    private final int concurrency;

    /**
     * Creates the pager.
     *
     * @param concurrency how many pages {@link #fetchAll} may fetch at once, at least 1
     */
    public Paging(int concurrency) {
        if (concurrency < 1) {
            throw new IllegalArgumentException("paging concurrency must be at least 1, was " + concurrency);
        }
        this.concurrency = concurrency;
    }

    /** How many pages {@link #fetchAll} may fetch at once. */
    public int concurrency() {
        return concurrency;
    }

    /** Fetches every page, in order, and returns all items. */
    public <T> List<T> fetchAll(PageFetcher<T> fetcher) {
        List<T> all = new ArrayList<>();
        stream(fetcher).forEach(all::add);
        return all;
    }

    /** A lazy stream over every item; page {@code n + 1} is fetched only when page {@code n} is used up. */
    public <T> Stream<T> stream(PageFetcher<T> fetcher) {
        Iterator<T> items = new PageIterator<>(fetcher);
        return StreamSupport.stream(
                Spliterators.spliteratorUnknownSize(items, Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    private static final class PageIterator<T> implements Iterator<T> {

        private final PageFetcher<T> fetcher;
        private Iterator<T> current = Collections.emptyIterator();
        private Long nextPage = 1L;

        PageIterator(PageFetcher<T> fetcher) {
            this.fetcher = fetcher;
        }

        @Override
        public boolean hasNext() {
            while (!current.hasNext() && nextPage != null) {
                PageResult<T> page = fetcher.fetch(nextPage);
                current = page.items().iterator();
                nextPage = page.hasNext() ? page.pagination().nextPage() : null;
            }
            return current.hasNext();
        }

        @Override
        public T next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return current.next();
        }
    }
}
