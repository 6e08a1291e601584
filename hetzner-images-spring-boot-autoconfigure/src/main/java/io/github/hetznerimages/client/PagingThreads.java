package io.github.hetznerimages.client;

import io.github.hetznerimages.error.HetznerException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Where pages are fetched in the background. Unless the application gives an executor (with Spring Boot: virtual
 * threads when {@code spring.threads.virtual.enabled=true}, or a bean of its own), each fetch runs on a new daemon
 * thread named {@code hetzner-paging-N} that ends with the fetch, so an abandoned stream leaks no thread. Also turns
 * a failed page back into the exception the fetch threw, on the thread that waits for it.
 */
final class PagingThreads {

    private static final AtomicInteger NUMBER = new AtomicInteger();

    private static final ThreadFactory FACTORY = task -> {
        Thread thread = new Thread(task, "hetzner-paging-" + NUMBER.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    };

    /** Runs each task on a new daemon thread named {@code hetzner-paging-N}. */
    static final Executor DAEMON_THREADS = task -> FACTORY.newThread(task).start();

    private PagingThreads() {}

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
