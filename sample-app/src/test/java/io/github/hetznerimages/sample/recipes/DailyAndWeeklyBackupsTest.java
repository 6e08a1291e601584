package io.github.hetznerimages.sample.recipes;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hetznerimages.images.CreatedImage;
import io.github.hetznerimages.images.Image;
import io.github.hetznerimages.images.RetentionPlan;
import io.github.hetznerimages.images.RetentionResult;
import io.github.hetznerimages.test.FakeImage;
import io.github.hetznerimages.test.FakeServer;
import io.github.hetznerimages.test.HetznerImagesFake;
import io.github.hetznerimages.test.junit.HetznerImagesFakeExtension;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Server 4711 has 10 daily snapshots (ids 100..109, 109 the newest; 101 protected) and 6 weekly ones (200..205,
 * 205 the newest); server 4712 has 10 daily ones too (300..309), which rotating 4711 never touches.
 */
class DailyAndWeeklyBackupsTest {

    @RegisterExtension
    static final HetznerImagesFakeExtension API = FakeApi.emptyFake();

    private HetznerImagesFake hetzner;
    private DailyAndWeeklyBackups backups;

    @BeforeEach
    void seed() {
        hetzner = API.fake().add(FakeServer.of(4711, "web-1"), FakeServer.of(4712, "web-2"));
        for (int i = 0; i < 10; i++) {
            FakeImage daily = backup(100 + i, 4711, "daily", Duration.ofDays(10 - i));
            hetzner.add(i == 1 ? daily.protectedFromDeletion() : daily);
            hetzner.add(backup(300 + i, 4712, "daily", Duration.ofDays(10 - i)));
        }
        for (int i = 0; i < 6; i++) {
            hetzner.add(backup(200 + i, 4711, "weekly", Duration.ofDays(7L * (6 - i))));
        }
        backups = new DailyAndWeeklyBackups(FakeApi.imagesOn(hetzner));
    }

    @Test
    void snapshotsAreLabelledWithTheirKindAndServer() {
        CreatedImage created = backups.snapshot(4711, "weekly");

        hetzner.assertCreatedFrom(4711);
        assertThat(created.image().labels()).isEqualTo(Map.of("backup_type", "weekly", "server", "4711"));
    }

    @Test
    void thePlanKeepsSevenDailyAndFourWeeklyAndDeletesNothing() {
        List<RetentionPlan> plans = backups.plan(4711);

        assertThat(plans.get(0).kept()).extracting(Image::id).containsExactly(109L, 108L, 107L, 106L, 105L, 104L, 103L);
        assertThat(plans.get(0).toDelete()).extracting(Image::id).containsExactly(102L, 100L);
        assertThat(plans.get(0).skipped()).extracting(Image::id).containsExactly(101L);
        assertThat(plans.get(1).kept()).extracting(Image::id).containsExactly(205L, 204L, 203L, 202L);
        assertThat(plans.get(1).toDelete()).extracting(Image::id).containsExactly(201L, 200L);
        hetzner.assertNothingDeleted();
    }

    @Test
    void rotatingDeletesExactlyWhatThePlansList() {
        List<RetentionResult> results = backups.rotate(4711);

        assertThat(results).allSatisfy(result -> assertThat(result.complete()).isTrue());
        hetzner.assertDeleted(100, 102, 200, 201);
    }

    private FakeImage backup(long id, long serverId, String type, Duration age) {
        return FakeImage.snapshot(id)
                .createdFrom(serverId, "web")
                .label("backup_type", type)
                .label("server", Long.toString(serverId))
                .created(hetzner.now().minus(age));
    }
}
