package io.github.hetznerimages.images;

import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.hetznerimages.Action;
import io.github.hetznerimages.ActionStatus;
import io.github.hetznerimages.error.ActionFailedException;
import io.github.hetznerimages.error.ActionTimeoutException;
import io.github.hetznerimages.testsupport.FakeTime;
import io.github.hetznerimages.testsupport.HetznerApiExtension;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Polling an action: back-off, progress reports, failure, time limit and rate-limit pacing. */
class WaitForTest {

    @RegisterExtension
    static final HetznerApiExtension api = new HetznerApiExtension();

    private static final String POLL_PATH = "/actions/13";

    private FakeTime time;
    private ImageActionsService service;

    @BeforeEach
    void setUp() {
        time = new FakeTime();
        service = new ImageActionsService(
                api.clientBuilder().sleeper(time).clock(time.clock()).build());
    }

    private static Duration seconds(long value) {
        return Duration.ofSeconds(value);
    }

    private static void verifyPolls(int count) {
        api.server().verify(exactly(count), getRequestedFor(urlPathEqualTo(POLL_PATH)));
    }

    @Test
    void reportsEachNewProgressOnceAndReturnsTheSucceededAction() {
        PollStubs.sequence(
                api.server(),
                POLL_PATH,
                "action-running-30.json",
                "action-running-30.json",
                "action-running-70.json",
                "action-success.json");
        List<Action> reported = new ArrayList<>();

        Action finished = service.waitFor(
                SampleActions.running(13, 0), WaitOptions.defaults().withProgressListener(reported::add));

        assertThat(finished.status()).isEqualTo(ActionStatus.SUCCESS);
        assertThat(finished.progress()).isEqualTo(100);
        assertThat(finished.finished()).isEqualTo(OffsetDateTime.parse("2026-07-08T10:04:30Z"));
        assertThat(reported)
                .extracting(Action::status, Action::progress)
                .containsExactly(
                        tuple(ActionStatus.RUNNING, 30),
                        tuple(ActionStatus.RUNNING, 70),
                        tuple(ActionStatus.SUCCESS, 100));
        verifyPolls(4);
        assertThat(time.sleeps()).containsExactly(seconds(1), seconds(2), seconds(4), seconds(8));
    }

    @Test
    void backOffDoublesUpToTheMaximumWithOnePollPerWait() {
        PollStubs.sequence(
                api.server(),
                POLL_PATH,
                "action-running-30.json",
                "action-running-30.json",
                "action-running-30.json",
                "action-running-30.json",
                "action-running-30.json",
                "action-running-70.json",
                "action-success.json");

        service.waitFor(SampleActions.running(13, 0));

        verifyPolls(7);
        assertThat(time.sleeps())
                .containsExactly(seconds(1), seconds(2), seconds(4), seconds(8), seconds(10), seconds(10), seconds(10));
    }

    @Test
    void serviceDefaultsFromTheConstructorShapeTheSchedule() {
        PollStubs.sequence(
                api.server(), POLL_PATH, "action-running-30.json", "action-running-70.json", "action-success.json");
        ImageActionsService configured = new ImageActionsService(
                api.clientBuilder().sleeper(time).clock(time.clock()).build(),
                new WaitOptions(Duration.ofMillis(200), Duration.ofMillis(500), Duration.ofMinutes(5), null));

        configured.waitFor(SampleActions.running(13, 0));

        assertThat(time.sleeps())
                .containsExactly(Duration.ofMillis(200), Duration.ofMillis(400), Duration.ofMillis(500));
    }

