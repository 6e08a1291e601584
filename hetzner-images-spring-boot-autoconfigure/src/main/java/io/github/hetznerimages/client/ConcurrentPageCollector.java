package io.github.hetznerimages.client;

import io.github.hetznerimages.Page;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.FutureTask;
import java.util.concurrent.Semaphore;
import java.util.function.IntSupplier;

/**
 * Fetches a known range of pages with several requests in flight and returns them in page order. How many may be
 * in flight is asked again before each request: at most {@code maxInFlight}, and no more than the rate-limit
 * budget allows (at least one, so the work always moves on; the client itself waits when the bucket is empty).
 * Each answer is checked by the walk's {@link PageSequence} on the thread that fetched it. The first failure
 * (an exception, an inconsistent answer or an {@link Error}) cancels the pages still in flight and is thrown on the
 * caller's thread as it was thrown. One use per call.
 *
 * <p>A finished fetch wakes the caller through a semaphore released after its outcome is set, which allocates
 * nothing: even an {@link OutOfMemoryError} in a worker reaches the caller instead of leaving it waiting.
 *
 * @param <T> the item type
 */
final class ConcurrentPageCollector<T> {

    private final PageSequence sequence;
    private final PageFetcher<T> fetcher;
    private final int maxInFlight;
    private final IntSupplier rateLimitBudget;
    private final Executor executor;

    /**
     * @param sequence the walk the pages belong to, which checks each answer
     * @param fetcher fetches one page
     * @param maxInFlight the most requests in flight at once, at least 1
     * @param rateLimitBudget how many requests the rate limit allows now
     * @param executor runs the fetches
     */
    ConcurrentPageCollector(
            PageSequence sequence,
            PageFetcher<T> fetcher,
            int maxInFlight,
            IntSupplier rateLimitBudget,
            Executor executor) {
        this.sequence = sequence;
        this.fetcher = fetcher;
        this.maxInFlight = maxInFlight;
        this.rateLimitBudget = rateLimitBudget;
        this.executor = executor;
    }

    /**
     * Fetches pages {@code first..last} (both included), each exactly once.
     *
     * @return the pages, in page order
     * @throws InterruptedException when the calling thread is interrupted while waiting (the fetches in flight are
     *     cancelled)
     */
    List<Page<T>> fetch(long first, long last) throws InterruptedException {
        long count = last - first + 1;
        List<Page<T>> pages = new ArrayList<>();
        List<PageTask> inFlight = new ArrayList<>();
        Semaphore finished = new Semaphore(0);
        try {
            while (pages.size() < count || !inFlight.isEmpty()) {
                while (pages.size() < count && inFlight.size() < allowedInFlight()) {
                    PageTask task = new PageTask(first + pages.size(), finished);
                    pages.add(null);
                    inFlight.add(task);
                    executor.execute(task);
                }
                finished.acquire();
                collectFinished(inFlight, pages, first);
            }
            return pages;
        } finally {
            inFlight.forEach(task -> task.cancel(true));
        }
    }

    private void collectFinished(List<PageTask> inFlight, List<Page<T>> pages, long first) throws InterruptedException {
        for (Iterator<PageTask> tasks = inFlight.iterator(); tasks.hasNext(); ) {
            PageTask task = tasks.next();
            if (task.isDone()) {
                tasks.remove();
                pages.set(Math.toIntExact(task.page - first), PagingThreads.await(task, sequence));
            }
        }
    }

    private int allowedInFlight() {
        return Math.min(maxInFlight, Math.max(1, rateLimitBudget.getAsInt()));
    }

    /** The fetch of one page; releases {@code finished} once its outcome is set, whatever the outcome. */
    private final class PageTask extends FutureTask<Page<T>> {

        private final long page;
        private final Semaphore finished;

        PageTask(long page, Semaphore finished) {
            super(() -> {
                Page<T> result = sequence.fetch(fetcher, page);
                sequence.nextOf(page, result);
                return result;
            });
            this.page = page;
            this.finished = finished;
        }

        @Override
        protected void done() {
            finished.release();
        }
    }
}
