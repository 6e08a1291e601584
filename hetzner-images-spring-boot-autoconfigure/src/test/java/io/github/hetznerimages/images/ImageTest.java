package io.github.hetznerimages.images;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ImageTest {

    @Test
    void deletedAtReadsRfc3339AndToleratesOddValues() {
        Image backup = ImageFixtures.mixedList().get(2);

        assertThat(backup.deletedAt()).isEqualTo(OffsetDateTime.parse("2026-07-08T03:12:44Z"));
        assertThat(withDeleted("yesterday").deletedAt()).isNull();
        assertThat(withDeleted(" ").deletedAt()).isNull();
        assertThat(withDeleted(null).deletedAt()).isNull();
    }

    @Test
    void helpersReflectTheNullableFields() {
        List<Image> list = ImageFixtures.mixedList();

        assertThat(list.get(1).isDeprecated()).isTrue();
        assertThat(list.get(0).isDeprecated()).isFalse();
        assertThat(list.get(2).name()).isNull();
        assertThat(list.get(0).createdFrom()).isNull();
        assertThat(list.get(2).createdFrom()).isEqualTo(new Image.CreatedFrom(6021, "db-1"));
        assertThat(ImageFixtures.snapshot().deleteProtected()).isTrue();
        assertThat(list.get(0).deleteProtected()).isFalse();
    }

    @Test
    void labelsAreAnImmutableCopyAndEmptyWhenAbsent() {
        Map<String, String> labels = new HashMap<>(Map.of("env", "prod"));
        Image image = withLabels(labels);
        labels.put("late", "x");

        assertThat(image.labels()).isEqualTo(Map.of("env", "prod"));
        assertThat(withLabels(null).labels()).isEmpty();
    }

    private static Image withDeleted(String deleted) {
        Image s = ImageFixtures.snapshot();
        return new Image(
                s.id(),
                s.type(),
                s.status(),
                s.name(),
                s.description(),
                s.imageSize(),
                s.diskSize(),
                s.created(),
                s.createdFrom(),
                s.boundTo(),
                s.osFlavor(),
                s.osVersion(),
                s.rapidDeploy(),
                s.protection(),
                s.deprecated(),
                deleted,
                s.labels(),
                s.architecture());
    }

    private static Image withLabels(Map<String, String> labels) {
        Image s = ImageFixtures.snapshot();
        return new Image(
                s.id(),
                s.type(),
                s.status(),
                s.name(),
                s.description(),
                s.imageSize(),
                s.diskSize(),
                s.created(),
                s.createdFrom(),
                s.boundTo(),
                s.osFlavor(),
                s.osVersion(),
                s.rapidDeploy(),
                s.protection(),
                s.deprecated(),
                s.deleted(),
                labels,
                s.architecture());
    }
}
