package io.github.hetznerimages.images;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.github.hetznerimages.Action;
import io.github.hetznerimages.ActionStatus;
import io.github.hetznerimages.Page;
import io.github.hetznerimages.Pagination;
import io.github.hetznerimages.Sort;
import io.github.hetznerimages.contract.SkipContractValidation;
import io.github.hetznerimages.error.ErrorException;
import io.github.hetznerimages.testsupport.Fixtures;
import io.github.hetznerimages.testsupport.HetznerApiExtension;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ActionLookupTest {

    @RegisterExtension
    static final HetznerApiExtension api = new HetznerApiExtension();

    private ImageActionsService service() {
        return new ImageActionsService(api.client());
    }

    private static String lastRequestUrl() {
        return URLDecoder.decode(
                api.server().getAllServeEvents().get(0).getRequest().getUrl(), StandardCharsets.UTF_8);
    }

    @Test
    @SkipContractValidation("answers an action with a field the spec does not declare and one with status paused,"
            + " to prove both parse (the paused one as UNKNOWN, still running)")
    void listSendsEveryFilterAsRepeatedParametersInOrderAndReadsThePage() {
        api.server()
                .stubFor(get(urlPathEqualTo("/images/actions"))
                        .willReturn(okJson(Fixtures.json("actions/images-actions-page-unknown-values.json"))));

        Page<Action> page = service()
                .list(ActionListRequest.builder()
                        .ids(21, 22)
                        .sort(Sort.descending(ActionSortField.STARTED), Sort.ascending(ActionSortField.ID))
                        .statuses(ActionStatus.RUNNING, ActionStatus.ERROR)
                        .page(2)
                        .perPage(2)
                        .build());

        assertThat(lastRequestUrl())
                .isEqualTo("/images/actions?sort=started:desc&sort=id:asc&id=21&id=22&status=running&status=error"
                        + "&page=2&per_page=2");
        assertThat(page.items()).extracting(Action::id).containsExactly(21L, 22L);
        Action protection = page.items().get(0);
        assertThat(protection.command()).isEqualTo("change_protection");
        assertThat(protection.status()).isEqualTo(ActionStatus.SUCCESS);
        assertThat(protection.finished()).isEqualTo(OffsetDateTime.parse("2026-07-08T11:00:01Z"));
        assertThat(protection.resources()).containsExactly(new Action.Resource(4711, "image"));
        assertThat(protection.error()).isNull();
        Action future = page.items().get(1);
        assertThat(future.status()).isEqualTo(ActionStatus.of("paused"));
        assertThat(future.status().isKnown()).isFalse();
        assertThat(future.isRunning()).isTrue();
        assertThat(future.resources()).isEmpty();
        assertThat(page.pagination()).isEqualTo(new Pagination(2, 2, 1L, 3L, 4L, 8L));
    }

    @Test
    void listWithEveryFilterSendsAQueryTheContractAccepts() {
        api.server()
                .stubFor(get(urlPathEqualTo("/images/actions"))
                        .willReturn(okJson(Fixtures.json("actions/images-actions-page.json"))));

        Page<Action> page = service()
                .list(ActionListRequest.builder()
                        .ids(21, 22)
                        .sort(Sort.descending(ActionSortField.STARTED), Sort.ascending(ActionSortField.ID))
                        .statuses(ActionStatus.RUNNING, ActionStatus.SUCCESS)
                        .page(2)
                        .perPage(2)
                        .build());

        assertThat(lastRequestUrl())
                .isEqualTo("/images/actions?sort=started:desc&sort=id:asc&id=21&id=22&status=running&status=success"
                        + "&page=2&per_page=2");
        assertThat(page.items()).extracting(Action::status).containsExactly(ActionStatus.SUCCESS, ActionStatus.RUNNING);
    }

    @Test
    void listWithoutFiltersSendsNoQuery() {
        api.server()
                .stubFor(get(urlPathEqualTo("/images/actions"))
                        .willReturn(okJson(Fixtures.json("actions/images-actions-page.json"))));

        service().list(ActionListRequest.all());

        assertThat(lastRequestUrl()).isEqualTo("/images/actions");
    }

    @Test
    void listForUsesTheImagePathWithSortStatusAndPaging() {
        api.server()
                .stubFor(get(urlPathEqualTo("/images/4711/actions"))
                        .willReturn(okJson(Fixtures.json("actions/images-actions-page.json"))));

        Page<Action> page = service()
                .listFor(
                        4711,
                        ActionListRequest.builder()
                                .statuses(ActionStatus.SUCCESS)
                                .sort(Sort.ascending(ActionSortField.FINISHED))
                                .perPage(50)
                                .build());

        assertThat(lastRequestUrl()).isEqualTo("/images/4711/actions?sort=finished:asc&status=success&per_page=50");
        assertThat(page.items()).hasSize(2);
        assertThat(page.pagination().nextPage()).isEqualTo(3L);
    }

    @Test
    void retrieveReadsTheImageActionById() {
        api.server()
                .stubFor(get(urlPathEqualTo("/images/actions/13"))
                        .willReturn(okJson(Fixtures.json("actions/action-error.json"))));

        Action action = service().retrieve(13);

        assertThat(action.id()).isEqualTo(13);
        assertThat(action.isFailed()).isTrue();
        assertThat(action.error())
                .isEqualTo(new Action.Error("action_failed", "Image creation failed: disk read error"));
        api.server().verify(exactly(1), getRequestedFor(urlPathEqualTo("/images/actions/13")));
    }

    @Test
    void retrieveOfAMissingActionThrowsNotFound() {
        api.server()
                .stubFor(get(urlPathEqualTo("/images/actions/99"))
                        .willReturn(aResponse()
                                .withStatus(404)
                                .withHeader("Content-Type", "application/json")
                                .withBody("{\"error\":{\"code\":\"not_found\",\"message\":\"action not found\"}}")));

        assertThatThrownBy(() -> service().retrieve(99)).isInstanceOfSatisfying(ErrorException.class, ex -> {
            assertThat(ex.isNotFound()).isTrue();
            assertThat(ex.path()).isEqualTo("/images/actions/{id}");
        });
    }

    @Test
    void changeProtectionAlwaysSendsDeleteAndReturnsTheAction() {
        api.server()
                .stubFor(post(urlPathEqualTo("/images/4711/actions/change_protection"))
                        .willReturn(aResponse()
                                .withStatus(201)
                                .withHeader("Content-Type", "application/json")
                                .withBody(Fixtures.json("actions/change-protection-201.json"))));

        Action action = service().changeProtection(4711, false);

        api.server()
                .verify(postRequestedFor(urlPathEqualTo("/images/4711/actions/change_protection"))
                        .withHeader("Content-Type", equalTo("application/json"))
                        .withRequestBody(equalToJson("{\"delete\":false}")));
        assertThat(action.id()).isEqualTo(21);
        assertThat(action.command()).isEqualTo("change_protection");
        assertThat(action.started()).isEqualTo(OffsetDateTime.parse("2026-07-08T11:00:00Z"));
        assertThat(action.resources()).containsExactly(new Action.Resource(4711, "image"));
    }

    @Test
    void changeProtectionIsRetriedAfterATransientError() {
        String path = "/images/4711/actions/change_protection";
        api.server()
                .stubFor(post(urlPathEqualTo(path))
                        .inScenario("protect")
                        .whenScenarioStateIs(Scenario.STARTED)
                        .willSetStateTo("ok")
                        .willReturn(aResponse()
                                .withStatus(503)
                                .withHeader("Content-Type", "application/json")
                                .withBody("{\"error\":{\"code\":\"unavailable\",\"message\":\"try later\"}}")));
        api.server()
                .stubFor(post(urlPathEqualTo(path))
                        .inScenario("protect")
                        .whenScenarioStateIs("ok")
                        .willReturn(aResponse()
                                .withStatus(201)
                                .withHeader("Content-Type", "application/json")
                                .withBody(Fixtures.json("actions/change-protection-201.json"))));

        Action action = service().changeProtection(4711, true);

        assertThat(action.id()).isEqualTo(21);
        api.server()
                .verify(
                        exactly(2),
                        postRequestedFor(urlPathEqualTo(path)).withRequestBody(equalToJson("{\"delete\":true}")));
        assertThat(api.sleeper().sleeps()).containsExactly(Duration.ofSeconds(1));
    }
}
