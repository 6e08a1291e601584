package io.github.hetznerimages.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hetznerimages.RateLimit;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;

class RateLimitTrackerTest {

    private static final Instant T0 = Instant.parse("2026-05-01T12:00:00Z");

    private final RateLimitTracker tracker = new RateLimitTracker();

    private static HttpHeaders headers(String limit, String remaining, String reset) {
        HttpHeaders headers = new HttpHeaders();
        if (limit != null) {
            headers.set("RateLimit-Limit", limit);
        }
        if (remaining != null) {
            headers.set("RateLimit-Remaining", remaining);
        }
        if (reset != null) {
            headers.set("RateLimit-Reset", reset);
        }
        return headers;
    }

    @Test
    void recordsTheHeadersOfAnAnswer() {
        RateLimit recorded = tracker.record(headers("3600", "12", "1900000000"), T0);

        assertThat(recorded).isEqualTo(new RateLimit(3600, 12, Instant.ofEpochSecond(1_900_000_000L), T0));
        assertThat(tracker.latest()).contains(recorded);
    }

    @Test
    void answersWithoutOrWithBrokenHeadersLeaveTheStateAlone() {
        tracker.record(headers("3600", "12", null), T0);

        assertThat(tracker.record(new HttpHeaders(), T0.plusSeconds(1))).isNull();
        assertThat(tracker.record(headers("lots", "3", null), T0.plusSeconds(2)))
                .isNull();
        assertThat(tracker.record(headers("3600", "-1", null), T0.plusSeconds(3)))
                .isNull();

        assertThat(tracker.latest()).hasValueSatisfying(limit -> {
            assertThat(limit.remaining()).isEqualTo(12);
            assertThat(limit.reset()).isNull();
        });
    }

    @Test
    void anOlderAnswerArrivingLateDoesNotReplaceANewerOne() {
        tracker.record(headers("3600", "5", null), T0.plusSeconds(10));
        tracker.record(headers("3600", "9", null), T0);

        assertThat(tracker.latest())
                .hasValueSatisfying(limit -> assertThat(limit.remaining()).isEqualTo(5));
    }

