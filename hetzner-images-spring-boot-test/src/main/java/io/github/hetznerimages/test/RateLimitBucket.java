package io.github.hetznerimages.test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The fake's rate-limit bucket, refilled gradually like Hetzner's (one request per second at 3600 an hour), on
 * the fake's clock. It only produces the {@code RateLimit-*} headers; the fake refuses a request with
 * {@code 429} only when a test asks for it ({@link FakeFault#rateLimited()}).
 */
final class RateLimitBucket {

    static final int LIMIT = 3600;

    private final Clock clock;
    private double remaining = LIMIT;
    private Instant last;

    RateLimitBucket(Clock clock) {
        this.clock = clock;
        this.last = clock.instant();
    }

    /** Fills the bucket again. */
    synchronized void reset() {
        remaining = LIMIT;
        last = clock.instant();
    }

    /**
     * Takes one request from the bucket.
     *
     * @return the headers' values: {@code [limit, remaining, reset epoch seconds]}
     */
    synchronized long[] take() {
        Instant now = clock.instant();
        double refill = Math.max(0, Duration.between(last, now).toMillis()) * LIMIT / 3_600_000.0;
        remaining = Math.max(0, Math.min(LIMIT, remaining + refill) - 1);
        last = now;
        long secondsToFull = (long) Math.ceil((LIMIT - remaining) * 3600.0 / LIMIT);
        return new long[] {LIMIT, (long) remaining, now.getEpochSecond() + secondsToFull};
    }
}
