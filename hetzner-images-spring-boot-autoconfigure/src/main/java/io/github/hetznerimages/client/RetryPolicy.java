package io.github.hetznerimages.client;

import java.time.Duration;

/**
 * How calls that may safely be repeated are retried: exponential back-off from {@code initialBackoff}, times
 * {@code multiplier} per retry, capped at {@code maxBackoff}, each wait shortened by a random part of up to
 * {@code jitter} so that many clients do not retry in step. Waits after a rate-limit answer follow the bucket's
 * refill interval instead (see {@link RateLimit#refillInterval()}).
 *
 * @param maxRetries retries after the first attempt; 0 disables retrying
 * @param initialBackoff wait before the first retry
 * @param multiplier growth of the wait per retry, at least 1
 * @param maxBackoff longest wait between two attempts
 * @param jitter fraction of each wait that is random, from 0 (none) to 1
 */
public record RetryPolicy(
        int maxRetries, Duration initialBackoff, double multiplier, Duration maxBackoff, double jitter) {

    /** The defaults, comparable to the official clients: 5 retries, 1 s doubling to at most 60 s, 50% jitter. */
    public static final RetryPolicy DEFAULT =
            new RetryPolicy(5, Duration.ofSeconds(1), 2.0, Duration.ofSeconds(60), 0.5);

    /** A policy that never retries. */
    public static final RetryPolicy NONE = new RetryPolicy(0, Duration.ZERO, 1.0, Duration.ZERO, 0.0);

    /** Validates the settings. */
    public RetryPolicy {
        if (maxRetries < 0) {
            throw new IllegalArgumentException("maxRetries must not be negative, was " + maxRetries);
        }
        if (initialBackoff == null || initialBackoff.isNegative()) {
            throw new IllegalArgumentException("initialBackoff must be zero or positive");
        }
        if (maxBackoff == null || maxBackoff.isNegative()) {
            throw new IllegalArgumentException("maxBackoff must be zero or positive");
        }
        if (multiplier < 1.0) {
            throw new IllegalArgumentException("multiplier must be at least 1, was " + multiplier);
        }
        if (jitter < 0.0 || jitter > 1.0) {
            throw new IllegalArgumentException("jitter must be between 0 and 1, was " + jitter);
        }
    }

    /**
     * The wait before retry number {@code retry} (1 for the first retry).
     *
     * @param random a value in {@code [0, 1)} that picks the jitter
     */
    public Duration backoff(int retry, double random) {
        double base = initialBackoff.toMillis() * Math.pow(multiplier, Math.max(0, retry - 1));
        double capped = Math.min(base, maxBackoff.toMillis());
        return Duration.ofMillis(Math.round(capped * (1.0 - jitter * random)));
    }

    /** A copy that retries at most {@code retries} times. */
    public RetryPolicy withMaxRetries(int retries) {
        return new RetryPolicy(retries, initialBackoff, multiplier, maxBackoff, jitter);
    }

    /** A copy without jitter, for predictable schedules. */
    public RetryPolicy withJitter(double newJitter) {
        return new RetryPolicy(maxRetries, initialBackoff, multiplier, maxBackoff, newJitter);
    }
}
