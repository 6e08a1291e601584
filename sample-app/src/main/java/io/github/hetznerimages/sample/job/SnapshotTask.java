package io.github.hetznerimages.sample.job;

import io.github.hetznerimages.Action;
import io.github.hetznerimages.images.CreateImageRequest;
import io.github.hetznerimages.images.CreatedImage;
import io.github.hetznerimages.images.Image;
import io.github.hetznerimages.images.ImageActionsService;
import io.github.hetznerimages.images.ImagesService;
import io.github.hetznerimages.sample.cli.SnapshotCommand;
import io.github.hetznerimages.sample.output.ImageTable;
import io.github.hetznerimages.sample.output.ProgressDisplay;
import io.github.hetznerimages.sample.output.SampleConsole;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * {@code snapshot}: creates a snapshot of a server (once: the request is never repeated on an ambiguous failure),
 * shows the action's progress while it runs, then re-reads and prints the finished image.
 */
final class SnapshotTask {

    private final ImagesService images;
    private final ImageActionsService actions;
    private final SampleConsole console;

    SnapshotTask(ImagesService images, SampleConsole console) {
        this.images = images;
        this.actions = images.actions();
        this.console = console;
    }

    void run(SnapshotCommand command) {
        CreateImageRequest.Builder request = CreateImageRequest.snapshot();
        if (!command.labels().isEmpty()) {
            request.labels(command.labels());
        }
        command.description().ifPresent(request::description);
        CreatedImage created = actions.createFromServer(command.serverId(), request.build());
        long imageId = created.image().id();
        console.out()
                .println("Creating snapshot " + imageId + " of server " + command.serverId() + " (action "
                        + created.action().id() + ")");
        ProgressDisplay progress = new ProgressDisplay(console, "Snapshot");
        progress.accept(created.action());
        Action finished;
        try {
            finished = actions.waitFor(created.action(), actions.defaults().withProgressListener(progress));
        } finally {
            progress.finish();
        }
        Image image = images.retrieve(imageId);
        console.out().println("Snapshot " + imageId + " is " + image.status().value() + took(finished) + ":");
        ImageTable.render(List.of(image)).forEach(console.out()::println);
    }

    private static String took(Action action) {
        if (action.started() == null || action.finished() == null) {
            return "";
        }
        Duration took = Duration.between(action.started(), action.finished());
        return String.format(Locale.ROOT, " after %d s", Math.max(0, took.toSeconds()));
    }
}
