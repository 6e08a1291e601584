package io.github.hetznerimages.client;

import io.github.hetznerimages.RateLimit;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.http.HttpHeaders;

/**
 * The rate-limit budget of one client, shared by every caller: a copy of the API's token bucket, kept in step with
 * the {@code RateLimit-*} headers of every answer, that no request is sent without.
 *
 * <p>Each request first takes a turn ({@link #reserve}): at once while the bucket holds a request, else at the
 * moment the refill brings the next one that no earlier caller has taken, so concurrent callers go in the order
 * they asked (first come, first served) instead of racing into 429. The bucket refills one request per
 * {@link RateLimit#refillInterval()}, read from the headers ({@code (Reset - now) / (Limit - Remaining)}, one second
 * for Hetzner's 3600 an hour); {@code RateLimit-Reset} itself is never waited for. Requests in flight count as taken
 * until their answer arrives. Before the first answer nothing is known, so one request goes first and the others
 * wait for its answer. Thread-safe.
 */
final class RateLimitTracker {

    static final String LIMIT = "RateLimit-Limit";
    static final String REMAINING = "RateLimit-Remaining";
    static final String RESET = "RateLimit-Reset";

    /** The API's {@code Remaining} is a whole number: the bucket may hold up to just under one request more. */
    private static final double WHOLE_REQUEST = 0.999;

    private RateLimit latest;
    /** Requests missing from the full bucket at {@link #debtAt}, counting turns given; may exceed the limit. */
    private double debt;

    private Instant debtAt;
    private double intervalMillis;
    /** Turns given whose answer has not arrived. */
    private int pending;
    /** Answers that brought the bucket in step so far. */
    private long answers;

    private boolean anyAnswer;
    private boolean probing;

    /** The latest rate-limit headers seen, empty before the first answer that carried them. */
    public synchronized Optional<RateLimit> latest() {
        return Optional.ofNullable(latest);
    }

    /**
     * Records the rate-limit headers of an answer that did not take a turn here (e.g. one seen elsewhere); answers
     * without them, or older than the latest, leave the state unchanged.
     *
     * @return the headers of this answer, or {@code null} when it had none
     */
    public RateLimit record(HttpHeaders headers, Instant now) {
        RateLimit parsed = parse(headers, now);
        if (parsed != null) {
            synchronized (this) {
                anyAnswer = true;
                sync(parsed, false);
                notifyAll();
            }
        }
        return parsed;
    }

    /**
     * How many requests the bucket holds now by this client's reckoning: the latest {@code Remaining}, plus the
     * refill since, minus the turns given meanwhile; {@code fallback} when no answer carried the headers yet. Bulk
     * work (paging) uses it to bound how much it sends at once.
     */
    public synchronized int estimatedRemaining(Instant now, int fallback) {
        if (latest == null) {
            return fallback;
        }
        double left = latest.limit() - debtAt(now);
        return (int) Math.max(0, Math.min(latest.limit(), Math.floor(left + 1e-9)));
    }

    /** The refill interval of the latest answer's bucket, one second before any answer. */
    synchronized Duration refillInterval() {
        return latest == null ? Duration.ofSeconds(1) : Duration.ofMillis(Math.round(intervalMillis));
    }

    /**
     * Takes the caller's turn. Before the first answer, all but the first caller wait here (on the monitor) for that
     * answer. The returned turn says how long to wait before sending; settle it when the attempt ends.
     *
     * @throws InterruptedException when the caller is interrupted while waiting for the first answer
     */
    Turn reserve(Instant now) throws InterruptedException {
        synchronized (this) {
            while (!anyAnswer && probing) {
                wait();
            }
            pending++;
            if (!anyAnswer) {
                probing = true;
                return new Turn(Duration.ZERO, answers);
            }
            if (latest == null) {
                return new Turn(Duration.ZERO, answers);
            }
            // a clock read before the lock may be older than the state: time never runs back here, or the refill
            // between the two would be counted twice
            Instant at = later(now, debtAt);
            double current = debtAt(at);
            double missing = current - (latest.limit() - 1);
            debt = current + 1;
            debtAt = at;
            return new Turn(
                    missing <= 0 ? Duration.ZERO : Duration.ofMillis((long) Math.ceil(missing * intervalMillis - 1e-6)),
                    answers);
        }
    }

    private synchronized RateLimit settle(HttpHeaders headers, Instant now, long answersAtReserve) {
        pending--;
        probing = false;
        RateLimit parsed = null;
        if (headers != null) {
            anyAnswer = true;
            parsed = parse(headers, now);
            if (parsed != null) {
                sync(parsed, answers != answersAtReserve);
            }
        }
        notifyAll();
        return parsed;
    }

    /**
     * Brings the bucket in step with an answer: its {@code Remaining}, less the turns still in flight (which it may
     * not count yet). While other requests are in flight, or when other answers arrived while this one was on its
     * way ({@code crossed}), answers may arrive out of order, so an answer never gives back turns reckoned here.
     * Otherwise the answer is the newest and wins, except that what was reckoned is kept when it lies within the
     * one request that the whole-number {@code Remaining} cannot show (a refill under way is not lost).
     */
    private void sync(RateLimit answer, boolean crossed) {
        if (latest != null && answer.observedAt().isBefore(latest.observedAt())) {
            return;
        }
        double told = (double) answer.limit() - answer.remaining() + pending;
        double synced = told;
        Instant at = debtAt == null ? answer.observedAt() : later(answer.observedAt(), debtAt);
        if (latest != null && latest.limit() == answer.limit()) {
            double reckoned = debtAt(at);
            if (pending > 0 || crossed) {
                // answers cross in flight: one that left the API earlier must not give back turns since taken
                synced = Math.max(told, reckoned);
            } else if (reckoned <= told && reckoned > told - WHOLE_REQUEST) {
                synced = reckoned;
            }
        }
        intervalMillis = Math.max(1, answer.refillInterval().toMillis());
        answers++;
        latest = answer;
        debt = synced;
        debtAt = at;
    }

    private static Instant later(Instant one, Instant other) {
        return one.isAfter(other) ? one : other;
    }

    private double debtAt(Instant now) {
        double refilled = Math.max(0, Duration.between(debtAt, now).toMillis()) / intervalMillis;
        return Math.max(0, debt - refilled);
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

    /** One caller's turn: how long to wait before sending, then settled exactly once when the attempt ends. */
    final class Turn {

        private final Duration delay;
        private final long answersAtReserve;
        private boolean settled;

        private Turn(Duration delay, long answersAtReserve) {
            this.delay = delay;
            this.answersAtReserve = answersAtReserve;
        }

        /** How long to wait before sending. */
        Duration delay() {
            return delay;
        }

        /** The answer arrived: its headers bring the bucket in step. */
        RateLimit answered(HttpHeaders headers, Instant now) {
            if (settled) {
                return parse(headers, now);
            }
            settled = true;
            return settle(headers, now, answersAtReserve);
        }

        /** The attempt ended without an answer (or was abandoned); the turn counts as taken. No-op once settled. */
        void release() {
            if (!settled) {
                settled = true;
                settle(null, null, answersAtReserve);
            }
        }
    }
}
