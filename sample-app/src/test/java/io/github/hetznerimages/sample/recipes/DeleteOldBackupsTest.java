package io.github.hetznerimages.sample.recipes;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hetznerimages.images.Image;
import io.github.hetznerimages.images.RetentionPlan;
import io.github.hetznerimages.images.RetentionResult;
import io.github.hetznerimages.test.FakeImage;
import io.github.hetznerimages.test.HetznerImagesFake;
import io.github.hetznerimages.test.junit.HetznerImagesFakeExtension;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Backups 2, 5, 8, 9 (protected) and 12 days old, the id being the age; a snapshot 30 days old. */
class DeleteOldBackupsTest {

    @RegisterExtension
    static final HetznerImagesFakeExtension API = FakeApi.emptyFake();

    private HetznerImagesFake hetzner;
    private DeleteOldBackups recipe;

    @BeforeEach
    void seed() {
        hetzner = API.fake();
        hetzner.add(
                backup(2),
                backup(5),
                backup(8),
                backup(9).protectedFromDeletion(),
                backup(12),
                FakeImage.snapshot(30).created(ago(30)));
        recipe = new DeleteOldBackups(FakeApi.imagesOn(hetzner), Clock.fixed(hetzner.now(), ZoneOffset.UTC));
    }

    @Test
    void theDryRunListsTheBackupsOlderThanTheAgeAndDeletesNothing() {
        RetentionPlan plan = recipe.planOlderThan(Duration.ofDays(7));

        assertThat(plan.toDelete()).extracting(Image::id).containsExactly(8L, 12L);
        assertThat(plan.skipped()).extracting(Image::id).containsExactly(9L);
        assertThat(plan.kept()).extracting(Image::id).containsExactly(2L, 5L);
        hetzner.assertNothingDeleted();
    }

    @Test
    void applyingThePlanDeletesExactlyWhatItLists() {
        RetentionResult result = recipe.apply(recipe.planOlderThan(Duration.ofDays(7)));

        assertThat(result.complete()).isTrue();
        hetzner.assertDeleted(8, 12);
        assertThat(hetzner.imageIds()).containsExactlyInAnyOrder(2L, 5L, 9L, 30L);
    }

    @Test
    void aDateSelectsTheBackupsCreatedBeforeIt() {
        RetentionPlan plan = recipe.planCreatedBefore(ago(6));

        assertThat(plan.toDelete()).extracting(Image::id).containsExactly(8L, 12L);
        assertThat(plan.kept()).extracting(Image::id).containsExactly(2L, 5L);
        hetzner.assertNothingDeleted();
    }

    private FakeImage backup(int daysOld) {
        return FakeImage.backup(daysOld, 4711).created(ago(daysOld));
    }

    private Instant ago(int days) {
        return hetzner.now().minus(Duration.ofDays(days));
    }
}
