package io.github.hetznerimages.sample.recipes;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hetznerimages.images.Image;
import io.github.hetznerimages.test.FakeServer;
import io.github.hetznerimages.test.HetznerImagesFake;
import io.github.hetznerimages.test.junit.HetznerImagesFakeExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ServerWithVolumeImageTest {

    @RegisterExtension
    static final HetznerImagesFakeExtension API = FakeApi.emptyFake();

    @Test
    void theSnapshotNamesTheVolumeAndIsFoundByIt() {
        HetznerImagesFake hetzner = API.fake().add(FakeServer.of(4711, "db-1"));
        ServerWithVolumeImage recipe = new ServerWithVolumeImage(FakeApi.imagesOn(hetzner));

        Image snapshot = recipe.snapshot(4711, 99, "pgdata");

        hetzner.assertCreatedFrom(4711);
        assertThat(snapshot.labels())
                .containsEntry("volume-id", "99")
                .containsEntry("volume-name", "pgdata")
                .containsEntry("server", "4711");
        assertThat(recipe.newestWithVolume(99)).map(Image::id).contains(snapshot.id());
        assertThat(recipe.newestWithVolume(100)).isEmpty();
    }
}
