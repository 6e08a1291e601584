package io.github.hetznerimages.images;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.hetznerimages.error.TransporterException;
import io.github.hetznerimages.images.RetentionPlan.Decision;
import io.github.hetznerimages.images.RetentionPlan.Entry;
import io.github.hetznerimages.images.RetentionResult.Outcome;
import io.github.hetznerimages.images.RetentionResult.Status;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The invariants of plans and results, whoever builds them. */
class RetentionRecordsTest {

    private static final RetentionPolicy POLICY =
            RetentionPolicy.builder().keepNewest(1).build();
    private static final Image PROTECTED = ImageFixtures.snapshot();

    @Test
    void aProtectedImageCannotBePlannedForDeletion() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Entry(PROTECTED, Decision.DELETE, "old"))
                .withMessage("image 4711 is delete-protected and cannot be planned for deletion");
        assertThat(new Entry(PROTECTED, Decision.SKIP, "delete-protected").decision())
                .isEqualTo(Decision.SKIP);
    }

    @Test
    void partsAreRequired() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Entry(PROTECTED, null, "x"))
                .withMessage("image, decision and reason must not be null");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new RetentionPlan(POLICY, null, List.of()))
                .withMessage("policy, evaluatedAt and entries must not be null");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new RetentionResult(null, List.of()))
                .withMessage("plan and outcomes must not be null");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Outcome(PROTECTED, null, null))
                .withMessage("image and status must not be null");
    }

    @Test
    void anOutcomeHasAFailureExactlyWhenItFailed() {
        TransporterException failure = new TransporterException(
                "DELETE /images/{id}: connection reset", "DELETE", "/images/{id}", 0, true, null);

        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Outcome(PROTECTED, Status.FAILED, null))
                .withMessage("a failure is required exactly when the status is FAILED");
        assertThatIllegalArgumentException().isThrownBy(() -> new Outcome(PROTECTED, Status.DELETED, failure));
        assertThat(new Outcome(PROTECTED, Status.FAILED, failure).failure()).isSameAs(failure);
        assertThat(new Outcome(PROTECTED, Status.ALREADY_DELETED, null).failure())
                .isNull();
    }

    @Test
    void plansAndResultsCopyTheirLists() {
        List<Entry> entries = new ArrayList<>(List.of(new Entry(PROTECTED, Decision.KEEP, "among the newest 1")));
        RetentionPlan plan = new RetentionPlan(POLICY, Instant.EPOCH, entries);
        List<Outcome> outcomes = new ArrayList<>();
        RetentionResult result = new RetentionResult(plan, outcomes);

        entries.clear();
        outcomes.add(new Outcome(PROTECTED, Status.DELETED, null));

        assertThat(plan.kept()).containsExactly(PROTECTED);
        assertThat(result.outcomes()).isEmpty();
        assertThat(result.complete()).isTrue();
    }
}
