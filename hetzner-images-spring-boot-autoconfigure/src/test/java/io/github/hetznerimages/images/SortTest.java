package io.github.hetznerimages.images;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.hetznerimages.Sort;
import io.github.hetznerimages.SortDirection;
import org.junit.jupiter.api.Test;

class SortTest {

    @Test
    void valuesAreSpelledAsTheApiListsThem() {
        assertThat(Sort.ascending(ImageSortField.ID).value()).isEqualTo("id:asc");
        assertThat(Sort.descending(ImageSortField.NAME).value()).isEqualTo("name:desc");
        assertThat(Sort.by(ImageSortField.CREATED, SortDirection.DESC)).hasToString("created:desc");
        assertThat(Sort.by(ImageSortField.CREATED, SortDirection.ASC))
                .isEqualTo(Sort.ascending(ImageSortField.CREATED));
    }

    @Test
    void missingPartsAreRejected() {
        assertThatThrownBy(() -> Sort.by(null, SortDirection.ASC))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("sort field must not be null");
        assertThatThrownBy(() -> Sort.by(ImageSortField.ID, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("sort direction must not be null");
    }
}
