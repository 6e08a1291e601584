package io.github.hetznerimages.client;

import io.github.hetznerimages.RateLimit;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.http.HttpHeaders;

/**
 * Keeps the latest rate-limit headers seen on any answer, shared by every call of one client, and paces requests
 * while the bucket is empty so that the client never sends a request it knows the API will refuse.
 *
 * <p>Hetzner's bucket refills gradually, one request per {@link RateLimit#refillInterval()}; {@code RateLimit-Reset}
 * is when it is completely full again and is never waited for. After an answer that said {@code Remaining: 0},
 * the first caller waits one refill interval, the next one two, and so on: each takes its own turn. Turns already
 * given stay valid when more empty-bucket answers arrive; an answer that says requests are left ends the pacing.
 * Thread-safe.
 */
final class RateLimitTracker {

    static final String LIMIT = "RateLimit-Limit";
    static final String REMAINING = "RateLimit-Remaining";
    static final String RESET = "RateLimit-Reset";

    private RateLimit latest;
    private Instant nextSlot;

    /** The latest rate-limit headers seen, empty before the first answer that carried them. */
    public synchronized Optional<RateLimit> latest() {
        return Optional.ofNullable(latest);
    }

    /**
     * Records the rate-limit headers of an answer; answers without them, or older than the latest, leave the state
     * unchanged.
     *
     * @return the headers of this answer, or {@code null} when it had none
     */
    public RateLimit record(HttpHeaders headers, Instant now) {
        RateLimit parsed = parse(headers, now);
        if (parsed != null) {
            synchronized (this) {
                if (latest == null || !parsed.observedAt().isBefore(latest.observedAt())) {
                    latest = parsed;
                    if (!parsed.exhausted()) {
                        nextSlot = null;
                    }
                }
            }
        }
        return parsed;
    }

    /**
     * Reserves the caller's turn and returns how long to wait for it: zero while the bucket has requests left;
     * after an answer that said it is empty, until the next refill interval that no other caller has taken.
     */
    public synchronized Duration delayBeforeNextRequest(Instant now) {
        if (latest == null || !latest.exhausted()) {
            return Duration.ZERO;
        }
        Duration interval = latest.refillInterval();
        Instant earliest = latest.observedAt().plus(interval);
        Instant slot = nextSlot != null && nextSlot.isAfter(earliest) ? nextSlot : earliest;
        if (slot.isBefore(now)) {
            slot = now;
        }
        nextSlot = slot.plus(interval);
        return Duration.between(now, slot);
    }

    /**
     * How many requests the bucket holds now, counting the refill since the last answer; {@code fallback} when
     * no answer carried the headers yet. Bulk work (paging) uses it to bound how much it sends at once.
     */
    public synchronized int estimatedRemaining(Instant now, int fallback) {
        if (latest == null) {
            return fallback;
        }
        long elapsed = Math.max(0, Duration.between(latest.observedAt(), now).toMillis());
        long refilled = elapsed / latest.refillInterval().toMillis();
        return (int) Math.min((long) latest.limit(), latest.remaining() + refilled);
    }

    private static RateLimit parse(HttpHeaders headers, Instant now) {
        Integer limit = parseInt(headers.getFirst(LIMIT));
        Integer remaining = parseInt(headers.getFirst(REMAINING));
        if (limit == null || remaining == null) {
            return null;
        }
        return new RateLimit(limit, remaining, parseInstant(headers.getFirst(RESET)), now);
    }

    private static Instant parseInstant(String epochSeconds) {
        Long seconds = parseLong(epochSeconds);
        try {
            return seconds == null ? null : Instant.ofEpochSecond(seconds);
        } catch (DateTimeException ignored) {
            return null;
        }
    }

    private static Integer parseInt(String value) {
        Long parsed = parseLong(value);
        return parsed == null || parsed < 0 || parsed > Integer.MAX_VALUE ? null : parsed.intValue();
    }

    private static Long parseLong(String value) {
        if (value == null) {
            return null;
        }
        try {
            return Long.valueOf(value.trim());
        } catch (NumberFormatException ignored) {
            return null;
        }
    }
}
