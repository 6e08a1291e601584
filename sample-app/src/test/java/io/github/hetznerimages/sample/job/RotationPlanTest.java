package io.github.hetznerimages.sample.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.hetznerimages.images.Image;
import io.github.hetznerimages.sample.testsupport.TestImages;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RotationPlanTest {

    private static final Map<String, String> DAILY = Map.of("backup_type", "daily");

    private final Image day1 = TestImages.snapshot(11, "2026-11-01T03:00:00Z", DAILY, false);
    private final Image day2 = TestImages.snapshot(12, "2026-11-02T03:00:00Z", DAILY, true);
    private final Image day3 = TestImages.snapshot(13, "2026-11-03T03:00:00Z", DAILY, false);
    private final Image day4 = TestImages.snapshot(14, "2026-11-04T03:00:00Z", DAILY, false);

    @Test
    void keepsTheNewestAndDeletesTheRestSkippingProtected() {
        RotationPlan plan = RotationPlan.of(List.of(day2, day4, day1, day3), 1);

        assertThat(plan.kept()).containsExactly(day4);
        assertThat(plan.delete()).containsExactly(day3, day1);
        assertThat(plan.skipped()).containsExactly(day2);
    }

    @Test
    void protectedSnapshotsAmongTheNewestCountAsKept() {
        RotationPlan plan = RotationPlan.of(List.of(day1, day2, day3, day4), 3);

        assertThat(plan.kept()).containsExactly(day4, day3, day2);
        assertThat(plan.delete()).containsExactly(day1);
        assertThat(plan.skipped()).isEmpty();
    }

    @Test
    void keepingMoreThanThereAreDeletesNothing() {
        RotationPlan plan = RotationPlan.of(List.of(day1, day3), 5);

        assertThat(plan.kept()).containsExactly(day3, day1);
        assertThat(plan.delete()).isEmpty();
    }

    @Test
    void keepZeroDeletesAllUnprotected() {
        RotationPlan plan = RotationPlan.of(List.of(day1, day2, day3), 0);

        assertThat(plan.kept()).isEmpty();
        assertThat(plan.delete()).containsExactly(day3, day1);
        assertThat(plan.skipped()).containsExactly(day2);
    }

    @Test
    void sameCreationTimeOrdersByIdNewestFirst() {
        Image twin = TestImages.snapshot(99, "2026-11-04T03:00:00Z", DAILY, false);

        RotationPlan plan = RotationPlan.of(List.of(day4, twin), 1);

        assertThat(plan.kept()).containsExactly(twin);
        assertThat(plan.delete()).containsExactly(day4);
    }

    @Test
    void refusesNegativeKeep() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> RotationPlan.of(List.of(day1), -1))
                .withMessage("keep must be 0 or more, was -1");
    }
}
