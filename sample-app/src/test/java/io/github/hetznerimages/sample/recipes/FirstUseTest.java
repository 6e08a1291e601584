package io.github.hetznerimages.sample.recipes;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hetznerimages.images.Image;
import io.github.hetznerimages.test.FakeImage;
import io.github.hetznerimages.test.FakeServer;
import io.github.hetznerimages.test.HetznerImagesFake;
import io.github.hetznerimages.test.junit.HetznerImagesFakeExtension;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class FirstUseTest {

    @RegisterExtension
    static final HetznerImagesFakeExtension API = FakeApi.emptyFake();

    @Test
    void snapshotsTheServerAndKeepsTheSevenNewestAppWebSnapshots() {
        HetznerImagesFake hetzner = API.fake().add(FakeServer.of(4711, "web-1"));
        for (int id = 1; id <= 8; id++) {
            hetzner.add(FakeImage.snapshot(id)
                    .label("app", "web")
                    .created(hetzner.now().minus(Duration.ofDays(10 - id))));
        }
        hetzner.add(
                FakeImage.snapshot(20).label("app", "db").created(hetzner.now().minus(Duration.ofDays(30))));

        assertThat(new FirstUse(FakeApi.imagesOn(hetzner)).run(4711).deleted())
                .extracting(Image::id)
                .containsExactly(2L, 1L);

        hetzner.assertCreatedFrom(4711);
        hetzner.assertDeleted(1, 2);
    }
}
