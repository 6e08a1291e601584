package io.github.hetznerimages.test.example;

import io.github.hetznerimages.LabelSelector;
import io.github.hetznerimages.images.CreateImageRequest;
import io.github.hetznerimages.images.CreatedImage;
import io.github.hetznerimages.images.Image;
import io.github.hetznerimages.images.ImageRetention;
import io.github.hetznerimages.images.ImagesService;
import io.github.hetznerimages.images.RetentionPolicy;
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

    /**
     * Deletes all but the newest {@code keep} nightly snapshots of the server; protected ones are never deleted.
     *
     * @return the ids of the deleted snapshots
     */
    public List<Long> rotate(long serverId, int keep) {
        RetentionPolicy policy = RetentionPolicy.builder()
                .selector(LabelSelector.builder()
                        .eq("backup", "nightly")
                        .eq("server", Long.toString(serverId))
                        .build())
                .keepNewest(keep)
                .build();
        ImageRetention retention = images.retention();
        return retention.apply(retention.plan(policy)).deleted().stream()
                .map(Image::id)
                .toList();
    }
}
