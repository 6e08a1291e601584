package io.github.hetznerimages.images;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.hetznerimages.Action;
import io.github.hetznerimages.ActionStatus;
import io.github.hetznerimages.Sort;
import io.github.hetznerimages.testsupport.HetznerApiExtension;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Bad input fails with a specific message before any request reaches the API. */
class ActionValidationTest {

    @RegisterExtension
    static final HetznerApiExtension api = new HetznerApiExtension();

    private ImageActionsService service;

    @BeforeEach
    void setUp() {
        service = new ImageActionsService(api.client());
    }

    @AfterEach
    void noRequestWasSent() {
        assertThat(api.server().getAllServeEvents()).isEmpty();
    }

    private static void rejects(ThrowingCallable call, String message) {
        assertThatThrownBy(call)
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage(message);
    }

    @Test
    void idsMustBePositiveAndAtMostTwoToTheFiftyThreeMinusOne() {
        CreateImageRequest snapshot = CreateImageRequest.snapshot().build();
        rejects(() -> service.createFromServer(0, snapshot), "serverId must be positive, was 0");
        rejects(
                () -> service.createFromServer(9_007_199_254_740_992L, snapshot),
                "serverId must be at most 9007199254740991 (2^53-1, the API's largest id), was 9007199254740992");
        rejects(
                () -> service.createFromServerAndWait(-3, snapshot, WaitOptions.defaults()),
                "serverId must be positive, was -3");
        rejects(() -> service.changeProtection(-1, true), "imageId must be positive, was -1");
        rejects(() -> service.retrieve(0), "actionId must be positive, was 0");
        rejects(() -> service.listFor(0, ActionListRequest.all()), "imageId must be positive, was 0");
        rejects(() -> ActionListRequest.builder().ids(5, 0), "ids must be positive, was 0");
        rejects(() -> service.waitFor(SampleActions.running(0, 10)), "action.id must be positive, was 0");
    }

    @Test
    void nullArgumentsAreRejectedByName() {
        rejects(() -> service.createFromServer(42, null), "request must not be null");
        rejects(() -> service.list(null), "request must not be null");
        rejects(() -> service.waitFor(null), "action must not be null");
        rejects(() -> service.waitFor(SampleActions.running(13, 0), null), "options must not be null");
        rejects(() -> service.waitForAll(null, WaitOptions.defaults()), "actions must not be null");
        rejects(
                () -> service.createFromServerAndWait(
                        42, CreateImageRequest.snapshot().build(), null),
                "options must not be null");
        rejects(
                () -> CreateImageRequest.snapshot().labels(null),
                "labels must not be null (leave them unset for none)");
    }

    @Test
    void invalidLabelsAreRejectedWhenSet() {
        assertThatThrownBy(() -> CreateImageRequest.snapshot().labels(Map.of("x y", "v")))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("label key 'x y' is invalid: ");
        assertThatThrownBy(() -> CreateImageRequest.backup().labels(Map.of("hetzner.cloud/x", "v")))
                .hasMessage("label key 'hetzner.cloud/x' is invalid: the prefix 'hetzner.cloud/' is reserved");
        assertThatThrownBy(() -> CreateImageRequest.snapshot().labels(Map.of("env", "-bad")))
                .hasMessageStartingWith("label value '-bad' of key 'env' is invalid: ");
    }

    @Test
    void pagingAndFiltersFollowTheApiRules() {
        rejects(() -> ActionListRequest.builder().perPage(0), "per_page must be between 1 and 50, was 0");
        rejects(() -> ActionListRequest.builder().ids((long[]) null), "ids must not be null");
        rejects(() -> ActionListRequest.builder().statuses((ActionStatus[]) null), "statuses must not be null");
        rejects(() -> ActionListRequest.builder().sort((Sort<ActionSortField>[]) null), "sort must not be null");
        rejects(() -> ActionListRequest.builder().perPage(51), "per_page must be between 1 and 50, was 51");
        rejects(() -> ActionListRequest.builder().page(0), "page must be at least 1, was 0");
        rejects(
                () -> ActionListRequest.builder().statuses(ActionStatus.RUNNING, null),
                "statuses must not contain null");
        rejects(
                () -> ActionListRequest.builder().sort(Sort.ascending(ActionSortField.ID), null),
                "sort must not contain null");
    }

    @Test
    void listForRejectsAnIdFilterBecauseItsEndpointHasNone() {
        ActionListRequest byId = ActionListRequest.builder().ids(13).build();

        rejects(
                () -> service.listFor(4711, byId),
                "request.ids is not supported by listFor: GET /images/{id}/actions has no id filter;"
                        + " use list(request) to look actions up by id");
    }

    @Test
    void waitOptionsNeedPositiveDurationsAndAMaximumNotBelowTheFirstInterval() {
        WaitOptions defaults = WaitOptions.defaults();
        rejects(() -> defaults.withPollInterval(Duration.ZERO), "pollInterval must be positive, was PT0S");
        rejects(
                () -> defaults.withMaxPollInterval(Duration.ofSeconds(-1)),
                "maxPollInterval must be positive, was PT-1S");
        rejects(() -> defaults.withTimeout(null), "timeout must not be null");
        rejects(
                () -> defaults.withMaxPollInterval(Duration.ofMillis(500)),
                "maxPollInterval must not be shorter than pollInterval, was PT0.5S with pollInterval PT1S");
        rejects(
                () -> service.waitForAll(List.of(SampleActions.running(13, 0)), defaults.withTimeout(Duration.ZERO)),
                "timeout must be positive, was PT0S");
    }

    @Test
    void waitForAllRejectsANullAction() {
        List<Action> withNull = new ArrayList<>();
        withNull.add(SampleActions.running(13, 0));
        withNull.add(null);

        rejects(() -> service.waitForAll(withNull, WaitOptions.defaults()), "action must not be null");
    }
}
