package io.github.hetznerimages.images;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.havingExactly;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static io.github.hetznerimages.images.RetentionFixtures.NOW;
import static io.github.hetznerimages.images.RetentionFixtures.id;
import static io.github.hetznerimages.images.RetentionFixtures.ids;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.groups.Tuple.tuple;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.hetznerimages.LabelSelector;
import io.github.hetznerimages.contract.SkipContractValidation;
import io.github.hetznerimages.error.ErrorException;
import io.github.hetznerimages.error.TransporterException;
import io.github.hetznerimages.images.RetentionFixtures.Snapshot;
import io.github.hetznerimages.images.RetentionPlan.Decision;
import io.github.hetznerimages.images.RetentionPlan.Entry;
import io.github.hetznerimages.images.RetentionResult.Outcome;
import io.github.hetznerimages.images.RetentionResult.Status;
import io.github.hetznerimages.testsupport.Fixtures;
import io.github.hetznerimages.testsupport.HetznerApiExtension;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Retention against a stubbed project of 36 labelled daily snapshots of different ages, three protected. */
class ImageRetentionTest {

    @RegisterExtension
    static final HetznerApiExtension api = new HetznerApiExtension();

    private static final LabelSelector DAILY =
            LabelSelector.builder().eq("backup_type", "daily").build();

    private ImageRetention retention;

