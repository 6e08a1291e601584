package io.github.hetznerimages.sample.recipes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.hetznerimages.images.Architecture;
import io.github.hetznerimages.test.FakeImage;
import io.github.hetznerimages.test.HetznerImagesFake;
import io.github.hetznerimages.test.junit.HetznerImagesFakeExtension;
import java.time.Duration;
import java.time.Instant;
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
                FakeImage.system(3, "ubuntu-20.04").deprecated(Instant.parse("2025-05-01T00:00:00Z")),
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
    void failsWhenNeitherExistsOrTheSystemImageIsDeprecated() {
        assertThatThrownBy(() -> recipe.pick("db", Architecture.X86, "debian-13"))
                .isInstanceOf(NoSuchElementException.class)
                .hasMessage("no snapshot with role=db and no current system image debian-13");
        assertThatThrownBy(() -> recipe.pick("db", Architecture.X86, "ubuntu-20.04"))
                .isInstanceOf(NoSuchElementException.class);
    }

    private FakeImage golden(long id, int daysAgo) {
        return FakeImage.snapshot(id).label("role", "web").created(hetzner.now().minus(Duration.ofDays(daysAgo)));
    }
}
