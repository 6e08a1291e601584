package io.github.hetznerimages.images;

import io.github.hetznerimages.Action;
import java.time.Duration;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * How {@link ImageActionsService#waitFor(Action, WaitOptions)} polls an action.
 *
 * <p>The first poll comes {@code pollInterval} after the call; each further wait doubles, up to
 * {@code maxPollInterval} (with the defaults: 1, 2, 4, 8, 10, 10, ... seconds). While the rate-limit bucket is
 * nearly empty (fewer than {@link #LOW_RATE_LIMIT_REMAINING} requests left, counting the refill since the last
 * answer), each wait is at least {@code maxPollInterval} and at least one refill interval of the bucket
 * ({@code 3600 s / RateLimit-Limit}), so polling leaves the remaining requests to other work. The wait gives up
 * after {@code timeout}; the last wait is shortened so that the last poll happens at the time limit. Immutable;
 * change it with the {@code withX} copies.
 *
 * @param pollInterval the wait before the first poll
 * @param maxPollInterval the longest wait between two polls, not shorter than {@code pollInterval}
 * @param timeout how long to wait in total before giving up with {@link ActionTimeoutException}
 * @param progressListener called with the action each time a poll shows a new progress or status (never for the
 *     action passed in); {@code null} for none
 */
public record WaitOptions(
        Duration pollInterval,
        Duration maxPollInterval,
        Duration timeout,
        @Nullable Consumer<Action> progressListener) {

    /** The default wait before the first poll, in seconds (property {@code hetzner.actions.poll-interval}). */
    public static final long DEFAULT_POLL_INTERVAL_SECONDS = 1;

    /** The default longest wait between polls, in seconds (property {@code hetzner.actions.max-poll-interval}). */
    public static final long DEFAULT_MAX_POLL_INTERVAL_SECONDS = 10;

    /** The default time limit in minutes, enough for large snapshots (property {@code hetzner.actions.timeout}). */
    public static final long DEFAULT_TIMEOUT_MINUTES = 30;

    /** The default wait before the first poll: {@link #DEFAULT_POLL_INTERVAL_SECONDS}. */
    public static final Duration DEFAULT_POLL_INTERVAL = Duration.ofSeconds(DEFAULT_POLL_INTERVAL_SECONDS);

    /** The default longest wait between polls: {@link #DEFAULT_MAX_POLL_INTERVAL_SECONDS}. */
    public static final Duration DEFAULT_MAX_POLL_INTERVAL = Duration.ofSeconds(DEFAULT_MAX_POLL_INTERVAL_SECONDS);

    /** The default time limit: {@link #DEFAULT_TIMEOUT_MINUTES}. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(DEFAULT_TIMEOUT_MINUTES);

    /** Below this many remaining requests, polling slows down to spare the rate limit. */
    public static final int LOW_RATE_LIMIT_REMAINING = 10;

    private static final WaitOptions DEFAULTS =
            new WaitOptions(DEFAULT_POLL_INTERVAL, DEFAULT_MAX_POLL_INTERVAL, DEFAULT_TIMEOUT, null);

    /**
     * Checks the durations.
     *
     * @throws IllegalArgumentException when a duration is missing, zero or negative, or {@code maxPollInterval}
     *     is shorter than {@code pollInterval}
     */
    public WaitOptions {
        requirePositive("pollInterval", pollInterval);
        requirePositive("maxPollInterval", maxPollInterval);
        requirePositive("timeout", timeout);
        if (maxPollInterval.compareTo(pollInterval) < 0) {
            throw new IllegalArgumentException("maxPollInterval must not be shorter than pollInterval, was "
                    + maxPollInterval + " with pollInterval " + pollInterval);
        }
    }

    /** Polls after 1 s, backing off to every 10 s, for at most 30 minutes, without a listener. */
    public static WaitOptions defaults() {
        return DEFAULTS;
    }

    /**
     * A copy with another first wait.
     *
     * @throws IllegalArgumentException when it is not positive or longer than {@link #maxPollInterval()}
     */
    public WaitOptions withPollInterval(Duration value) {
        return new WaitOptions(value, maxPollInterval, timeout, progressListener);
    }

    /**
     * A copy with another longest wait between polls.
     *
     * @throws IllegalArgumentException when it is not positive or shorter than {@link #pollInterval()}
     */
    public WaitOptions withMaxPollInterval(Duration value) {
        return new WaitOptions(pollInterval, value, timeout, progressListener);
    }

    /**
     * A copy with another time limit.
     *
     * @throws IllegalArgumentException when it is not positive
     */
    public WaitOptions withTimeout(Duration value) {
        return new WaitOptions(pollInterval, maxPollInterval, value, progressListener);
    }

    /** A copy that reports each new progress or status to {@code listener} ({@code null}: none). */
    public WaitOptions withProgressListener(@Nullable Consumer<Action> listener) {
        return new WaitOptions(pollInterval, maxPollInterval, timeout, listener);
    }

    /** Reports a changed action to the listener, if there is one. */
    void report(Action action) {
        if (progressListener != null) {
            progressListener.accept(action);
        }
    }

    private static void requirePositive(String name, Duration value) {
        if (value == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
        if (value.isZero() || value.isNegative()) {
            throw new IllegalArgumentException(name + " must be positive, was " + value);
        }
    }
}