    @Test
    void theRefillIntervalIsAnHourDividedByTheLimit() {
        assertThat(new RateLimit(3600, 0, null, T0).refillInterval()).isEqualTo(Duration.ofSeconds(1));
        assertThat(new RateLimit(7200, 0, null, T0).refillInterval()).isEqualTo(Duration.ofMillis(500));
        assertThat(new RateLimit(60, 0, null, T0).refillInterval()).isEqualTo(Duration.ofMinutes(1));
        assertThat(new RateLimit(0, 0, null, T0).refillInterval()).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void theRefillIntervalIsReadFromResetAndRemaining() {
        // Hetzner: 3600 an hour, one request back per second
        assertThat(new RateLimit(3600, 0, T0.plusSeconds(3600), T0).refillInterval())
                .isEqualTo(Duration.ofSeconds(1));
        assertThat(new RateLimit(3600, 3590, T0.plusSeconds(10), T0).refillInterval())
                .isEqualTo(Duration.ofSeconds(1));
        // a bucket of 20 refilling 10 a second
        assertThat(new RateLimit(20, 0, T0.plusSeconds(2), T0).refillInterval()).isEqualTo(Duration.ofMillis(100));
        // Reset has whole seconds: one just ahead counts as one second away; one that has passed tells nothing
        assertThat(new RateLimit(20, 10, T0.plusMillis(300), T0).refillInterval())
                .isEqualTo(Duration.ofMillis(100));
        assertThat(new RateLimit(20, 10, T0.minusSeconds(1), T0).refillInterval())
                .isEqualTo(Duration.ofMinutes(3));
        // never slower than Limit per hour
        assertThat(new RateLimit(60, 0, T0.plusSeconds(86_400), T0).refillInterval())
                .isEqualTo(Duration.ofMinutes(1));
        // a full bucket tells nothing
        assertThat(new RateLimit(20, 20, T0.plusSeconds(5), T0).refillInterval())
                .isEqualTo(Duration.ofMinutes(3));
    }

    private static String epoch(Instant instant) {
        return String.valueOf(instant.getEpochSecond());
    }

    private Duration turn(Instant now) throws InterruptedException {
        RateLimitTracker.Turn turn = tracker.reserve(now);
        return turn.delay();
    }

    @Test
    void noWaitBeforeAnyAnswerOrWhileRequestsRemain() throws InterruptedException {
        RateLimitTracker.Turn first = tracker.reserve(T0);
        assertThat(first.delay()).isZero();
        first.answered(headers("3600", "2", epoch(T0.plusSeconds(3598))), T0);

        assertThat(turn(T0)).isZero();
        assertThat(turn(T0)).isZero();
        assertThat(turn(T0)).as("the bucket is empty now").isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void anEmptyBucketPacesWaitingCallersOneRefillIntervalApartNeverUntilReset() throws InterruptedException {
        tracker.record(headers("3600", "0", epoch(T0.plusSeconds(3600))), T0);

        assertThat(turn(T0)).isEqualTo(Duration.ofSeconds(1));
        assertThat(turn(T0)).isEqualTo(Duration.ofSeconds(2));
        assertThat(turn(T0.plusMillis(500))).isEqualTo(Duration.ofMillis(2500));
    }

    @Test
    void aBucketOfTwentyRefillingTenASecondPacesAtATenthOfASecond() throws InterruptedException {
        tracker.record(headers("20", "0", epoch(T0.plusSeconds(2))), T0);

        assertThat(turn(T0)).isEqualTo(Duration.ofMillis(100));
        assertThat(turn(T0)).isEqualTo(Duration.ofMillis(200));
        assertThat(turn(T0.plusSeconds(1)))
                .as("the refill overtook the turns given")
                .isZero();
    }

    @Test
    void theRefillSinceTheLastAnswerIsSpentBeforeAnyoneWaits() throws InterruptedException {
        tracker.record(headers("3600", "0", null), T0);

        for (int i = 0; i < 30; i++) {
            assertThat(turn(T0.plusSeconds(30))).isZero();
        }
        assertThat(turn(T0.plusSeconds(30))).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void requestsInFlightCountAsTakenUntilTheirAnswerArrives() throws InterruptedException {
        RateLimitTracker.Turn probe = tracker.reserve(T0);
        probe.answered(headers("3600", "3", epoch(T0.plusSeconds(3597))), T0);
        RateLimitTracker.Turn a = tracker.reserve(T0);
        RateLimitTracker.Turn b = tracker.reserve(T0);

        // the API counted a but not yet b when it answered a: b stays taken
        a.answered(headers("3600", "2", epoch(T0.plusSeconds(3598))), T0);

        assertThat(turn(T0)).isZero();
        assertThat(turn(T0)).isEqualTo(Duration.ofSeconds(1));
        b.release();
    }

    @Test
    void anotherEmptyBucketAnswerKeepsTheTurnsAlreadyGiven() throws InterruptedException {
        tracker.record(headers("3600", "0", null), T0);
        assertThat(turn(T0)).isEqualTo(Duration.ofSeconds(1));

        tracker.record(headers("3600", "0", null), T0.plusMillis(100));

        // the turn given is still in flight and the answer may not count it: it stays taken
        assertThat(turn(T0.plusMillis(100))).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void anAnswerSayingLessIsLeftThanReckonedWins() throws InterruptedException {
        tracker.record(headers("3600", "100", null), T0);

        // another client of the project spent the bucket
        tracker.record(headers("3600", "0", null), T0.plusMillis(10));

        assertThat(turn(T0.plusMillis(10))).isEqualTo(Duration.ofSeconds(1));
        assertThat(tracker.estimatedRemaining(T0.plusMillis(10), 7)).isZero();
    }

    @Test
    void beforeTheFirstAnswerOneRequestGoesAndTheOthersWaitForIt() throws Exception {
        RateLimitTracker.Turn probe = tracker.reserve(T0);
        java.util.concurrent.CompletableFuture<Duration> second =
                java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                    try {
                        return tracker.reserve(T0).delay();
                    } catch (InterruptedException ex) {
                        throw new IllegalStateException(ex);
                    }
                });
        Thread.sleep(50);
        assertThat(second).as("waits for the first answer").isNotDone();

        probe.answered(headers("3600", "0", null), T0);

        assertThat(second.get(5, java.util.concurrent.TimeUnit.SECONDS)).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void aFirstRequestWithoutAnswerLetsTheNextOneGoFirst() throws InterruptedException {
        tracker.reserve(T0).release();

        RateLimitTracker.Turn next = tracker.reserve(T0);

        assertThat(next.delay()).isZero();
        next.answered(new HttpHeaders(), T0);
        assertThat(turn(T0)).as("answers without headers: no pacing").isZero();
        assertThat(turn(T0)).isZero();
    }

    @Test
    void estimatesTheRefilledBucketLessTheTurnsGiven() throws InterruptedException {
        assertThat(tracker.estimatedRemaining(T0, 7)).isEqualTo(7);

        tracker.record(headers("3600", "10", null), T0);

        assertThat(tracker.estimatedRemaining(T0.plusSeconds(5), 7)).isEqualTo(15);
        assertThat(tracker.estimatedRemaining(T0.plusSeconds(7200), 7)).isEqualTo(3600);
        turn(T0.plusSeconds(5));
        assertThat(tracker.estimatedRemaining(T0.plusSeconds(5), 7)).isEqualTo(14);
    }

    @Test
    void anAnswerThatCrossedANewerOneInFlightGivesNothingBack() throws InterruptedException {
        RateLimitTracker.Turn probe = tracker.reserve(T0);
        probe.answered(headers("3600", "3", null), T0);
        RateLimitTracker.Turn a = tracker.reserve(T0);
        RateLimitTracker.Turn b = tracker.reserve(T0);
        RateLimitTracker.Turn c = tracker.reserve(T0);

        // the API served a, then b, then c; their answers arrive c, b, a: the last one to arrive is the oldest
        c.answered(headers("3600", "0", null), T0);
        b.answered(headers("3600", "1", null), T0);
        a.answered(headers("3600", "2", null), T0);

        assertThat(tracker.estimatedRemaining(T0, 7))
                .as("a stale answer gives back no turns")
                .isZero();
        assertThat(turn(T0)).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void aClockReadBeforeANewerAnswerDoesNotCountTheRefillTwice() throws InterruptedException {
        tracker.record(headers("3600", "0", null), T0.plusSeconds(10));

        // a caller read the clock at T0, then got the lock after the answer of T0 + 10 s was recorded
        assertThat(tracker.reserve(T0).delay()).isEqualTo(Duration.ofSeconds(1));
        assertThat(turn(T0.plusSeconds(10))).isEqualTo(Duration.ofSeconds(2));
    }
}
