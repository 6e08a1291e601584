package io.github.hetznerimages.client;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A response body read on the caller's terms, so that an interrupt ends the read at once on every JDK. JDK 17 to 19
 * swallow an interrupt inside the JDK {@code HttpClient}'s blocking body read (JDK-8294047, fixed in JDK 20), so
 * there each read runs on a shared helper thread while the caller waits interruptibly, and an interrupt closes the
 * body. From JDK 20 on the JDK itself closes the body and keeps the flag, and reads are direct (no hand-off).
 *
 * <p>A read that fails once the read time-out has passed since the request started is reported as a
 * {@link SocketTimeoutException}: the JDK request factory closes the body when its time-out fires, which otherwise
 * looks like a lost connection. A runtime exception from the body's stream becomes an {@link IOException}. Not
 * thread-safe: one caller reads it.
 */
final class InterruptibleBody extends InputStream {

    /** Whether reads go through a helper thread: only where the JDK loses interrupts during body reads. */
    static final boolean HAND_OFF = Runtime.version().feature() < 20;

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

    /**
     * @param body the answer's body
     * @param startedNanos {@link System#nanoTime()} when the request was sent
     * @param readTimeoutNanos the read time-out of the request factory, {@link Long#MAX_VALUE} when unknown
     */
    InterruptibleBody(InputStream body, long startedNanos, long readTimeoutNanos) {
        this.body = body;
        this.startedNanos = startedNanos;
        this.readTimeoutNanos = readTimeoutNanos;
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
            return HAND_OFF ? handOff(bytes, offset, length) : body.read(bytes, offset, length);
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
            int count = read.get();
            if (count > 0) {
                System.arraycopy(own, 0, bytes, offset, count);
            }
            return count;
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            closeQuietly();
            read.cancel(true);
            InterruptedIOException interrupted = new InterruptedIOException("interrupted while reading the answer");
            interrupted.initCause(ex);
            throw interrupted;
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
