package io.github.hetznerimages.images;

import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.havingExactly;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.hetznerimages.Action;
import io.github.hetznerimages.ActionStatus;
import io.github.hetznerimages.error.ActionFailedException;
import io.github.hetznerimages.error.ActionTimeoutException;
import io.github.hetznerimages.error.TransporterException;
import io.github.hetznerimages.testsupport.FakeTime;
import io.github.hetznerimages.testsupport.Fixtures;
import io.github.hetznerimages.testsupport.HetznerApiExtension;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Waiting for several actions with one {@code GET /actions?id=..&id=..} per poll. */
class WaitForAllTest {

    @RegisterExtension
    static final HetznerApiExtension api = new HetznerApiExtension();

    private FakeTime time;
    private ImageActionsService service;

    @BeforeEach
    void setUp() {
        time = new FakeTime();
        service = new ImageActionsService(
                api.clientBuilder().sleeper(time).clock(time.clock()).build());
    }

    private static void stubActions(String fixture, String... ids) {
        api.server()
                .stubFor(get(urlPathEqualTo("/actions"))
                        .withQueryParam("id", havingExactly(ids))
                        .willReturn(okJson(Fixtures.json("actions/" + fixture))));
    }

    private static void verifyPolled(int count, String... ids) {
        api.server()
                .verify(
                        exactly(count),
                        getRequestedFor(urlPathEqualTo("/actions")).withQueryParam("id", havingExactly(ids)));
    }

    @Test
    void pollsAllUnfinishedActionsInOneRequestAndReturnsThemInTheOrderGiven() {
        stubActions("actions-13-running-14-success.json", "13", "14");
        stubActions("actions-13-success.json", "13");
        List<Action> reported = new ArrayList<>();

        List<Action> finished = service.waitForAll(
                List.of(SampleActions.running(13, 0), SampleActions.running(14, 0)),
                WaitOptions.defaults().withProgressListener(reported::add));

        assertThat(finished)
                .extracting(Action::id, Action::status)
                .containsExactly(tuple(13L, ActionStatus.SUCCESS), tuple(14L, ActionStatus.SUCCESS));
        assertThat(reported)
                .extracting(Action::id, Action::progress)
                .containsExactly(tuple(13L, 50), tuple(14L, 100), tuple(13L, 100));
        verifyPolled(1, "13", "14");
        verifyPolled(1, "13");
        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
    }

    @Test
    void finishedActionsAreNotPolledAndAllFinishedReturnAtOnce() {
        Action done = SampleActions.succeeded(14);

        assertThat(service.waitForAll(List.of(done, done), WaitOptions.defaults()))
                .containsExactly(done, done);
        assertThat(api.server().getAllServeEvents()).isEmpty();
    }

    @Test
    void aFailedActionThrowsOnceAllHaveFinished() {
        stubActions("actions-13-running-14-success.json", "13", "14");
        stubActions("actions-13-error.json", "13");

        assertThatThrownBy(() -> service.waitForAll(
                        List.of(SampleActions.running(14, 0), SampleActions.running(13, 0)), WaitOptions.defaults()))
                .isInstanceOfSatisfying(ActionFailedException.class, ex -> {
                    assertThat(ex.action().id()).isEqualTo(13);
                    assertThat(ex.errorCode()).isEqualTo("action_failed");
                    assertThat(ex.getSuppressed()).isEmpty();
                });
        verifyPolled(1, "14", "13");
        verifyPolled(1, "13");
    }

    @Test
    void timeOutNamesEveryUnfinishedAction() {
        stubActions("actions-13-running-14-success.json", "13", "14");
        stubActions("actions-13-running-14-success.json", "13");

        assertThatThrownBy(() -> service.waitForAll(
                        List.of(SampleActions.running(13, 0), SampleActions.running(14, 0)),
                        WaitOptions.defaults().withTimeout(Duration.ofSeconds(5))))
                .isInstanceOfSatisfying(ActionTimeoutException.class, ex -> {
                    assertThat(ex.unfinished()).extracting(Action::id).containsExactly(13L);
                    assertThat(ex.lastSeen().progress()).isEqualTo(50);
                });
        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(2));
        verifyPolled(1, "13", "14");
        verifyPolled(2, "13");
    }

    @Test
    void anAnswerWithoutARequestedActionIsAnError() {
        stubActions("actions-13-success.json", "13", "15");

        assertThatThrownBy(() -> service.waitForAll(
                        List.of(SampleActions.running(13, 0), SampleActions.running(15, 0)), WaitOptions.defaults()))
                .isInstanceOfSatisfying(TransporterException.class, ex -> {
                    assertThat(ex.getMessage())
                            .isEqualTo("GET /actions: the answer lacks action 15, one of those asked for");
                    assertThat(ex.reason()).isEqualTo(TransporterException.Reason.INCONSISTENT_ANSWER);
                    assertThat(ex.outcomeUnknown()).isFalse();
                });
    }
}
