package io.github.hetznerimages.test.example;

import io.github.hetznerimages.actions.CreateImageRequest;
import io.github.hetznerimages.actions.CreatedImage;
import io.github.hetznerimages.images.Image;
import io.github.hetznerimages.images.ImageListRequest;
import io.github.hetznerimages.images.ImageSort;
import io.github.hetznerimages.images.ImageSortField;
import io.github.hetznerimages.images.ImageType;
import io.github.hetznerimages.images.ImagesService;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * An application service of the kind users write: nightly snapshots of a server, and their rotation. The example
 * that {@link ServerBackupsTest} tests against the fake.
 */
@Service
public class ServerBackups {

    private final ImagesService images;

    /** Creates the service on the library's images service. */
    public ServerBackups(ImagesService images) {
        this.images = images;
    }

    /** Starts a nightly snapshot of the server, labelled for rotation. */
    public CreatedImage snapshot(long serverId) {
        return images.actions()
                .createFromServer(
                        serverId,
                        CreateImageRequest.snapshot()
                                .description("nightly backup")
                                .labels(Map.of("backup", "nightly", "server", Long.toString(serverId)))
                                .build());
    }

    /** Waits for a snapshot to finish and returns it as it is then. */
    public Image await(CreatedImage created) {
        images.actions().waitFor(created.action());
        return images.retrieve(created.image().id());
    }

    /** Deletes all but the newest {@code keep} nightly snapshots of the server, except protected ones. */
    public List<Long> rotate(long serverId, int keep) {
        List<Image> newestFirst = images.listAll(ImageListRequest.builder()
                .types(ImageType.SNAPSHOT)
                .labelSelector("backup=nightly,server=" + serverId)
                .sort(ImageSort.descending(ImageSortField.CREATED))
                .build());
        List<Long> deleted = new ArrayList<>();
        for (Image image : newestFirst.subList(Math.min(keep, newestFirst.size()), newestFirst.size())) {
            if (!image.protection().delete()) {
                images.delete(image.id());
                deleted.add(image.id());
            }
        }
        return deleted;
    }
}
