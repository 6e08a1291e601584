package io.github.hetznerimages.client;

import io.github.hetznerimages.error.HetznerException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads that fetch pages in the background: daemon threads named {@code hetzner-paging-N}, in small pools
 * owned by one call (shut down when the call ends) whose idle threads also end on their own, so that a pool
 * nobody shuts down (an abandoned stream) leaks no thread. Also turns a failed page back into the exception the
 * fetch threw, on the thread that waits for it.
 */
final class PagingThreads {

    /** How long an idle paging thread lives before it ends. */
    static final long KEEP_ALIVE_SECONDS = 5;

    private static final AtomicInteger NUMBER = new AtomicInteger();

    private static final ThreadFactory FACTORY = task -> {
        Thread thread = new Thread(task, "hetzner-paging-" + NUMBER.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    };

    private PagingThreads() {}

    /** A pool of at most {@code threads} daemon threads that end after a few idle seconds. */
    static ExecutorService newPool(int threads) {
        ThreadPoolExecutor pool = new ThreadPoolExecutor(
                threads, threads, KEEP_ALIVE_SECONDS, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), FACTORY);
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }

    /**
     * The page a finished fetch returned, or the very exception or error it threw (a {@link HetznerException} or an
     * {@link Error} such as {@link OutOfMemoryError}, not an {@link ExecutionException} around it), thrown on the
     * waiting thread.
     *
     * @param sequence the walk the page belongs to, which names a checked exception a fetch sneaked out
     * @throws InterruptedException when the calling thread is interrupted while waiting
     */
    static <V> V await(Future<V> future, PageSequence sequence) throws InterruptedException {
        try {
            return future.get();
        } catch (ExecutionException ex) {
            Throwable cause = ex.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw sequence.failed(cause);
        }
    }
}
