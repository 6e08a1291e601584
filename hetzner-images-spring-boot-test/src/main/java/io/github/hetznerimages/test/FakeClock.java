package io.github.hetznerimages.test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * The fake's time: a base clock plus the time tests added with {@link #advance(Duration)}. With a fixed base the
 * fake's time stands still until a test moves it (no real waiting in tests); with the system clock as base it runs
 * like the wall clock (the sample's demo), and can still be moved ahead.
 */
final class FakeClock extends Clock {

    private final Clock base;
    private volatile Duration offset = Duration.ZERO;

    FakeClock(Clock base) {
        this.base = Objects.requireNonNull(base, "clock");
    }

    /**
     * Moves the time forward.
     *
     * @throws IllegalArgumentException when {@code duration} is null or negative
     */
    synchronized void advance(Duration duration) {
        if (duration == null || duration.isNegative()) {
            throw new IllegalArgumentException("duration must be zero or positive, was " + duration);
        }
        offset = offset.plus(duration);
    }

    /** Takes back every {@link #advance(Duration)}. */
    void reset() {
        offset = Duration.ZERO;
    }

    @Override
    public Instant instant() {
        return base.instant().plus(offset);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the fake's clock is UTC only");
    }
}
