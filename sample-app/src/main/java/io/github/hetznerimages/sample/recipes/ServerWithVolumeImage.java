package io.github.hetznerimages.sample.recipes;

import io.github.hetznerimages.LabelSelector;
import io.github.hetznerimages.images.CreateImageRequest;
import io.github.hetznerimages.images.Image;
import io.github.hetznerimages.images.ImageListRequest;
import io.github.hetznerimages.images.ImageStatus;
import io.github.hetznerimages.images.ImageType;
import io.github.hetznerimages.images.ImagesService;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Use case 7: an image of a server that has a volume attached. An image holds the server's own disk only; the
 * volume is not part of it, and the images API has no call for volumes (Hetzner Cloud volumes have no snapshots).
 * This recipe does the images part: it snapshots the server with labels naming the volume, so the image says which
 * volume belongs to it, and finds that image again. What you add: a copy of the volume's data (e.g. a file-level
 * backup of its mount point taken at the same time, named after the snapshot id), and, to restore, creating a
 * server from the image and attaching the volume ({@code POST /servers}, {@code POST /volumes/{id}/actions/attach}
 * with the client you use for servers and volumes).
 */
@Component
public class ServerWithVolumeImage {

    private final ImagesService images;

    /** Creates the recipe on the library's images service. */
    public ServerWithVolumeImage(ImagesService images) {
        this.images = images;
    }

    // tag::server-with-volume[]
    /** Snapshots the server, labelled with the attached volume's id and name; returns it once available. */
    public Image snapshot(long serverId, long volumeId, String volumeName) {
        CreateImageRequest request = CreateImageRequest.snapshot()
                .description("server " + serverId + " with volume " + volumeName)
                .labels(Map.of(
                        "server", Long.toString(serverId),
                        "volume-id", Long.toString(volumeId),
                        "volume-name", volumeName))
                .build();
        return images.actions()
                .createFromServerAndWait(serverId, request, images.actions().defaults());
    }

    /** The newest available snapshot made with this volume attached; empty when there is none. */
    public Optional<Image> newestWithVolume(long volumeId) {
        return images.findNewest(ImageListRequest.builder()
                .types(ImageType.SNAPSHOT)
                .statuses(ImageStatus.AVAILABLE)
                .labelSelector(LabelSelector.builder()
                        .eq("volume-id", Long.toString(volumeId))
                        .build())
                .build());
    }
    // end::server-with-volume[]
}