    @BeforeEach
    void createRetention() {
        ImagesService images = new ImagesService(api.client(), new ImageActionsService(api.client()));
        retention = images.retention().withClock(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void planKeepsTheNewestOrTheYoungSkipsProtectedAndSendsNoWrite() {
        stubDailyList(RetentionFixtures.daily());

        RetentionPlan plan =
                retention.plan(policy().keepNewest(3).maxAge(Duration.ofDays(7)).build());

        // i = 0..13 are younger than 7 days (i * 12 h + 1 h < 168 h); i = 14..35 are older and not among the newest 3
        assertThat(idsOf(plan.kept())).isEqualTo(ids(IntStream.range(0, 14)));
        assertThat(idsOf(plan.toDelete()))
                .isEqualTo(ids(IntStream.range(14, 36).filter(i -> i != 20 && i != 30)))
                .hasSize(20);
        assertThat(idsOf(plan.skipped())).containsExactly(id(20), id(30));
        assertThat(plan.entries().stream().map(e -> e.image().id()).toList())
                .as("newest first")
                .isEqualTo(ids(IntStream.range(0, 36)));
        assertThat(plan.entries().get(0).reason()).isEqualTo("among the newest 3 and younger than 7d");
        assertThat(plan.entries().get(5).reason()).isEqualTo("younger than 7d");
        assertThat(plan.entries().get(5).image().deleteProtected()).isTrue();
        assertThat(plan.entries().get(14)).satisfies(entry -> {
            assertThat(entry.decision()).isEqualTo(Decision.DELETE);
            assertThat(entry.reason()).isEqualTo("older than 7d and not among the newest 3");
        });
        assertThat(plan.entries().get(20).reason())
                .isEqualTo("delete-protected, but older than 7d and not among the newest 3");
        assertThat(plan.evaluatedAt()).isEqualTo(NOW);
        assertThat(api.server().getAllServeEvents()).hasSize(1);
        api.server()
                .verify(getRequestedFor(urlPathEqualTo("/images"))
                        .withQueryParam("type", havingExactly("snapshot"))
                        .withQueryParam("label_selector", havingExactly("backup_type=daily"))
                        .withQueryParam("sort", havingExactly("id:asc"))
                        .withQueryParam("per_page", havingExactly("50")));
    }

    @Test
    void planByCountAloneKeepsOnlyTheNewestAndSkipsEveryOlderProtectedSnapshot() {
        stubDailyList(RetentionFixtures.daily());

        RetentionPlan plan = retention.plan(policy().keepNewest(3).build());

        assertThat(idsOf(plan.kept())).isEqualTo(ids(IntStream.range(0, 3)));
        assertThat(idsOf(plan.skipped())).containsExactly(id(5), id(20), id(30));
        assertThat(plan.toDelete()).hasSize(30);
        assertThat(plan.entries().get(3).reason()).isEqualTo("not among the newest 3");
    }

    @Test
    void planByAgeAloneKeepsOnlyTheYoung() {
        stubDailyList(RetentionFixtures.daily());

        RetentionPlan plan =
                retention.plan(policy().maxAge(Duration.ofHours(36)).build());

        // 1 h, 13 h and 25 h old are younger than 36 h; 37 h is not
        assertThat(idsOf(plan.kept())).isEqualTo(ids(IntStream.range(0, 3)));
        assertThat(plan.entries().get(3).reason()).isEqualTo("older than 36h");
        assertThat(idsOf(plan.skipped())).containsExactly(id(5), id(20), id(30));
    }

    @Test
    void planByDateKeepsWhatWasCreatedAtOrAfterIt() {
        stubDailyList(RetentionFixtures.daily());
        Instant date = NOW.minus(Duration.ofHours(36));

        RetentionPlan plan = retention.plan(policy().createdBefore(date).build());

        // the same split as maxAge 36h: 1 h, 13 h and 25 h old are kept, 37 h old is not
        assertThat(idsOf(plan.kept())).isEqualTo(ids(IntStream.range(0, 3)));
        assertThat(plan.entries().get(0).reason()).isEqualTo("created at or after " + date);
        assertThat(plan.entries().get(3).reason()).isEqualTo("created before " + date);
        assertThat(idsOf(plan.skipped())).containsExactly(id(5), id(20), id(30));
    }

    @Test
    void anImageExactlyMaxAgeOldIsNoLongerYoung() {
        stubDailyList(List.of(
                new Snapshot(1, NOW.minus(Duration.ofDays(1)), false),
                new Snapshot(2, NOW.minus(Duration.ofDays(1)).plusSeconds(1), false)));

        RetentionPlan plan = retention.plan(policy().maxAge(Duration.ofDays(1)).build());

        assertThat(idsOf(plan.kept())).containsExactly(2L);
        assertThat(idsOf(plan.toDelete())).containsExactly(1L);
    }

    @Test
    void tiesInCreationTimeAreBrokenByIdNewestFirst() {
        Instant sameSecond = NOW.minus(Duration.ofDays(3));
        stubDailyList(List.of(
                new Snapshot(7, sameSecond, false),
                new Snapshot(9, sameSecond, false),
                new Snapshot(8, sameSecond, false)));

        RetentionPlan plan = retention.plan(policy().keepNewest(1).build());

        assertThat(idsOf(plan.kept())).containsExactly(9L);
        assertThat(idsOf(plan.toDelete())).containsExactly(8L, 7L);
    }

    @Test
    void backupPolicyWithoutSelectorListsEveryBackup() {
        api.server()
                .stubFor(get(urlPathEqualTo("/images")).willReturn(okJson(Fixtures.json("images/list-empty.json"))));

        RetentionPlan plan = retention.plan(RetentionPolicy.builder()
                .type(ImageType.BACKUP)
                .maxAge(Duration.ofDays(7))
                .build());

        assertThat(plan.entries()).isEmpty();
        assertThat(api.server().getAllServeEvents().get(0).getRequest().getUrl())
                .isEqualTo("/images?sort=id%3Aasc&type=backup&page=1&per_page=50");
    }

    @Test
    @SkipContractValidation("answers a snapshot without the 'created' the spec requires, to prove it is never deleted")
    void anImageWithoutCreationTimeIsSkippedAndTakesNoPlaceAmongTheNewest() {
        String answer = RetentionFixtures.answer(List.of(
                        new Snapshot(1, NOW.minus(Duration.ofDays(30)), false),
                        new Snapshot(2, NOW.minus(Duration.ofDays(40)), false)))
                .replace("\"created\":\"" + NOW.minus(Duration.ofDays(30)) + "\",", "");
        api.server().stubFor(get(urlPathEqualTo("/images")).willReturn(okJson(answer)));

        RetentionPlan plan = retention.plan(policy().keepNewest(1).build());

        assertThat(plan.entries())
                .extracting(e -> e.image().id(), Entry::decision, Entry::reason)
                .containsExactly(
                        tuple(2L, Decision.KEEP, "among the newest 1"),
                        tuple(1L, Decision.SKIP, "creation time unknown"));
    }

    @Test
    void applyDeletesExactlyThePlannedImagesAndContinuesPastAFailure() {
        stubDailyList(RetentionFixtures.daily());
        api.server()
                .stubFor(delete(urlPathMatching("/images/\\d+"))
                        .willReturn(aResponse().withStatus(204)));
        api.server()
                .stubFor(delete(urlEqualTo("/images/" + id(14)))
                        .willReturn(aResponse()
                                .withStatus(423)
                                .withHeader("Content-Type", "application/json")
                                .withBody(Fixtures.json("images/error-locked.json"))));
        api.server()
                .stubFor(delete(urlEqualTo("/images/" + id(15)))
                        .willReturn(aResponse()
                                .withStatus(404)
                                .withHeader("Content-Type", "application/json")
                                .withBody(Fixtures.json("images/error-not-found.json"))));
        RetentionPlan plan =
                retention.plan(policy().keepNewest(3).maxAge(Duration.ofDays(7)).build());

        RetentionResult result = retention.apply(plan);

        List<Long> planned = ids(IntStream.range(14, 36).filter(i -> i != 20 && i != 30));
        assertThat(deleteRequestIds()).isEqualTo(planned);
        assertThat(result.plan()).isSameAs(plan);
        assertThat(result.outcomes()).hasSize(20);
        assertThat(result.outcomes().get(0)).satisfies(failed -> {
            assertThat(failed.image().id()).isEqualTo(id(14));
            assertThat(failed.status()).isEqualTo(Status.FAILED);
            assertThat(failed.failure())
                    .isInstanceOfSatisfying(
                            ErrorException.class,
                            ex -> assertThat(ex.isLocked()).isTrue());
        });
        assertThat(result.outcomes().get(1).status()).isEqualTo(Status.ALREADY_DELETED);
        assertThat(result.outcomes().subList(2, 20)).allMatch(o -> o.status() == Status.DELETED);
        assertThat(idsOf(result.deleted())).isEqualTo(planned.subList(1, 20));
        assertThat(result.failures()).extracting(o -> o.image().id()).containsExactly(id(14));
        assertThat(result.complete()).isFalse();
    }

    @Test
    void applyStopsAtARefusedTokenInsteadOfSendingDeletionsBoundToFail() {
        stubDailyList(List.of(
                new Snapshot(1, NOW.minus(Duration.ofDays(9)), false),
                new Snapshot(2, NOW.minus(Duration.ofDays(8)), false),
                new Snapshot(3, NOW.minus(Duration.ofDays(7)), false),
                new Snapshot(4, NOW, false)));
        api.server()
                .stubFor(delete(urlPathMatching("/images/\\d+"))
                        .willReturn(aResponse()
                                .withStatus(403)
                                .withHeader("Content-Type", "application/json")
                                .withBody("{\"error\":{\"code\":\"token_readonly\","
                                        + "\"message\":\"the token is read-only\",\"details\":{}}}")));

        RetentionResult result = retention.apply(
                retention.plan(policy().maxAge(Duration.ofDays(1)).build()));

        assertThat(api.server().findAll(deleteRequestedFor(anyUrl())))
                .as("one request, not three")
                .hasSize(1);
        assertThat(result.outcomes())
                .extracting(o -> o.image().id(), Outcome::status)
                .containsExactly(
                        tuple(3L, Status.FAILED), tuple(2L, Status.NOT_ATTEMPTED), tuple(1L, Status.NOT_ATTEMPTED));
        assertThat(result.failures()).hasSize(1);
        assertThat(result.notAttempted()).extracting(o -> o.image().id()).containsExactly(2L, 1L);
        assertThat(result.notAttempted()).allMatch(o -> o.failure() == null);
        assertThat(result.deleted()).isEmpty();
        assertThat(result.complete()).isFalse();
    }

    @Test
    void applyOfAPlanWithoutDeletionsSendsNothing() {
        stubDailyList(RetentionFixtures.daily());
        RetentionPlan plan = retention.plan(policy().keepNewest(40).build());

        RetentionResult result = retention.apply(plan);

        assertThat(result.outcomes()).isEmpty();
        assertThat(result.complete()).isTrue();
        assertThat(api.server().findAll(deleteRequestedFor(anyUrl()))).isEmpty();
    }

    @Test
    @SkipContractValidation("the connection is reset, so there is no answer to validate")
    void applyReportsATransportFailureAndGoesOn() {
        stubDailyList(List.of(
                new Snapshot(1, NOW.minus(Duration.ofDays(9)), false),
                new Snapshot(2, NOW.minus(Duration.ofDays(8)), false),
                new Snapshot(3, NOW, false)));
        api.server()
                .stubFor(delete(urlEqualTo("/images/2"))
                        .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        api.server()
                .stubFor(delete(urlEqualTo("/images/1")).willReturn(aResponse().withStatus(204)));

        RetentionResult result = retention.apply(
                retention.plan(policy().maxAge(Duration.ofDays(1)).build()));

        assertThat(result.outcomes())
                .extracting(o -> o.image().id(), Outcome::status)
                .containsExactly(tuple(2L, Status.FAILED), tuple(1L, Status.DELETED));
        assertThat(result.outcomes().get(0).failure()).isInstanceOf(TransporterException.class);
        assertThat(idsOf(result.deleted())).containsExactly(1L);
    }

    @Test
    void nullArgumentsAreRefusedBeforeAnyRequest() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> retention.plan(null))
                .withMessage("policy must not be null");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> retention.apply(null))
                .withMessage("plan must not be null");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> retention.withClock(null))
                .withMessage("clock must not be null");
        assertThat(api.server().getAllServeEvents()).isEmpty();
    }

    private static RetentionPolicy.Builder policy() {
        return RetentionPolicy.builder().selector(DAILY);
    }

    private static void stubDailyList(List<Snapshot> snapshots) {
        api.server().stubFor(get(urlPathEqualTo("/images")).willReturn(okJson(RetentionFixtures.answer(snapshots))));
    }

    private static List<Long> idsOf(List<Image> images) {
        return images.stream().map(Image::id).toList();
    }

    private static List<Long> deleteRequestIds() {
        return api.server().findAll(deleteRequestedFor(anyUrl())).stream()
                .map(LoggedRequest::getUrl)
                .map(url -> Long.parseLong(url.substring("/images/".length())))
                .toList();
    }
}
