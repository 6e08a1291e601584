package io.github.hetznerimages.client;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

/** A clock and a sleeper that share one time line: sleeping returns at once but moves the clock on. */
final class FakeTime implements Sleeper {

    private final AtomicReference<Instant> now;
    private final List<Duration> sleeps = new CopyOnWriteArrayList<>();

    FakeTime(Instant start) {
        this.now = new AtomicReference<>(start);
    }

    @Override
    public void sleep(Duration duration) {
        sleeps.add(duration);
        now.updateAndGet(current -> current.plus(duration));
    }

    /** Every wait so far, in order. */
    List<Duration> sleeps() {
        return List.copyOf(sleeps);
    }

    /** The clock that the sleeps move on. */
    Clock clock() {
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
