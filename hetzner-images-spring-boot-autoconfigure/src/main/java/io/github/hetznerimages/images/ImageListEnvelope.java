package io.github.hetznerimages.images;

import io.github.hetznerimages.Page;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The wire shape of a {@code GET /images} answer: {@code {"images": [...], "meta": {"pagination": {...}}}}. Used by
 * {@link ImagesService} to decode; applications get a {@link Page}.
 *
 * @param images the images of the page; {@code null} only when the answer lacks them
 * @param meta the paging state; {@code null} only when the answer lacks it
 */
record ImageListEnvelope(List<Image> images, ListMeta meta) {

    /** The page as applications see it; {@code null} when the answer has no {@code images}. */
    @Nullable
    Page<Image> toPage() {
        return images == null ? null : new Page<>(images, meta == null ? null : meta.pagination());
    }
}
