package io.github.hetznerimages.client;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A response body read on the caller's terms: an interrupt ends a read at once on every JDK, and, for the bodies of
 * the client's own {@link JdkRequestFactory}, so does the read time-out.
 *
 * <p>A read that may block (the stream has no bytes {@link InputStream#available() available}) runs on a shared
 * helper thread while the caller waits interruptibly, and, with a deadline, no longer than the time left; an
 * interrupt or the deadline closes the body. A read of bytes that already arrived is direct: the bodies of the API
 * are small and mostly arrive with their headers, so most reads need no hand-off. Once as many bytes as the answer
 * announced ({@code Content-Length}) are read, the read that finds the end is direct too: the JDK marks the end
 * right after the last bytes, and reading it lets the connection carry the next request. Without a deadline (another
 * request factory, which bounds its bodies itself), blocking reads are handed off only where the JDK
 * {@code HttpClient} swallows an interrupt during a body read (JDK 17 to 19, JDK-8294047).
 *
 * <p>A read that fails once the read time-out has passed since the request started is reported as a
 * {@link SocketTimeoutException}: another request factory may close the body when its time-out fires, which
 * otherwise looks like a lost connection. A runtime exception from the body's stream becomes an
 * {@link IOException}. Not thread-safe: one caller reads it.
 */
final class InterruptibleBody extends InputStream {

    /** Whether blocking reads of other factories' bodies go through a helper thread (JDK 17 to 19). */
    private static final boolean HAND_OFF = Runtime.version().feature() < 20;

    private static final int MAX_HAND_OFF_READ = 64 * 1024;
    private static final AtomicInteger THREADS = new AtomicInteger();
    private static final ExecutorService READERS = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "hetzner-body-reader-" + THREADS.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    });

    private final InputStream body;
    private final long startedNanos;
    private final long readTimeoutNanos;
    private final boolean deadline;
    private long unread;

    private InterruptibleBody(
            InputStream body, long startedNanos, long readTimeoutNanos, boolean deadline, long length) {
        this.body = body;
        this.startedNanos = startedNanos;
        this.readTimeoutNanos = readTimeoutNanos;
        this.deadline = deadline;
        this.unread = length;
    }

    /**
     * The body of another request factory's answer (or {@code body} itself when it already is one of these).
     *
     * @param body the answer's body
     * @param startedNanos {@link System#nanoTime()} when the request was sent
     * @param readTimeoutNanos the read time-out of the request factory, {@link Long#MAX_VALUE} when unknown
     */
    static InterruptibleBody of(InputStream body, long startedNanos, long readTimeoutNanos) {
        return body instanceof InterruptibleBody own
                ? own
                : new InterruptibleBody(body, startedNanos, readTimeoutNanos, false, -1);
    }

    /**
     * A body that must arrive whole within {@code readTimeoutNanos} of {@code startedNanos}: a read still waiting
     * then closes the body and fails with a {@link SocketTimeoutException}.
     *
     * @param length the body's length in bytes when the answer says it ({@code Content-Length}), else {@code -1}:
     *     once that many bytes are read, the body ends without waiting for the stream to say so
     */
    static InterruptibleBody withDeadline(InputStream body, long startedNanos, long readTimeoutNanos, long length) {
        return new InterruptibleBody(body, startedNanos, readTimeoutNanos, true, length);
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int read = read(one, 0, 1);
        return read < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] bytes, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (Thread.currentThread().isInterrupted()) {
            closeQuietly();
            throw new InterruptedIOException("interrupted while reading the answer");
        }
        try {
            int read = (deadline || HAND_OFF) && unread != 0 && body.available() <= 0
                    ? handOff(bytes, offset, length)
                    : body.read(bytes, offset, length);
            if (read > 0 && unread > 0) {
                unread = Math.max(0, unread - read);
            }
            return read;
        } catch (InterruptedIOException ex) {
            throw ex;
        } catch (IOException ex) {
            throw timedOut() ? timeout(ex) : ex;
        } catch (RuntimeException ex) {
            // e.g. the JDK's GZIPInputStream read after the request factory closed it on time-out
            IOException broken = new IOException("the body could not be read", ex);
            throw timedOut() ? timeout(broken) : broken;
        }
    }

    @Override
    public int available() throws IOException {
        return body.available();
    }

    @Override
    public void close() throws IOException {
        body.close();
    }

    private int handOff(byte[] bytes, int offset, int length) throws IOException {
        byte[] own = new byte[Math.min(length, MAX_HAND_OFF_READ)];
        Future<Integer> read = READERS.submit(() -> body.read(own, 0, own.length));
        try {
            int count = deadline ? read.get(remainingNanos(), TimeUnit.NANOSECONDS) : read.get();
            if (count > 0) {
                System.arraycopy(own, 0, bytes, offset, count);
            }
            return count;
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            abandon(read);
            InterruptedIOException interrupted = new InterruptedIOException("interrupted while reading the answer");
            interrupted.initCause(ex);
            throw interrupted;
        } catch (TimeoutException ex) {
            abandon(read);
            throw timeout(new IOException("no more of the body arrived", ex));
        } catch (ExecutionException ex) {
            Throwable cause = ex.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IOException(cause);
        }
    }

    private long remainingNanos() {
        return Math.max(0, readTimeoutNanos - (System.nanoTime() - startedNanos));
    }

    private void abandon(Future<Integer> read) {
        closeQuietly();
        read.cancel(true);
    }

    private boolean timedOut() {
        return System.nanoTime() - startedNanos >= readTimeoutNanos;
    }

    private static SocketTimeoutException timeout(IOException cause) {
        SocketTimeoutException timeout = new SocketTimeoutException("the read time-out passed while the body was read");
        timeout.initCause(cause);
        return timeout;
    }

    private void closeQuietly() {
        try {
            body.close();
        } catch (IOException | RuntimeException ignored) {
            // the read is abandoned either way
        }
    }
}
