package io.github.hetznerimages.test.example;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hetznerimages.images.CreatedImage;
import io.github.hetznerimages.images.Image;
import io.github.hetznerimages.images.ImageStatus;
import io.github.hetznerimages.test.FakeImage;
import io.github.hetznerimages.test.FakeServer;
import io.github.hetznerimages.test.HetznerImagesFake;
import io.github.hetznerimages.test.context.AutoConfigureHetznerImagesFake;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

@SpringBootTest
@AutoConfigureHetznerImagesFake(defaultProject = false)
class ServerBackupsTest {

    @Autowired
    HetznerImagesFake hetzner;

    @Autowired
    ServerBackups backups;

    @BeforeEach
    void seedServerAndNightlySnapshots() {
        hetzner.add(FakeServer.of(4711, "web-1"));
        hetzner.add(nightly(100, 4).protectedFromDeletion(), nightly(101, 3), nightly(102, 2), nightly(103, 1));
    }

    @Test
    void snapshotsTheServerThenKeepsTheNewestThreeNightlySnapshots() {
        CreatedImage started = backups.snapshot(4711);
        hetzner.advance(Duration.ofMinutes(2)); // the snapshot finishes on the fake's clock: no real waiting
        Image snapshot = backups.await(started);
        List<Long> deleted = backups.rotate(4711, 3);

        assertThat(snapshot.status()).isEqualTo(ImageStatus.AVAILABLE);
        hetzner.assertCreatedFrom(4711);
        assertThat(deleted).containsExactly(101L);
        hetzner.assertDeleted(101); // 100 is older but protected
        assertThat(hetzner.imageIds()).containsExactlyInAnyOrder(100L, 102L, 103L, snapshot.id());
    }

    @Test
    void rotatingFewerSnapshotsThanItKeepsDeletesNothing() {
        assertThat(backups.rotate(4711, 10)).isEmpty();

        hetzner.assertNothingDeleted();
    }

    private FakeImage nightly(long id, int daysAgo) {
        return FakeImage.snapshot(id)
                .createdFrom(4711, "web-1")
                .label("backup", "nightly")
                .label("server", "4711")
                .created(hetzner.now().minus(Duration.ofDays(daysAgo)));
    }

    /** Stands in for the application's {@code @SpringBootApplication}. */
    @SpringBootConfiguration
    @EnableAutoConfiguration
    @Import(ServerBackups.class)
    static class Application {}
}
