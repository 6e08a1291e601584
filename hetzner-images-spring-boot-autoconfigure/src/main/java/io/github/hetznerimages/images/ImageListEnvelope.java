package io.github.hetznerimages.images;

import java.util.List;

/**
 * The wire shape of a {@code GET /images} answer: {@code {"images": [...], "meta": {"pagination": {...}}}}. Used by
 * {@link ImagesService} to decode; applications get an {@link ImagePage}.
 *
 * @param images the images of the page; {@code null} only when the answer lacks them
 * @param meta the paging state; {@code null} only when the answer lacks it
 */
public record ImageListEnvelope(List<Image> images, ListMeta meta) {

    /** The page as applications see it; {@code null} when the answer has no {@code images}. */
    ImagePage toPage() {
        return images == null ? null : new ImagePage(images, meta == null ? null : meta.pagination());
    }
}
