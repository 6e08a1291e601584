package io.github.hetznerimages.sample.recipes;

import io.github.hetznerimages.LabelSelector;
import io.github.hetznerimages.images.CreateImageRequest;
import io.github.hetznerimages.images.CreatedImage;
import io.github.hetznerimages.images.ImageRetention;
import io.github.hetznerimages.images.ImagesService;
import io.github.hetznerimages.images.RetentionPlan;
import io.github.hetznerimages.images.RetentionPolicy;
import io.github.hetznerimages.images.RetentionResult;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Use case 4: daily and weekly snapshots of a server, labelled {@code backup_type=daily|weekly} and
 * {@code server=<id>}, rotated by two retention policies: 7 daily and 4 weekly snapshots are kept. Call
 * {@link #snapshot} from a scheduler (e.g. Spring's {@code @Scheduled(cron = "0 0 3 * * *")} with
 * {@code @EnableScheduling}), then {@link #rotate}; {@link #plan} alone is a dry run.
 */
@Component
public class DailyAndWeeklyBackups {

    private final ImagesService images;

    /** Creates the recipe on the library's images service. */
    public DailyAndWeeklyBackups(ImagesService images) {
        this.images = images;
    }

    // tag::backup-snapshot[]
    /** Starts a snapshot of the server, labelled as a daily or weekly backup ({@code type} is the label value). */
    public CreatedImage snapshot(long serverId, String type) {
        return images.actions()
                .createFromServer(
                        serverId,
                        CreateImageRequest.snapshot()
                                .description(type + " backup of server " + serverId)
                                .labels(Map.of("backup_type", type, "server", Long.toString(serverId)))
                                .build());
    }
    // end::backup-snapshot[]

    // tag::backup-rotation[]
    /** What rotating would delete, keep and skip, without deleting anything: daily first, then weekly. */
    public List<RetentionPlan> plan(long serverId) {
        ImageRetention retention = images.retention();
        return List.of(
                retention.plan(keepNewest(serverId, "daily", 7)), retention.plan(keepNewest(serverId, "weekly", 4)));
    }

    /** Deletes what {@link #plan} lists: all but the 7 newest daily and the 4 newest weekly snapshots. */
    public List<RetentionResult> rotate(long serverId) {
        ImageRetention retention = images.retention();
        return plan(serverId).stream().map(retention::apply).toList();
    }

    /** Keeps the newest {@code count} snapshots of the server with {@code backup_type=<type>}. */
    private static RetentionPolicy keepNewest(long serverId, String type, int count) {
        return RetentionPolicy.builder()
                .selector(LabelSelector.builder()
                        .eq("backup_type", type)
                        .eq("server", Long.toString(serverId))
                        .build())
                .keepNewest(count)
                .build();
    }
    // end::backup-rotation[]
}
