package io.github.hetznerimages.sample.recipes;

import io.github.hetznerimages.Sort;
import io.github.hetznerimages.images.Architecture;
import io.github.hetznerimages.images.Image;
import io.github.hetznerimages.images.ImageListRequest;
import io.github.hetznerimages.images.ImageSortField;
import io.github.hetznerimages.images.ImageStatus;
import io.github.hetznerimages.images.ImageType;
import io.github.hetznerimages.images.ImagesService;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Use case 1: the system images a new server can use, per architecture. Names repeat across architectures
 * ({@code ubuntu-24.04} exists for x86 and arm), so the list is asked per architecture. Deprecated images are left
 * out, as the API leaves them out unless {@code includeDeprecated(true)} is set.
 */
@Component
public class ListSystemImages {

    private final ImagesService images;

    /** Creates the recipe on the library's images service. */
    public ListSystemImages(ImagesService images) {
        this.images = images;
    }

    // tag::list-system-images[]
    /** The available system images of every architecture the library knows, sorted by name. */
    public Map<Architecture, List<Image>> byArchitecture() {
        Map<Architecture, List<Image>> result = new LinkedHashMap<>();
        for (Architecture architecture : Architecture.known()) {
            result.put(
                    architecture,
                    images.listAll(ImageListRequest.builder()
                            .types(ImageType.SYSTEM)
                            .statuses(ImageStatus.AVAILABLE)
                            .architecture(architecture)
                            .sort(Sort.ascending(ImageSortField.NAME))
                            .build()));
        }
        return result;
    }
    // end::list-system-images[]
}
