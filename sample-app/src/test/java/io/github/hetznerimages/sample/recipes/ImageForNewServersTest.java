package io.github.hetznerimages.sample.recipes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.hetznerimages.images.Architecture;
import io.github.hetznerimages.test.FakeImage;
import io.github.hetznerimages.test.HetznerImagesFake;
import io.github.hetznerimages.test.junit.HetznerImagesFakeExtension;
import java.time.Duration;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ImageForNewServersTest {

    @RegisterExtension
    static final HetznerImagesFakeExtension API = FakeApi.emptyFake();

    private HetznerImagesFake hetzner;
    private ImageForNewServers recipe;

    @BeforeEach
    void seed() {
        hetzner = API.fake();
        hetzner.add(
                FakeImage.system(1, "ubuntu-24.04"),
                FakeImage.system(2, "ubuntu-24.04").architecture("arm"),
                golden(10, 3),
                golden(11, 2),
                golden(12, 1).status("creating"),
                golden(13, 0).architecture("arm").label("role", "other"));
        recipe = new ImageForNewServers(FakeApi.imagesOn(hetzner));
    }

    @Test
    void picksTheNewestAvailableGoldenSnapshotOfTheArchitecture() {
        assertThat(recipe.pick("web", Architecture.X86, "ubuntu-24.04").id()).isEqualTo(11L);
    }

    @Test
    void fallsBackToTheSystemImageOfTheArchitectureWhenNoSnapshotHasTheRole() {
        assertThat(recipe.pick("web", Architecture.ARM, "ubuntu-24.04").id()).isEqualTo(2L);
        assertThat(recipe.pick("db", Architecture.X86, "ubuntu-24.04").id()).isEqualTo(1L);
    }

    @Test
    void failsWhenNeitherExists() {
        assertThatThrownBy(() -> recipe.pick("db", Architecture.X86, "debian-13"))
                .isInstanceOf(NoSuchElementException.class)
                .hasMessage("no snapshot with role=db and no system image debian-13");
    }

    private FakeImage golden(long id, int daysAgo) {
        return FakeImage.snapshot(id).label("role", "web").created(hetzner.now().minus(Duration.ofDays(daysAgo)));
    }
}
