package io.github.hetznerimages.client;

import io.github.hetznerimages.Page;
import java.util.Collections;
import java.util.Iterator;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.Executor;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.function.Consumer;

/**
 * The items of every page, fetched lazily and at most one page ahead of the consumer. Page 1 is fetched on the
 * consumer's thread when the first item is asked for. When the consumer takes the first item of page {@code n},
 * page {@code n + 1} starts loading on a background thread, so that it is usually there when page {@code n} is
 * used up. {@link #close()} cancels that fetch. Every answer is checked by a {@link PageSequence}, so pages that
 * contradict each other end the stream instead of looping. Used from one thread at a time, like every spliterator.
 *
 * @param <T> the item type
 */
final class PrefetchingPageSpliterator<T> extends Spliterators.AbstractSpliterator<T> implements AutoCloseable {

    private final PageFetcher<T> fetcher;
    private final PageSequence sequence;
    private Iterator<T> items = Collections.emptyIterator();
    /** The page to read next, {@code 0} when the list has ended. */
    private long nextPage = 1;

    private boolean pageJustArrived;
    private final Executor executor;
    private Future<Page<T>> prefetch;
    private volatile boolean closed;

    PrefetchingPageSpliterator(PageFetcher<T> fetcher, Executor executor) {
        super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
        this.fetcher = fetcher;
        this.executor = executor;
        this.sequence = new PageSequence(fetcher.path());
    }

    @Override
    public boolean tryAdvance(Consumer<? super T> action) {
        if (closed) {
            throw new IllegalStateException("the stream of pages is closed");
        }
        while (!items.hasNext()) {
            if (nextPage == 0) {
                return false;
            }
            long current = nextPage;
            Page<T> page = nextPageResult();
            items = page.items().iterator();
            nextPage = sequence.follow(current, page);
            pageJustArrived = true;
        }
        T item = items.next();
        if (pageJustArrived) {
            pageJustArrived = false;
            startPrefetch();
        }
        action.accept(item);
        return true;
    }

    /** Cancels the page being fetched in the background, if any; the stream can no longer be used. */
    @Override
    public void close() {
        closed = true;
        Future<Page<T>> pending = prefetch;
        if (pending != null) {
            pending.cancel(true);
        }
    }

    private Page<T> nextPageResult() {
        Future<Page<T>> pending = prefetch;
        if (pending == null) {
            return sequence.fetch(fetcher, nextPage);
        }
        prefetch = null;
        try {
            return PagingThreads.await(pending, sequence);
        } catch (InterruptedException ex) {
            pending.cancel(true);
            Thread.currentThread().interrupt();
            throw sequence.interrupted(ex);
        }
    }

    private void startPrefetch() {
        if (nextPage == 0 || closed) {
            return;
        }
        long page = nextPage;
        FutureTask<Page<T>> task = new FutureTask<>(() -> sequence.fetch(fetcher, page));
        prefetch = task;
        executor.execute(task);
    }
}
