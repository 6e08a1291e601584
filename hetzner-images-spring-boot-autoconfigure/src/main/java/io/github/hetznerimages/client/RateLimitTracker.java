package io.github.hetznerimages.client;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.http.HttpHeaders;

/**
 * Keeps the latest rate-limit headers seen on any answer, shared by every call of one client, and tells how long
 * to wait before the next request so that the client never sends a request it knows the API will refuse.
 * Thread-safe.
 */
public final class RateLimitTracker {

    static final String LIMIT = "RateLimit-Limit";
    static final String REMAINING = "RateLimit-Remaining";
    static final String RESET = "RateLimit-Reset";

    private final AtomicReference<RateLimit> latest = new AtomicReference<>();

    /** The latest rate-limit headers seen, empty before the first answer that carried them. */
    public Optional<RateLimit> latest() {
        return Optional.ofNullable(latest.get());
    }

    /**
     * Records the rate-limit headers of an answer; answers without them leave the state unchanged.
     *
     * @return the headers of this answer, or {@code null} when it had none
     */
    public RateLimit record(HttpHeaders headers, Instant now) {
        RateLimit parsed = parse(headers, now);
        if (parsed != null) {
            latest.accumulateAndGet(
                    parsed,
                    (old, fresh) -> old == null || !fresh.observedAt().isBefore(old.observedAt()) ? fresh : old);
        }
        return parsed;
    }

    /**
     * How long to wait before the next request: one refill interval after an answer that said the bucket is
     * empty, zero otherwise.
     */
    public Duration delayBeforeNextRequest(Instant now) {
        RateLimit current = latest.get();
        if (current == null || !current.exhausted()) {
            return Duration.ZERO;
        }
        Instant next = current.observedAt().plus(current.refillInterval());
        return now.isBefore(next) ? Duration.between(now, next) : Duration.ZERO;
    }

    /**
     * How many requests the bucket holds now, counting the refill since the last answer; {@code fallback} when
     * no answer carried the headers yet. Bulk work (paging) uses it to bound how much it sends at once.
     */
    public int estimatedRemaining(Instant now, int fallback) {
        RateLimit current = latest.get();
        if (current == null) {
            return fallback;
        }
        long elapsed = Math.max(0, Duration.between(current.observedAt(), now).toMillis());
        long refilled = elapsed / current.refillInterval().toMillis();
        return (int) Math.min((long) current.limit(), current.remaining() + refilled);
    }

    private static RateLimit parse(HttpHeaders headers, Instant now) {
        Integer limit = parseInt(headers.getFirst(LIMIT));
        Integer remaining = parseInt(headers.getFirst(REMAINING));
        if (limit == null || remaining == null) {
            return null;
        }
        Integer reset = parseInt(headers.getFirst(RESET));
        return new RateLimit(limit, remaining, reset == null ? null : Instant.ofEpochSecond(reset), now);
    }

    private static Integer parseInt(String value) {
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value.trim());
        } catch (NumberFormatException ignored) {
            return null;
        }
    }
}
