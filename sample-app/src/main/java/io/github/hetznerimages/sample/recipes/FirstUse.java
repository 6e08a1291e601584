package io.github.hetznerimages.sample.recipes;

import io.github.hetznerimages.LabelSelector;
import io.github.hetznerimages.images.Architecture;
import io.github.hetznerimages.images.CreateImageRequest;
import io.github.hetznerimages.images.Image;
import io.github.hetznerimages.images.ImageListRequest;
import io.github.hetznerimages.images.ImageType;
import io.github.hetznerimages.images.ImagesService;
import io.github.hetznerimages.images.RetentionPolicy;
import io.github.hetznerimages.images.RetentionResult;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The README's first use: list snapshots, look a system image up by name, snapshot a server with a label and keep the
 * 7 newest snapshots with that label.
 */
@Component
public class FirstUse {

    private static final Logger log = LoggerFactory.getLogger(FirstUse.class);

    private final ImagesService images;

    /** Creates the recipe on the library's images service. */
    public FirstUse(ImagesService images) {
        this.images = images;
    }

    /** Runs the first use against the server; returns what pruning deleted. */
    public RetentionResult run(long serverId) {
        // tag::first-use[]
        List<Image> snapshots = images.listAll(
                ImageListRequest.builder().types(ImageType.SNAPSHOT).build());
        Optional<Image> ubuntu = images.findByName("ubuntu-24.04", Architecture.ARM);
        CreateImageRequest labelled =
                CreateImageRequest.snapshot().labels(Map.of("app", "web")).build();
        Image snapshot = images.actions()
                .createFromServerAndWait(serverId, labelled, images.actions().defaults());
        RetentionPolicy web = RetentionPolicy.builder()
                .selector(LabelSelector.parse("app=web"))
                .keepNewest(7)
                .build();
        RetentionResult pruned = images.retention().apply(images.retention().plan(web));
        // end::first-use[]
        log.info("{} snapshots, ubuntu-24.04 for arm: {}, new snapshot {}", snapshots.size(), ubuntu, snapshot.id());
        return pruned;
    }
}
