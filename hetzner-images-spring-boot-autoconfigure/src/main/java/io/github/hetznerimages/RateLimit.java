package io.github.hetznerimages;

import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The rate-limit headers of one API answer. The bucket refills gradually: one request comes back every
 * {@link #refillInterval()}, and {@link #reset()} is when the bucket is <em>completely</em> full again, not when the
 * next request is allowed.
 *
 * @param limit the bucket's size, requests allowed per hour at Hetzner ({@code RateLimit-Limit})
 * @param remaining requests left in the bucket ({@code RateLimit-Remaining})
 * @param reset when the bucket is full again ({@code RateLimit-Reset}), or {@code null} when not sent
 * @param observedAt when the answer carrying these headers arrived
 */
public record RateLimit(int limit, int remaining, @Nullable Instant reset, Instant observedAt) {

    private static final long MILLIS_PER_HOUR = Duration.ofHours(1).toMillis();

    /**
     * The time the bucket needs to refill one request, read from the headers: {@code (reset - observedAt) /
     * (limit - remaining)} (one second for Hetzner's 3600 an hour). When they do not tell it (a full bucket, no
     * {@code Reset}, or one that has passed although requests are missing), {@code 3600 s / limit}, Hetzner's
     * documented rate, which is also the longest interval believed ({@code Limit} is per hour); one second if the
     * limit is unknown. {@code Reset} has whole seconds only, so it counts as at least one second away.
     */
    public Duration refillInterval() {
        Duration hourly = hourlyInterval();
        int missing = limit - remaining;
        if (reset == null || observedAt == null || missing <= 0 || !reset.isAfter(observedAt)) {
            return hourly;
        }
        long untilFull = Math.max(Duration.between(observedAt, reset).toMillis(), 1000);
        Duration derived = Duration.ofMillis(Math.max(1, untilFull / missing));
        return derived.compareTo(hourly) < 0 ? derived : hourly;
    }

    /** Whether the bucket was empty when the answer arrived. */
    public boolean exhausted() {
        return remaining <= 0;
    }

    private Duration hourlyInterval() {
        return limit > 0 ? Duration.ofMillis(Math.max(1, MILLIS_PER_HOUR / limit)) : Duration.ofSeconds(1);
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
