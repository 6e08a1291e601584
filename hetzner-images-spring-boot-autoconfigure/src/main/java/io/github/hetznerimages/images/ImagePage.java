package io.github.hetznerimages.images;

import io.github.hetznerimages.Pagination;
import java.util.List;

/**
 * One page of images from {@code GET /images}, with the paging state to ask for the next one. To read every page,
 * use {@link ImagesService#listAll(ImageListRequest)} or {@link ImagesService#stream(ImageListRequest)} instead.
 *
 * @param images the images of this page, in the API's order (immutable, possibly empty)
 * @param pagination the paging state of this page; {@code null} only if the API left out {@code meta}, which its
 *     specification requires
 */
public record ImagePage(List<Image> images, Pagination pagination) {

    /** Copies the images so that the page stays immutable. */
    public ImagePage {
        images = images == null ? List.of() : List.copyOf(images);
    }

    /** Whether the API reports a page after this one. */
    public boolean hasNextPage() {
        return pagination != null && pagination.hasNext();
    }
}
