package io.github.hetznerimages.images;

import io.github.hetznerimages.client.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A {@link Sleeper} and a {@link Clock} in one: sleeping returns at once but moves the clock forward by the time
 * slept, so time limits can be tested without real waiting. Refuses to sleep on an interrupted thread, like
 * {@link Thread#sleep}.
 */
final class FakeTime implements Sleeper {

    private final Instant start;
    private final List<Duration> sleeps = new CopyOnWriteArrayList<>();
    private volatile Duration elapsed = Duration.ZERO;

    FakeTime(Instant start) {
        this.start = start;
    }

    FakeTime() {
        this(Instant.parse("2026-07-08T10:00:00Z"));
    }

    @Override
    public void sleep(Duration duration) throws InterruptedException {
        if (Thread.currentThread().isInterrupted()) {
            throw new InterruptedException("interrupted before sleeping");
        }
        sleeps.add(duration);
        elapsed = elapsed.plus(duration);
    }

    /** Every wait requested so far, in order. */
    List<Duration> sleeps() {
        return List.copyOf(sleeps);
    }

    /** The time slept so far. */
    Duration elapsed() {
        return elapsed;
    }

    /** A clock that reads the start plus the time slept. */
    Clock clock() {
        return new FakeClock(ZoneOffset.UTC);
    }

    private final class FakeClock extends Clock {

        private final ZoneId zone;

        FakeClock(ZoneId zone) {
            this.zone = zone;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId newZone) {
            return new FakeClock(newZone);
        }

        @Override
        public Instant instant() {
            return start.plus(elapsed);
        }
    }
}
