package io.github.hetznerimages.client;

import java.time.Duration;

/**
 * Waits between attempts and polls. The default sleeps the calling thread; tests plug in one that records the
 * waits and returns at once, so back-off schedules are asserted without slow tests.
 */
@FunctionalInterface
public interface Sleeper {

    /** Sleeps the calling thread. */
    Sleeper SYSTEM = duration -> {
        if (!duration.isZero() && !duration.isNegative()) {
            Thread.sleep(duration.toMillis(), duration.toNanosPart() % 1_000_000);
        }
    };

    /**
     * Waits for the given time.
     *
     * @throws InterruptedException when the thread is interrupted while waiting
     */
    void sleep(Duration duration) throws InterruptedException;
}
