package io.github.hetznerimages.sample.recipes;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hetznerimages.images.Image;
import io.github.hetznerimages.test.FakeImage;
import io.github.hetznerimages.test.FakeRoute;
import io.github.hetznerimages.test.HetznerImagesFake;
import io.github.hetznerimages.test.junit.HetznerImagesFakeExtension;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class LatestBackupTest {

    @RegisterExtension
    static final HetznerImagesFakeExtension API = FakeApi.emptyFake();

    private HetznerImagesFake hetzner;
    private LatestBackup latest;

    @BeforeEach
    void seed() {
        hetzner = API.fake();
        hetzner.add(
                snapshot(10, "4711", 3),
                snapshot(11, "4711", 2),
                snapshot(12, "4711", 1).status("creating"),
                snapshot(13, "4712", 0),
                FakeImage.backup(20, 4711).created(ago(2)),
                FakeImage.backup(21, 4711).created(ago(1)),
                FakeImage.backup(22, 4712).created(ago(0)));
        latest = new LatestBackup(FakeApi.imagesOn(hetzner));
    }

    @Test
    void findsTheNewestAvailableSnapshotOfTheServerInOneRequest() {
        assertThat(latest.latestSnapshot(4711)).map(Image::id).contains(11L);
        hetzner.assertSentCount(1);
        hetzner.assertSent(r -> r.is(FakeRoute.LIST_IMAGES) && "1".equals(r.queryParam("per_page")));
    }

    @Test
    void findsTheNewestHetznerBackupOfTheServer() {
        assertThat(latest.latestHetznerBackup(4711)).map(Image::id).contains(21L);
    }

    @Test
    void isEmptyWhenTheServerHasNone() {
        assertThat(latest.latestSnapshot(4713)).isEmpty();
        assertThat(latest.latestHetznerBackup(4713)).isEmpty();
    }

    private FakeImage snapshot(long id, String server, int daysAgo) {
        return FakeImage.snapshot(id).label("server", server).created(ago(daysAgo));
    }

    private java.time.Instant ago(int days) {
        return hetzner.now().minus(Duration.ofDays(days));
    }
}
