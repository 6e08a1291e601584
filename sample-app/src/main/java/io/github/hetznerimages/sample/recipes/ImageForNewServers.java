package io.github.hetznerimages.sample.recipes;

import io.github.hetznerimages.LabelSelector;
import io.github.hetznerimages.images.Architecture;
import io.github.hetznerimages.images.Image;
import io.github.hetznerimages.images.ImageListRequest;
import io.github.hetznerimages.images.ImageStatus;
import io.github.hetznerimages.images.ImageType;
import io.github.hetznerimages.images.ImagesService;
import java.util.NoSuchElementException;
import org.springframework.stereotype.Component;

/**
 * Use case 3: the image to create new servers from: the newest available snapshot with a role label (a "golden
 * image"), else a system image by name. Creating the server is not part of the images API: pass the returned
 * image's id as {@code image} to {@code POST /servers} with the client you use for servers.
 */
@Component
public class ImageForNewServers {

    private final ImagesService images;

    /** Creates the recipe on the library's images service. */
    public ImageForNewServers(ImagesService images) {
        this.images = images;
    }

    // tag::image-for-new-servers[]
    /**
     * The newest available snapshot labelled {@code role=<role>} for the architecture, else the system image with
     * the fallback name (e.g. {@code ubuntu-24.04}) unless it is deprecated ({@code findByName} finds deprecated
     * images too, so that a name keeps resolving).
     *
     * @throws NoSuchElementException when neither exists
     */
    public Image pick(String role, Architecture architecture, String fallbackSystemImage) {
        ImageListRequest golden = ImageListRequest.builder()
                .types(ImageType.SNAPSHOT)
                .statuses(ImageStatus.AVAILABLE)
                .architecture(architecture)
                .labelSelector(LabelSelector.builder().eq("role", role).build())
                .build();
        return images.findNewest(golden)
                .or(() -> images.findByName(fallbackSystemImage, architecture).filter(image -> !image.isDeprecated()))
                .orElseThrow(() -> new NoSuchElementException(
                        "no snapshot with role=" + role + " and no current system image " + fallbackSystemImage));
    }
    // end::image-for-new-servers[]
}
