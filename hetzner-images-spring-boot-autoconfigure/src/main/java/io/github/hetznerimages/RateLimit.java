package io.github.hetznerimages;

import java.time.Duration;
import java.time.Instant;

/**
 * The rate-limit headers of one API answer. Hetzner's bucket refills gradually: one request comes back every
 * {@link #refillInterval()} ({@code 3600 s / limit}, one second at the default 3600 an hour), and
 * {@link #reset()} is when the bucket is <em>completely</em> full again, not when the next request is allowed.
 *
 * @param limit requests allowed per hour ({@code RateLimit-Limit})
 * @param remaining requests left in the bucket ({@code RateLimit-Remaining})
 * @param reset when the bucket is full again ({@code RateLimit-Reset})
 * @param observedAt when the answer carrying these headers arrived
 */
public record RateLimit(int limit, int remaining, Instant reset, Instant observedAt) {

    private static final long MILLIS_PER_HOUR = Duration.ofHours(1).toMillis();

    /** The time the bucket needs to refill one request: {@code 3600 s / limit} (one second if limit is unknown). */
    public Duration refillInterval() {
        return limit > 0 ? Duration.ofMillis(Math.max(1, MILLIS_PER_HOUR / limit)) : Duration.ofSeconds(1);
    }

    /** Whether the bucket was empty when the answer arrived. */
    public boolean exhausted() {
        return remaining <= 0;
    }

    /**
     * How many requests the bucket holds at {@code now}: {@link #remaining()} plus the refill since the answer
     * arrived, at most {@link #limit()}.
     */
    public int remainingAt(Instant now) {
        long elapsed = Math.max(0, Duration.between(observedAt, now).toMillis());
        long refilled = elapsed / refillInterval().toMillis();
        return (int) Math.min((long) limit, remaining + refilled);
    }
}
