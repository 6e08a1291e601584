package io.github.hetznerimages.images;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.hetznerimages.SortDirection;
import org.junit.jupiter.api.Test;

class ImageSortTest {

    @Test
    void valuesAreSpelledAsTheApiListsThem() {
        assertThat(ImageSort.ascending(ImageSortField.ID).value()).isEqualTo("id:asc");
        assertThat(ImageSort.descending(ImageSortField.NAME).value()).isEqualTo("name:desc");
        assertThat(ImageSort.by(ImageSortField.CREATED, SortDirection.DESC)).hasToString("created:desc");
        assertThat(ImageSort.by(ImageSortField.CREATED, SortDirection.ASC))
                .isEqualTo(ImageSort.ascending(ImageSortField.CREATED));
    }

    @Test
    void missingPartsAreRejected() {
        assertThatThrownBy(() -> ImageSort.by(null, SortDirection.ASC))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("sort field must not be null");
        assertThatThrownBy(() -> ImageSort.by(ImageSortField.ID, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("sort direction must not be null");
    }
}
