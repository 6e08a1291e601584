package io.github.hetznerimages.client;

import java.time.Duration;

/**
 * How calls that may safely be repeated are retried: exponential back-off from {@code initialBackoff}, times
 * {@code multiplier} per retry, capped at {@code maxBackoff}, each wait shortened by a random part of up to
 * {@code jitter} so that many clients do not retry in step. Waits after a rate-limit answer follow the bucket's
 * refill interval instead (see {@link RateLimit#refillInterval()}), lengthened by up to {@code jitter} of it.
 *
 * @param maxRetries retries after the first attempt; 0 disables retrying
 * @param initialBackoff wait before the first retry
 * @param multiplier growth of the wait per retry, at least 1
 * @param maxBackoff longest wait between two attempts
 * @param jitter fraction of each wait that is random, from 0 (none) to 1
 */
public record RetryPolicy(
        int maxRetries, Duration initialBackoff, double multiplier, Duration maxBackoff, double jitter) {

    /** The default number of retries after the first attempt. */
    public static final int DEFAULT_MAX_RETRIES = 5;

    /** The default wait before the first retry, in seconds. */
    public static final long DEFAULT_INITIAL_BACKOFF_SECONDS = 1;

    /** The default growth of the wait per retry. */
    public static final double DEFAULT_MULTIPLIER = 2.0;

    /** The default longest wait between two attempts, in seconds. */
    public static final long DEFAULT_MAX_BACKOFF_SECONDS = 60;

    /** The default random part of each wait. */
    public static final double DEFAULT_JITTER = 0.5;

    /** The defaults: 5 retries, waits of 1 s doubling to at most 60 s, each up to 50% shorter at random. */
    public static final RetryPolicy DEFAULT = new RetryPolicy(
            DEFAULT_MAX_RETRIES,
            Duration.ofSeconds(DEFAULT_INITIAL_BACKOFF_SECONDS),
            DEFAULT_MULTIPLIER,
            Duration.ofSeconds(DEFAULT_MAX_BACKOFF_SECONDS),
            DEFAULT_JITTER);

    /** A policy that never retries. */
    public static final RetryPolicy NONE = new RetryPolicy(0, Duration.ZERO, 1.0, Duration.ZERO, 0.0);

    /** Validates the settings. */
    public RetryPolicy {
        if (maxRetries < 0) {
            throw new IllegalArgumentException("maxRetries must not be negative, was " + maxRetries);
        }
        if (initialBackoff == null || initialBackoff.isNegative()) {
            throw new IllegalArgumentException("initialBackoff must be zero or positive, was " + initialBackoff);
        }
        if (maxBackoff == null || maxBackoff.isNegative()) {
            throw new IllegalArgumentException("maxBackoff must be zero or positive, was " + maxBackoff);
        }
        if (!(multiplier >= 1.0) || Double.isInfinite(multiplier)) {
            throw new IllegalArgumentException("multiplier must be at least 1, was " + multiplier);
        }
        if (!(jitter >= 0.0 && jitter <= 1.0)) {
            throw new IllegalArgumentException("jitter must be between 0 and 1, was " + jitter);
        }
    }

    /** Whether this policy retries at all. */
    public boolean enabled() {
        return maxRetries > 0;
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

    /** A copy with another wait before the first retry. */
    public RetryPolicy withInitialBackoff(Duration backoff) {
        return new RetryPolicy(maxRetries, backoff, multiplier, maxBackoff, jitter);
    }

    /** A copy with another growth of the wait per retry. */
    public RetryPolicy withMultiplier(double newMultiplier) {
        return new RetryPolicy(maxRetries, initialBackoff, newMultiplier, maxBackoff, jitter);
    }

    /** A copy with another longest wait. */
    public RetryPolicy withMaxBackoff(Duration backoff) {
        return new RetryPolicy(maxRetries, initialBackoff, multiplier, backoff, jitter);
    }

    /** A copy with another random fraction; 0 gives predictable schedules. */
    public RetryPolicy withJitter(double newJitter) {
        return new RetryPolicy(maxRetries, initialBackoff, multiplier, maxBackoff, newJitter);
    }
}
