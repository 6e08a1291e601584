package io.github.hetznerimages.sample.output;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hetznerimages.images.Image;
import io.github.hetznerimages.sample.testsupport.TestImages;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ImageTableTest {

    @Test
    void rendersAHeaderAndOneAlignedRowPerImage() {
        List<Image> images = List.of(
                TestImages.demoImage(161547269L), TestImages.demoImage(302000004L), TestImages.demoImage(15512617L));

        List<String> lines = ImageTable.render(images);

        assertThat(String.join("\n", lines)).isEqualTo("""
                        ID         TYPE      STATUS     NAME/DESCRIPTION                                ARCH  SIZE     \
                        CREATED           PROTECTED  LABELS
                        161547269  system    available  ubuntu-24.04                                    x86   -        \
                        2024-04-25 12:00  no         -
                        302000004  snapshot  available  web-1 daily 2026-11-18 (before kernel upgrade)  x86   2.46 GB  \
                        2026-11-18 03:00  yes        app=web,backup_type=daily
                        15512617   system    available  ubuntu-20.04 (deprecated)                       x86   -        \
                        2020-04-23 19:55  no         -""");
    }

    @Test
    void rendersOnlyTheHeaderForNoImages() {
        assertThat(ImageTable.render(List.of()))
                .containsExactly("ID  TYPE  STATUS  NAME/DESCRIPTION  ARCH  SIZE  CREATED  PROTECTED  LABELS");
    }

    @Test
    void shortensLongDescriptionsAndSortsLabels() {
        Image image = TestImages.snapshot(7, "2026-11-20T03:00:00+01:00", Map.of("z", "1", "a", "2"), false);
        Image described = new Image(
                image.id(),
                image.type(),
                image.status(),
                null,
                "x".repeat(60),
                image.imageSize(),
                image.diskSize(),
                image.created(),
                image.createdFrom(),
                null,
                image.osFlavor(),
                image.osVersion(),
                null,
                image.protection(),
                null,
                null,
                image.labels(),
                image.architecture());

        String row = ImageTable.render(List.of(described)).get(1);

        assertThat(row).contains("x".repeat(45) + "...").doesNotContain("x".repeat(46));
        assertThat(row).contains("2026-11-20 02:00").endsWith("a=2,z=1");
    }
}
