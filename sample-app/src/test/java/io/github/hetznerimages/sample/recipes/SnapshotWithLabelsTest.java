package io.github.hetznerimages.sample.recipes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.hetznerimages.error.ActionFailedException;
import io.github.hetznerimages.images.Image;
import io.github.hetznerimages.images.ImageStatus;
import io.github.hetznerimages.test.FakeServer;
import io.github.hetznerimages.test.HetznerImagesFake;
import io.github.hetznerimages.test.junit.HetznerImagesFakeExtension;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SnapshotWithLabelsTest {

    @RegisterExtension
    static final HetznerImagesFakeExtension API = FakeApi.emptyFake();

    @Test
    void snapshotsTheServerWithTheLabelsAndReturnsItOnceAvailable() {
        HetznerImagesFake hetzner = API.fake().add(FakeServer.of(4711, "web-1"));

        Image snapshot = new SnapshotWithLabels(FakeApi.imagesOn(hetzner)).snapshot(4711, "web", "before deploy");

        hetzner.assertCreatedFrom(4711);
        assertThat(snapshot.status()).isEqualTo(ImageStatus.AVAILABLE);
        assertThat(snapshot.description()).isEqualTo("before deploy");
        assertThat(snapshot.labels()).isEqualTo(Map.of("app", "web", "server", "4711"));
        assertThat(hetzner.createdImageIds()).containsExactly(snapshot.id());
    }

    @Test
    void aSnapshotTheApiCannotCreateIsAnActionFailure() {
        HetznerImagesFake hetzner = API.fake().add(FakeServer.of(4711, "web-1"));
        hetzner.failNextImageCreation("image_creation_failed", "disk unreadable");

        assertThatThrownBy(() -> new SnapshotWithLabels(FakeApi.imagesOn(hetzner)).snapshot(4711, "web", "x"))
                .isInstanceOfSatisfying(
                        ActionFailedException.class,
                        ex -> assertThat(ex.errorCode()).isEqualTo("image_creation_failed"));
    }
}