    @Test
    void errorStatusThrowsActionFailedWithTheActionsCodeAndMessage() {
        PollStubs.sequence(api.server(), POLL_PATH, "action-running-30.json", "action-error.json");
        List<Action> reported = new ArrayList<>();

        assertThatThrownBy(() -> service.waitFor(
                        SampleActions.running(13, 0), WaitOptions.defaults().withProgressListener(reported::add)))
                .isInstanceOfSatisfying(ActionFailedException.class, ex -> {
                    assertThat(ex.errorCode()).isEqualTo("action_failed");
                    assertThat(ex.errorMessage()).isEqualTo("Image creation failed: disk read error");
                    assertThat(ex.action().id()).isEqualTo(13);
                    assertThat(ex.action().status()).isEqualTo(ActionStatus.ERROR);
                    assertThat(ex.getMessage())
                            .isEqualTo("action 13 (create_image) failed: action_failed: Image creation failed:"
                                    + " disk read error");
                });
        assertThat(reported).extracting(Action::status).containsExactly(ActionStatus.RUNNING, ActionStatus.ERROR);
        verifyPolls(2);
    }

    @Test
    void neverFinishingThrowsTimeoutAtTheLimitWithTheLastSeenAction() {
        PollStubs.sequence(api.server(), POLL_PATH, "action-running-30.json", "action-running-70.json");

        assertThatThrownBy(() -> service.waitFor(
                        SampleActions.running(13, 0), WaitOptions.defaults().withTimeout(seconds(30))))
                .isInstanceOfSatisfying(ActionTimeoutException.class, ex -> {
                    assertThat(ex.lastSeen().progress()).isEqualTo(70);
                    assertThat(ex.lastSeen().status()).isEqualTo(ActionStatus.RUNNING);
                    assertThat(ex.timeout()).isEqualTo(seconds(30));
                    assertThat(ex.getMessage())
                            .isEqualTo(
                                    "action 13 (create_image) did not finish within PT30S; last seen running at 70%");
                });
        // 1+2+4+8+10 = 25 s, then the last wait is cut to the 5 s left so the last poll happens at the limit
        assertThat(time.sleeps())
                .containsExactly(seconds(1), seconds(2), seconds(4), seconds(8), seconds(10), seconds(5));
        assertThat(time.elapsed()).isEqualTo(seconds(30));
        verifyPolls(6);
    }

    @Test
    void alreadySucceededActionReturnsAtOnceWithoutARequest() {
        Action done = SampleActions.succeeded(13);

        assertThat(service.waitFor(done)).isSameAs(done);
        assertThat(api.server().getAllServeEvents()).isEmpty();
        assertThat(time.sleeps()).isEmpty();
    }

    @Test
    void alreadyFailedActionThrowsAtOnceWithoutARequest() {
        Action failed = SampleActions.failed(13);

        assertThatThrownBy(() -> service.waitFor(failed))
                .isInstanceOfSatisfying(
                        ActionFailedException.class,
                        ex -> assertThat(ex.action()).isSameAs(failed));
        assertThat(api.server().getAllServeEvents()).isEmpty();
    }

    @ParameterizedTest(name = "limit {0}, remaining {1} -> waits {2} s, {3} s, {4} s")
    @CsvSource({
        // plenty left: the normal back-off (1, 2, 4)
        "3600, 10, 1, 2, 4",
        // few left: at least the longest poll interval (10 s)
        "3600, 9, 1, 10, 10",
        "3600, 0, 1, 10, 10",
        // few left and a slow bucket (60 an hour, one back per minute): at least one refill interval
        "60, 3, 1, 60, 60"
    })
    void lowRateLimitRemainingSlowsPolling(int limit, int remaining, long first, long second, long third) {
        PollStubs.sequence(
                api.server(),
                POLL_PATH,
                json -> okJson(json)
                        .withHeader("RateLimit-Limit", String.valueOf(limit))
                        .withHeader("RateLimit-Remaining", String.valueOf(remaining))
                        .withHeader("RateLimit-Reset", "1783504800"),
                "action-running-30.json",
                "action-running-70.json",
                "action-success.json");

        service.waitFor(SampleActions.running(13, 0));

        // the first wait comes before any answer, so nothing is known about the rate limit yet
        assertThat(time.sleeps()).containsExactly(seconds(first), seconds(second), seconds(third));
        verifyPolls(3);
    }
}
