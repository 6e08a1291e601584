package io.github.hetznerimages.client;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.function.IntSupplier;

/**
 * Fetches a known range of pages with several requests in flight and returns them in page order. How many may be
 * in flight is asked again before each request: at most {@code maxInFlight}, and no more than the rate-limit
 * budget allows (at least one, so the work always moves on; the client itself waits when the bucket is empty).
 * The first failure cancels the pages still in flight and is thrown as it was thrown. One use per call.
 *
 * @param <T> the item type
 */
final class ConcurrentPageCollector<T> {

    private final PageFetcher<T> fetcher;
    private final int maxInFlight;
    private final IntSupplier rateLimitBudget;

    /**
     * @param fetcher fetches one page
     * @param maxInFlight the most requests in flight at once, at least 1
     * @param rateLimitBudget how many requests the rate limit allows now
     */
    ConcurrentPageCollector(PageFetcher<T> fetcher, int maxInFlight, IntSupplier rateLimitBudget) {
        this.fetcher = fetcher;
        this.maxInFlight = maxInFlight;
        this.rateLimitBudget = rateLimitBudget;
    }

    /**
     * Fetches pages {@code first..last} (both included), each exactly once.
     *
     * @return the pages, in page order
     * @throws InterruptedException when the calling thread is interrupted while waiting (the fetches in flight are
     *     cancelled)
     */
    List<PageResult<T>> fetch(long first, long last) throws InterruptedException {
        long count = last - first + 1;
        List<PageResult<T>> pages = new ArrayList<>();
        ExecutorService pool = PagingThreads.newPool((int) Math.min(maxInFlight, count));
        try {
            CompletionService<Fetched<T>> done = new ExecutorCompletionService<>(pool);
            int inFlight = 0;
            while (pages.size() < count || inFlight > 0) {
                while (pages.size() < count && inFlight < allowedInFlight()) {
                    long page = first + pages.size();
                    pages.add(null);
                    done.submit(() -> new Fetched<>(page, fetcher.fetch(page)));
                    inFlight++;
                }
                Fetched<T> fetched = PagingThreads.await(done.take());
                inFlight--;
                pages.set(Math.toIntExact(fetched.page() - first), fetched.result());
            }
            return pages;
        } finally {
            pool.shutdownNow();
        }
    }

    private int allowedInFlight() {
        return Math.min(maxInFlight, Math.max(1, rateLimitBudget.getAsInt()));
    }

    private record Fetched<T>(long page, PageResult<T> result) {}
}
