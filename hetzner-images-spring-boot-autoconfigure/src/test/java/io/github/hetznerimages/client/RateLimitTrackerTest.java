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
    void noWaitBeforeAnyAnswerOrWhileRequestsRemain() {
        assertThat(tracker.delayBeforeNextRequest(T0)).isZero();

        tracker.record(headers("3600", "1", null), T0);

        assertThat(tracker.delayBeforeNextRequest(T0)).isZero();
        assertThat(tracker.delayBeforeNextRequest(T0)).isZero();
    }

    @Test
    void anEmptyBucketPacesWaitingCallersOneRefillIntervalApartNeverUntilReset() {
        String farReset = String.valueOf(T0.plusSeconds(3600).getEpochSecond());
        tracker.record(headers("3600", "0", farReset), T0);

        assertThat(tracker.delayBeforeNextRequest(T0)).isEqualTo(Duration.ofSeconds(1));
        assertThat(tracker.delayBeforeNextRequest(T0)).isEqualTo(Duration.ofSeconds(2));
        assertThat(tracker.delayBeforeNextRequest(T0.plusMillis(500))).isEqualTo(Duration.ofMillis(2500));
    }

    @Test
    void aCallerArrivingAfterItsTurnGoesAtOnce() {
        tracker.record(headers("3600", "0", null), T0);

        assertThat(tracker.delayBeforeNextRequest(T0.plusSeconds(30))).isZero();
        assertThat(tracker.delayBeforeNextRequest(T0.plusSeconds(30))).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void aFreshAnswerEndsThePacing() {
        tracker.record(headers("3600", "0", null), T0);
        tracker.delayBeforeNextRequest(T0);
        tracker.delayBeforeNextRequest(T0);

        tracker.record(headers("3600", "0", null), T0.plusSeconds(2));

        assertThat(tracker.delayBeforeNextRequest(T0.plusSeconds(2))).isEqualTo(Duration.ofSeconds(1));
        tracker.record(headers("3600", "3", null), T0.plusSeconds(3));
        assertThat(tracker.delayBeforeNextRequest(T0.plusSeconds(3))).isZero();
    }

    @Test
    void anotherEmptyBucketAnswerKeepsTheTurnsAlreadyGiven() {
        tracker.record(headers("3600", "0", null), T0);
        assertThat(tracker.delayBeforeNextRequest(T0)).isEqualTo(Duration.ofSeconds(1));

        tracker.record(headers("3600", "0", null), T0.plusMillis(100));

        assertThat(tracker.delayBeforeNextRequest(T0.plusMillis(100))).isEqualTo(Duration.ofMillis(1900));
    }

    @Test
    void estimatesTheRefilledBucket() {
        assertThat(tracker.estimatedRemaining(T0, 7)).isEqualTo(7);

        tracker.record(headers("3600", "10", null), T0);

        assertThat(tracker.estimatedRemaining(T0.plusSeconds(5), 7)).isEqualTo(15);
        assertThat(tracker.estimatedRemaining(T0.plusSeconds(7200), 7)).isEqualTo(3600);
    }
}
