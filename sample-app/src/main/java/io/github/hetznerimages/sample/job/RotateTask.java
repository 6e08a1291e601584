package io.github.hetznerimages.sample.job;

import io.github.hetznerimages.Sort;
import io.github.hetznerimages.error.ErrorException;
import io.github.hetznerimages.images.Image;
import io.github.hetznerimages.images.ImageListRequest;
import io.github.hetznerimages.images.ImageSortField;
import io.github.hetznerimages.images.ImageType;
import io.github.hetznerimages.images.ImagesService;
import io.github.hetznerimages.sample.cli.RotateCommand;
import io.github.hetznerimages.sample.output.ImageFormat;
import io.github.hetznerimages.sample.output.SampleConsole;
import java.util.List;
import java.util.Locale;

/**
 * {@code rotate}: lists the snapshots that match the selector (every page), keeps the newest N and deletes the
 * others, skipping protected ones and saying so. Without {@code --apply} nothing is deleted: it prints the plan.
 */
final class RotateTask {

    private final ImagesService images;
    private final SampleConsole console;

    RotateTask(ImagesService images, SampleConsole console) {
        this.images = images;
        this.console = console;
    }

    void run(RotateCommand command) {
        List<Image> snapshots = images.listAll(ImageListRequest.builder()
                .types(ImageType.SNAPSHOT)
                .labelSelector(command.selector())
                .sort(Sort.descending(ImageSortField.CREATED))
                .build());
        RotationPlan plan = RotationPlan.of(snapshots, command.keep());
        console.out()
                .println(snapshots.size() + " snapshots match '" + command.selector() + "'; keeping the newest "
                        + command.keep() + (command.apply() ? "" : " (dry run: nothing is deleted without --apply)"));
        plan.kept().forEach(image -> line("keep", image));
        int deleted = 0;
        int skipped = plan.skipped().size();
        for (Image image : plan.delete()) {
            if (!command.apply()) {
                line("would delete", image);
            } else if (delete(image)) {
                line("deleted", image);
                deleted++;
            } else {
                line("skip protected", image);
                skipped++;
            }
        }
        plan.skipped().forEach(image -> line("skip protected", image));
        if (command.apply()) {
            console.out()
                    .println("Deleted " + deleted + ", kept " + plan.kept().size() + ", skipped " + skipped
                            + " protected.");
        } else {
            console.out()
                    .println("Dry run: would delete " + plan.delete().size() + ", keep "
                            + plan.kept().size() + ", skip " + skipped + " protected. Add --apply to delete.");
        }
    }

    /** Deletes the image; {@code false} when it became protected since it was listed. */
    private boolean delete(Image image) {
        try {
            images.delete(image.id());
            return true;
        } catch (ErrorException ex) {
            if (ex.isProtected()) {
                return false;
            }
            throw ex;
        }
    }

    private void line(String verb, Image image) {
        console.out()
                .println(String.format(
                        Locale.ROOT,
                        "  %-14s  %d  %s  %s",
                        verb,
                        image.id(),
                        ImageFormat.created(image),
                        ImageFormat.title(image)));
    }
}
