package io.github.hetznerimages.bench;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.Locale;

/**
 * What one fresh-JVM run measured, printed as one {@code RESULT key=value ...} line on standard output for
 * {@link FreshJvmBenchmark} to read. Times are wall-clock milliseconds from {@link System#nanoTime()}; keys ending in
 * {@code CpuMs} are the process's CPU time over the same span ({@link #cpuNanos()}).
 */
final class FreshJvmReport {

    private final long mainStartedNanos;
    private final StringBuilder line = new StringBuilder("RESULT");

    /** Starts the report at the top of {@code main}. */
    FreshJvmReport(long mainStartedNanos) {
        this.mainStartedNanos = mainStartedNanos;
    }

    /** Adds one measured value. */
    FreshJvmReport put(String key, double value) {
        line.append(' ').append(key).append('=').append(String.format(Locale.ROOT, "%.3f", value));
        return this;
    }

    /**
     * Adds the times of a series of calls: the first, the sum, and the median of the others.
     *
     * @param prefix the key prefix, e.g. {@code retrieve}
     * @param nanos the duration of each call in order
     */
    FreshJvmReport putCalls(String prefix, long[] nanos) {
        long total = Arrays.stream(nanos).sum();
        long[] rest = Arrays.copyOfRange(nanos, 1, nanos.length);
        Arrays.sort(rest);
        return put(prefix + "FirstMs", millis(nanos[0]))
                .put(prefix + "TotalMs", millis(total))
                .put(prefix + "RestMedianMs", rest.length == 0 ? 0 : millis(rest[rest.length / 2]));
    }

    /** Prints the line, with the JVM's own start-up (JVM start to {@code main}) added. */
    void print() {
        long sinceMain = System.nanoTime() - mainStartedNanos;
        double uptime = ManagementFactory.getRuntimeMXBean().getUptime();
        put("jvmToMainMs", Math.max(0, uptime - millis(sinceMain)));
        System.out.println(line);
        System.out.flush();
    }

    /**
     * The CPU time the whole process used so far (every thread: the caller, the HTTP client's, the JIT compiler's and
     * the garbage collector's), in nanoseconds; read from the OS in clock ticks (10 ms here). Unlike wall-clock time
     * it hardly depends on what else the machine runs, so it stays meaningful on a shared machine.
     */
    static long cpuNanos() {
        return ProcessHandle.current()
                .info()
                .totalCpuDuration()
                .map(java.time.Duration::toNanos)
                .orElse(-1L);
    }

    static double millis(long nanos) {
        return nanos / 1e6;
    }
}
