package io.github.hetznerimages.images;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.hetznerimages.Page;
import io.github.hetznerimages.Pagination;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PageTest {

    @Test
    void hasNextFollowsNextPageAndIsFalseWithoutPagination() {
        assertThat(new Page<Image>(List.of(), new Pagination(1, 25, null, 2L, 2L, 30L)).hasNext())
                .isTrue();
        assertThat(new Page<Image>(List.of(), new Pagination(2, 25, 1L, null, 2L, 30L)).hasNext())
                .isFalse();
        assertThat(new Page<Image>(List.of(), null).hasNext()).isFalse();
    }

    @Test
    void aNextPageOfZeroIsNoNextPage() {
        Pagination zero = new Pagination(1, 25, null, 0L, 1L, 3L);

        assertThat(new Page<Image>(List.of(), zero).hasNext()).isFalse();
        assertThat(zero.hasNext()).isFalse();
        assertThat(new Pagination(1, 25, null, 2L, 2L, 30L).hasNext()).isTrue();
    }

    @Test
    void itemsAreAnImmutableCopy() {
        List<Image> images = new ArrayList<>(List.of(ImageFixtures.snapshot()));
        Page<Image> page = new Page<>(images, null);
        images.clear();

        assertThat(page.items()).containsExactly(ImageFixtures.snapshot());
        assertThatThrownBy(() -> page.items().clear()).isInstanceOf(UnsupportedOperationException.class);
    }
}
