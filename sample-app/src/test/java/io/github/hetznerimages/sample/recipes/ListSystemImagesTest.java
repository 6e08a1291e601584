package io.github.hetznerimages.sample.recipes;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hetznerimages.images.Architecture;
import io.github.hetznerimages.images.Image;
import io.github.hetznerimages.test.FakeImage;
import io.github.hetznerimages.test.HetznerImagesFake;
import io.github.hetznerimages.test.junit.HetznerImagesFakeExtension;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ListSystemImagesTest {

    @RegisterExtension
    static final HetznerImagesFakeExtension API = FakeApi.emptyFake();

    @Test
    void listsTheAvailableSystemImagesPerArchitectureByNameWithoutDeprecatedOnesOrSnapshots() {
        HetznerImagesFake hetzner = API.fake();
        hetzner.add(
                FakeImage.system(1, "ubuntu-24.04"),
                FakeImage.system(2, "debian-12"),
                FakeImage.system(3, "ubuntu-24.04").architecture("arm"),
                FakeImage.system(4, "ubuntu-20.04").deprecated(Instant.parse("2025-05-01T00:00:00Z")),
                FakeImage.app(5, "docker-ce"),
                FakeImage.snapshot(6));

        Map<Architecture, List<Image>> byArchitecture =
                new ListSystemImages(FakeApi.imagesOn(hetzner)).byArchitecture();

        assertThat(byArchitecture).containsOnlyKeys(Architecture.X86, Architecture.ARM);
        assertThat(byArchitecture.get(Architecture.X86)).extracting(Image::id).containsExactly(2L, 1L);
        assertThat(byArchitecture.get(Architecture.ARM)).extracting(Image::name).containsExactly("ubuntu-24.04");
    }
}
