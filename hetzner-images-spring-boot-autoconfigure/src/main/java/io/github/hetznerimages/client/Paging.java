package io.github.hetznerimages.client;

import io.github.hetznerimages.Page;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Walks every page of a list. {@link #fetchAll} collects all items, fetching the pages after the first one
 * concurrently; {@link #stream} fetches pages lazily, one page ahead of the consumer. Both keep the API's order
 * and send one request per page, no more. One instance per {@link HetznerClient}, thread-safe.
 *
 */
final class Paging {

    private final int concurrency;
    private final RateLimitTracker rateLimits;
    private final Clock clock;
    private final Executor executor;

    /**
     * Creates a pager that knows no rate-limit state (it trusts the concurrency alone) and fetches on daemon
     * threads; for tests. The client uses {@link #Paging(int, RateLimitTracker, Clock, Executor)}.
     *
     * @param concurrency how many pages {@link #fetchAll} may fetch at once, at least 1
     */
    Paging(int concurrency) {
        this(concurrency, new RateLimitTracker(), Clock.systemUTC(), PagingThreads.DAEMON_THREADS);
    }

    /**
     * Creates the pager of a client.
     *
     * @param concurrency how many pages {@link #fetchAll} may fetch at once, at least 1
     * @param rateLimits the client's rate-limit state: {@link #fetchAll} never has more requests in flight than
     *     it says the bucket holds
     * @param clock the client's clock, to estimate the bucket's refill
     * @param executor runs the background fetches
     */
    Paging(int concurrency, RateLimitTracker rateLimits, Clock clock, Executor executor) {
        if (concurrency < 1) {
            throw new IllegalArgumentException("paging concurrency must be at least 1, was " + concurrency);
        }
        this.concurrency = concurrency;
        this.rateLimits = Objects.requireNonNull(rateLimits, "rateLimits");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.executor = Objects.requireNonNull(executor, "executor");
    }

    /** How many pages {@link #fetchAll} may fetch at once. */
    int concurrency() {
        return concurrency;
    }

    /**
     * Fetches every page and returns all items in the API's order. Page 1 is fetched first; when it tells the
     * last page, the others are fetched concurrently, at most {@link #concurrency()} at once and never more than
     * the rate-limit bucket holds (with a full bucket and the default ceiling of 16, 2,000 images take about a third
     * of the time of one page after the other in a fresh JVM). When the last page is unknown, or the list grew meanwhile,
     * pages are followed one after the other by their {@code next_page}. Each page is requested exactly once;
     * the background fetches run on the client's paging executor (see {@link PagingThreads}).
     *
     * <p>The pages are checked as they arrive: an answer that is not the page asked for, or whose
     * {@code next_page} points back to a page already requested or past its {@code last_page}, ends the call, so a
     * server whose pages never advance cannot make it loop. {@code next_page} {@code null} or {@code 0} ends the
     * list.
     *
     * @throws io.github.hetznerimages.error.HetznerException the exception the failing page's fetch threw (the
     *     pages still in flight are cancelled; an {@link Error} in a background thread is rethrown as it is)
     * @throws io.github.hetznerimages.error.TransporterException with reason {@code INCONSISTENT_ANSWER} when the
     *     pages contradict each other, or {@code INTERRUPTED} when the calling thread is interrupted while waiting
     *     (its interrupt flag stays set)
     */
    <T> List<T> fetchAll(PageFetcher<T> fetcher) {
        Objects.requireNonNull(fetcher, "fetcher");
        PageSequence sequence = new PageSequence(fetcher.path());
        Page<T> page = sequence.fetch(fetcher, 1);
        List<T> all = new ArrayList<>(page.items());
        long next = sequence.follow(1, page);
        long lastPage = next == 2 ? knownLastPage(page) : 0;
        if (concurrency > 1 && lastPage > 2) {
            List<Page<T>> rest = fetchConcurrently(sequence, fetcher, lastPage);
            rest.forEach(result -> all.addAll(result.items()));
            next = sequence.follow(lastPage, rest.get(rest.size() - 1));
        }
        while (next != 0) {
            long current = next;
            page = sequence.fetch(fetcher, current);
            all.addAll(page.items());
            next = sequence.follow(current, page);
        }
        return all;
    }

    /**
     * A lazy stream over every item in the API's order. Nothing is fetched before the first item is asked for;
     * then the stream stays at most one page ahead of the consumer: when the consumer takes the first item of page
     * {@code n}, page {@code n + 1} is fetched on a background thread, so a consumer that works on each item
     * rarely waits for a round trip. A failed page throws its exception when the consumer reaches it. The pages
     * are checked as in {@link #fetchAll}: pages that contradict each other end the stream with a
     * {@link io.github.hetznerimages.error.TransporterException} ({@code INCONSISTENT_ANSWER}), and a consumer
     * interrupted while waiting for a page gets one with reason {@code INTERRUPTED}, its interrupt flag kept.
     *
     * <p>Close the stream (try-with-resources) when you stop early, e.g. after {@code limit(...)} or
     * {@code findFirst()}: closing cancels the page being fetched ahead. A stream read to its end needs no close;
     * an abandoned one leaks nothing (no thread outlives its fetch) but may cost one extra request.
     */
    <T> Stream<T> stream(PageFetcher<T> fetcher) {
        Objects.requireNonNull(fetcher, "fetcher");
        PrefetchingPageSpliterator<T> items = new PrefetchingPageSpliterator<>(fetcher, executor);
        return StreamSupport.stream(items, false).onClose(items::close);
    }

    private <T> List<Page<T>> fetchConcurrently(PageSequence sequence, PageFetcher<T> fetcher, long lastPage) {
        ConcurrentPageCollector<T> collector = new ConcurrentPageCollector<>(
                sequence,
                fetcher,
                concurrency,
                () -> rateLimits.estimatedRemaining(clock.instant(), concurrency),
                executor);
        try {
            return collector.fetch(2, lastPage);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw sequence.interrupted(ex);
        }
    }

    /** The last page's number when page 1 tells it, 0 otherwise. */
    private static long knownLastPage(Page<?> first) {
        Long lastPage = first.pagination().lastPage();
        return lastPage == null ? 0 : lastPage;
    }
}
