package io.github.hetznerimages.sample.recipes;

import io.github.hetznerimages.images.CreateImageRequest;
import io.github.hetznerimages.images.Image;
import io.github.hetznerimages.images.ImagesService;
import io.github.hetznerimages.images.WaitOptions;
import java.time.Duration;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Use case 2: snapshot a server with labels and wait until the snapshot is available. The labels are what later
 * finds the snapshot again (use cases 3 to 6). Shut the server down first if you need a consistent copy of its disk.
 */
@Component
public class SnapshotWithLabels {

    private static final Logger log = LoggerFactory.getLogger(SnapshotWithLabels.class);

    private final ImagesService images;

    /** Creates the recipe on the library's images service. */
    public SnapshotWithLabels(ImagesService images) {
        this.images = images;
    }

    // tag::snapshot-with-labels[]
    /**
     * Snapshots the server, labelled {@code app=<app>} and {@code server=<id>}, and returns it once available.
     *
     * @throws io.github.hetznerimages.error.ActionFailedException when the API could not create the snapshot
     * @throws io.github.hetznerimages.error.ActionTimeoutException when it took longer than an hour
     */
    public Image snapshot(long serverId, String app, String description) {
        CreateImageRequest request = CreateImageRequest.snapshot()
                .description(description)
                .labels(Map.of("app", app, "server", Long.toString(serverId)))
                .build();
        WaitOptions wait = images.actions()
                .defaults() // hetzner.actions.* from the configuration
                .withTimeout(Duration.ofHours(1)) // large disks take a while
                .withProgressListener(action -> log.info("snapshot of {}: {}%", serverId, action.progress()));
        return images.actions().createFromServerAndWait(serverId, request, wait);
    }
    // end::snapshot-with-labels[]
}
