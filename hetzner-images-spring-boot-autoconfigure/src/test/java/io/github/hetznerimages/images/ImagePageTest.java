package io.github.hetznerimages.images;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.hetznerimages.client.Pagination;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImagePageTest {

    @Test
    void hasNextPageFollowsNextPageAndIsFalseWithoutPagination() {
        assertThat(new ImagePage(List.of(), new Pagination(1, 25, null, 2L, 2L, 30L)).hasNextPage())
                .isTrue();
        assertThat(new ImagePage(List.of(), new Pagination(2, 25, 1L, null, 2L, 30L)).hasNextPage())
                .isFalse();
        assertThat(new ImagePage(null, null).hasNextPage()).isFalse();
        assertThat(new ImagePage(null, null).images()).isEmpty();
    }

    @Test
    void aNextPageOfZeroIsNoNextPage() {
        Pagination zero = new Pagination(1, 25, null, 0L, 1L, 3L);

        assertThat(new ImagePage(List.of(), zero).hasNextPage()).isFalse();
        assertThat(zero.next()).isEmpty();
        assertThat(new Pagination(1, 25, null, 2L, 2L, 30L).next()).hasValue(2);
    }

    @Test
    void imagesAreAnImmutableCopy() {
        List<Image> images = new ArrayList<>(List.of(ImageFixtures.snapshot()));
        ImagePage page = new ImagePage(images, null);
        images.clear();

        assertThat(page.images()).containsExactly(ImageFixtures.snapshot());
        assertThatThrownBy(() -> page.images().clear()).isInstanceOf(UnsupportedOperationException.class);
    }
}
