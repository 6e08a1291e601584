package io.github.hetznerimages.testsupport;

import io.github.hetznerimages.client.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A {@link Sleeper} and a {@link Clock} on one time line: sleeping returns at once but moves the clock forward by
 * the time slept, so back-off schedules and time limits are tested without real waiting. Refuses to sleep on an
 * interrupted thread, like {@link Thread#sleep}. Thread-safe.
 */
public final class FakeTime implements Sleeper {

    /** The start of the time line unless a test gives another. */
    public static final Instant DEFAULT_START = Instant.parse("2026-07-08T10:00:00Z");

    private final Instant start;
    private final AtomicReference<Instant> now;
    private final List<Duration> sleeps = new CopyOnWriteArrayList<>();

    /** A time line starting at {@code start}. */
    public FakeTime(Instant start) {
        this.start = start;
        this.now = new AtomicReference<>(start);
    }

    /** A time line starting at {@link #DEFAULT_START}. */
    public FakeTime() {
        this(DEFAULT_START);
    }

    @Override
    public void sleep(Duration duration) throws InterruptedException {
        if (Thread.currentThread().isInterrupted()) {
            throw new InterruptedException("interrupted before sleeping");
        }
        sleeps.add(duration);
        advance(duration);
    }

    /** Moves the clock on without a sleep being recorded, e.g. for work that takes time. */
    public void advance(Duration duration) {
        now.updateAndGet(current -> current.plus(duration));
    }

    /** Every wait requested so far, in order. */
    public List<Duration> sleeps() {
        return List.copyOf(sleeps);
    }

    /** The time passed since the start. */
    public Duration elapsed() {
        return Duration.between(start, now.get());
    }

    /** The clock that reads this time line (UTC). */
    public Clock clock() {
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now.get();
            }
        };
    }
}
