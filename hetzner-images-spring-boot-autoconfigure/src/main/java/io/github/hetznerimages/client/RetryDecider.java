package io.github.hetznerimages.client;

import io.github.hetznerimages.error.ErrorCode;
import io.github.hetznerimages.error.ErrorException;
import io.github.hetznerimages.error.HetznerException;
import io.github.hetznerimages.error.TransporterException;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Decides whether a failed attempt is retried and after how long.
 *
 * <ul>
 *   <li>Rate limited (HTTP 429 / {@code rate_limit_exceeded}): the API did not process the request, so any request
 *       is retried, after one refill interval of the bucket ({@code 3600 s / RateLimit-Limit}), never until
 *       {@code RateLimit-Reset}.
 *   <li>The connection was never made: any request is retried with back-off.
 *   <li>Idempotent requests only: transient codes ({@code conflict}, {@code timeout}, {@code bad_gateway},
 *       {@code unavailable}), HTTP 502/503/504, time-outs and resets, with exponential back-off and jitter.
 *   <li>Anything else, and any request that creates something after its outcome became unknown: not retried.
 * </ul>
 */
final class RetryDecider {

    private static final Set<ErrorCode> TRANSIENT_CODES =
            EnumSet.of(ErrorCode.CONFLICT, ErrorCode.TIMEOUT, ErrorCode.BAD_GATEWAY, ErrorCode.UNAVAILABLE);
    private static final Set<Integer> TRANSIENT_STATUSES = Set.of(502, 503, 504);
    private static final int TOO_MANY_REQUESTS = 429;

    private final RetryPolicy policy;

    RetryDecider(RetryPolicy policy) {
        this.policy = policy;
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
                return refillDelay(error.rateLimit().or(rateLimits::latest), random);
            }
            boolean transientError =
                    TRANSIENT_CODES.contains(error.errorCode()) || TRANSIENT_STATUSES.contains(error.status());
            return request.idempotent() && transientError ? policy.backoff(attempt, random) : null;
        }
        if (failure instanceof TransporterException transport) {
            OptionalInt status = transport.status();
            if (status.isPresent() && status.getAsInt() == TOO_MANY_REQUESTS) {
                return refillDelay(rateLimits.latest(), random);
            }
            if (status.isEmpty() && !transport.outcomeUnknown()) {
                return policy.backoff(attempt, random);
            }
            boolean transientFailure = status.isEmpty() || TRANSIENT_STATUSES.contains(status.getAsInt());
            return request.idempotent() && transientFailure ? policy.backoff(attempt, random) : null;
        }
        return null;
    }

    private Duration refillDelay(Optional<RateLimit> rateLimit, double random) {
        Duration interval = rateLimit.map(RateLimit::refillInterval).orElse(Duration.ofSeconds(1));
        long extra = Math.round(interval.toMillis() * policy.jitter() * random);
        return interval.plusMillis(extra);
    }
}
