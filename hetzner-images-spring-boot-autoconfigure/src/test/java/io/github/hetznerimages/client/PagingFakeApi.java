package io.github.hetznerimages.client;

import io.github.hetznerimages.Page;
import io.github.hetznerimages.Pagination;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * A list of {@code total} numbers {@code 0, 1, 2, ...} served in pages of {@code pageSize}, as a {@link PageFetcher}
 * for the paging tests. It records which pages were requested, on which threads, and how many fetches overlapped;
 * a hook per page can block or fail that page's fetch.
 */
final class PagingFakeApi implements PageFetcher<Integer> {

    /** Runs inside the fetch of one page, before it returns. */
    @FunctionalInterface
    interface Hook {
        void run() throws Exception;
    }

    private final int total;
    private final int pageSize;
    private final boolean tellsLastPage;
    private final Map<Long, Hook> hooks = new HashMap<>();
    private final List<Long> requested = new ArrayList<>();
    private final List<Long> completed = new ArrayList<>();
    private final List<Thread> threads = new ArrayList<>();
    private int inFlight;
    private int maxInFlight;
    private int rendezvous = 1;
    private long fetchMillis;

    PagingFakeApi(int total, int pageSize, boolean tellsLastPage) {
        this.total = total;
        this.pageSize = pageSize;
        this.tellsLastPage = tellsLastPage;
    }

    /** A list whose pages all tell {@code last_page}. */
    static PagingFakeApi of(int total, int pageSize) {
        return new PagingFakeApi(total, pageSize, true);
    }

    /** Runs {@code hook} inside the fetch of {@code page}. */
    PagingFakeApi on(long page, Hook hook) {
        hooks.put(page, hook);
        return this;
    }

    /**
     * Makes each fetch of page 2 and later wait (up to two seconds) until {@code size} fetches are in flight, or as
     * many as pages are left: a pager that allows {@code size} concurrent fetches then reaches exactly that many.
     */
    PagingFakeApi rendezvous(int size) {
        this.rendezvous = size;
        return this;
    }

    /** Makes each fetch take {@code millis} milliseconds, so that fetches a pager allows to overlap do overlap. */
    PagingFakeApi eachFetchTakes(long millis) {
        this.fetchMillis = millis;
        return this;
    }

    /** The number of pages the list has (at least one, which may be empty). */
    long pageCount() {
        return Math.max(1, (total + pageSize - 1) / pageSize);
    }

    @Override
    public Page<Integer> fetch(long page) {
        enter(page);
        try {
            if (fetchMillis > 0) {
                sleep(fetchMillis);
            }
            Hook hook = hooks.get(page);
            if (hook != null) {
                try {
                    hook.run();
                } catch (RuntimeException ex) {
                    throw ex;
                } catch (Exception ex) {
                    throw new IllegalStateException(ex);
                }
            }
            return page(page);
        } finally {
            leave(page);
        }
    }

    private synchronized void enter(long page) {
        requested.add(page);
        threads.add(Thread.currentThread());
        inFlight++;
        maxInFlight = Math.max(maxInFlight, inFlight);
        notifyAll();
        if (page < 2) {
            return;
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(2).toNanos();
        while (inFlight < Math.min(rendezvous, pageCount() - 1 - completedAfterFirst())) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return;
            }
            try {
                wait(Math.max(1, left / 1_000_000));
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }

    private synchronized void leave(long page) {
        inFlight--;
        completed.add(page);
        notifyAll();
    }

    private long completedAfterFirst() {
        return completed.stream().filter(page -> page >= 2).count();
    }

    private Page<Integer> page(long page) {
        int from = (int) Math.min(total, (page - 1) * pageSize);
        int to = (int) Math.min(total, page * pageSize);
        long last = pageCount();
        Long next = page < last ? page + 1 : null;
        Long previous = page > 1 ? page - 1 : null;
        Pagination pagination = new Pagination(
                page, pageSize, previous, next, tellsLastPage ? last : null, tellsLastPage ? (long) total : null);
        return new Page<>(IntStream.range(from, to).boxed().toList(), pagination);
    }

    /** The pages requested so far, in the order the fetches started. */
    synchronized List<Long> requested() {
        return List.copyOf(requested);
    }

    /** The pages whose fetch returned or failed, in that order. */
    synchronized List<Long> completed() {
        return List.copyOf(completed);
    }

    /** The threads the fetches ran on. */
    synchronized List<Thread> threads() {
        return List.copyOf(threads);
    }

    /** The most fetches that were in flight at once. */
    synchronized int maxInFlight() {
        return maxInFlight;
    }

    /** Waits up to two seconds until {@code page} has been requested; whether it was. */
    boolean awaitRequested(long page) throws InterruptedException {
        return await(requested, page);
    }

    /** Waits up to two seconds until the fetch of {@code page} has returned or failed; whether it did. */
    boolean awaitCompleted(long page) throws InterruptedException {
        return await(completed, page);
    }

    private synchronized boolean await(List<Long> pages, long page) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(2).toNanos();
        while (!pages.contains(page)) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return true;
    }

    /** The numbers {@code 0 .. count - 1}, the items a list of {@code count} holds. */
    static List<Integer> numbers(int count) {
        return IntStream.range(0, count).boxed().toList();
    }
}
