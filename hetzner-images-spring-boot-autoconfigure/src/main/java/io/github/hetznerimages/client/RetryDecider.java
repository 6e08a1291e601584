package io.github.hetznerimages.client;

import io.github.hetznerimages.RateLimit;
import io.github.hetznerimages.error.ErrorCode;
import io.github.hetznerimages.error.ErrorException;
import io.github.hetznerimages.error.HetznerException;
import io.github.hetznerimages.error.TransporterException;
import io.github.hetznerimages.error.TransporterException.Reason;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Decides whether a failed attempt is retried and after how long.
 *
 * <ul>
 *   <li>Rate limited (HTTP 429 / {@code rate_limit_exceeded}): the API did not process the request, so any request
 *       is retried, after one refill interval of the bucket ({@code 3600 s / RateLimit-Limit}, plus jitter), never
 *       after waiting until {@code RateLimit-Reset}.
 *   <li>The connection was never made: nothing was sent, so any request is retried with back-off.
 *   <li>Idempotent requests only: transient codes ({@code conflict}, {@code timeout}, {@code bad_gateway},
 *       {@code unavailable}), HTTP 502/503/504, read time-outs and lost connections, with exponential back-off
 *       and jitter.
 *   <li>Anything else is final, and so is every failure of a request that is not safe to repeat once it may have
 *       reached the API.
 * </ul>
 */
final class RetryDecider {

    private static final Set<ErrorCode> TRANSIENT_CODES =
            EnumSet.of(ErrorCode.CONFLICT, ErrorCode.TIMEOUT, ErrorCode.BAD_GATEWAY, ErrorCode.UNAVAILABLE);
    private static final Set<Integer> TRANSIENT_STATUSES = Set.of(502, 503, 504);
    private static final Set<Reason> TRANSIENT_REASONS = EnumSet.of(Reason.TIMED_OUT, Reason.CONNECTION_LOST);
    private static final int TOO_MANY_REQUESTS = 429;

    private final RetryPolicy policy;

    RetryDecider(RetryPolicy policy) {
        this.policy = policy;
    }

    /** The policy this decider follows. */
    RetryPolicy policy() {
        return policy;
    }

    /**
     * The wait before the next attempt, or {@code null} when the failure is final.
     *
     * @param attempt the number of the attempt that failed, from 1
     * @param random a value in {@code [0, 1)} for the jitter
     */
    Duration delayBeforeRetry(
            ApiRequest request, HetznerException failure, int attempt, RateLimitTracker rateLimits, double random) {
        if (attempt > policy.maxRetries()) {
            return null;
        }
        if (failure instanceof ErrorException error) {
            if (error.isRateLimited()) {
                return refillDelay(Optional.ofNullable(error.rateLimit()), random);
            }
            boolean transientError =
                    TRANSIENT_CODES.contains(error.errorCode()) || TRANSIENT_STATUSES.contains(error.status());
            return request.idempotent() && transientError ? policy.backoff(attempt, random) : null;
        }
        if (failure instanceof TransporterException transport) {
            Integer status = transport.status();
            if (status != null && status == TOO_MANY_REQUESTS) {
                return refillDelay(rateLimits.latest(), random);
            }
            if (transport.reason() == Reason.CONNECT_FAILED) {
                return policy.backoff(attempt, random);
            }
            boolean transientFailure = TRANSIENT_REASONS.contains(transport.reason())
                    || (status != null && TRANSIENT_STATUSES.contains(status));
            return request.idempotent() && transientFailure ? policy.backoff(attempt, random) : null;
        }
        return null;
    }

    /** Whether the failure says the rate limit was hit (HTTP 429 or {@code rate_limit_exceeded}). */
    static boolean isRateLimited(HetznerException failure) {
        if (failure instanceof ErrorException error) {
            return error.isRateLimited();
        }
        return failure instanceof TransporterException transport
                && Integer.valueOf(TOO_MANY_REQUESTS).equals(transport.status());
    }

    /**
     * One refill interval of the bucket, lengthened by up to {@code jitter} of itself so that clients sharing a
     * project do not all come back at the same moment.
     */
    Duration refillDelay(Optional<RateLimit> rateLimit, double random) {
        Duration interval = rateLimit.map(RateLimit::refillInterval).orElse(Duration.ofSeconds(1));
        return interval.plusMillis(Math.round(interval.toMillis() * policy.jitter() * random));
    }
}
