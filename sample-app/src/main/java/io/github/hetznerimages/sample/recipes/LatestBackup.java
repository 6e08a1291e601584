package io.github.hetznerimages.sample.recipes;

import io.github.hetznerimages.LabelSelector;
import io.github.hetznerimages.images.Image;
import io.github.hetznerimages.images.ImageListRequest;
import io.github.hetznerimages.images.ImageStatus;
import io.github.hetznerimages.images.ImageType;
import io.github.hetznerimages.images.ImagesService;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Use case 5: the latest backup of a server, in one request each ({@code findNewest} sorts by creation time on the
 * API's side and asks for one image): the newest available snapshot labelled for the server (as use case 4 labels
 * them), or the newest of the backups Hetzner makes itself when a server's backups are enabled.
 */
@Component
public class LatestBackup {

    private final ImagesService images;

    /** Creates the recipe on the library's images service. */
    public LatestBackup(ImagesService images) {
        this.images = images;
    }

    // tag::latest-backup[]
    /** The newest available snapshot labelled {@code server=<id>}; empty when there is none. */
    public Optional<Image> latestSnapshot(long serverId) {
        return images.findNewest(ImageListRequest.builder()
                .types(ImageType.SNAPSHOT)
                .statuses(ImageStatus.AVAILABLE)
                .labelSelector(LabelSelector.builder()
                        .eq("server", Long.toString(serverId))
                        .build())
                .build());
    }

    /** The newest backup Hetzner made of the server (type {@code backup}); empty when there is none. */
    public Optional<Image> latestHetznerBackup(long serverId) {
        return images.findNewest(ImageListRequest.builder()
                .types(ImageType.BACKUP)
                .boundTo(serverId)
                .build());
    }
    // end::latest-backup[]
}
