package io.github.hetznerimages.sample.job;

import io.github.hetznerimages.Sort;
import io.github.hetznerimages.images.Image;
import io.github.hetznerimages.images.ImageListRequest;
import io.github.hetznerimages.images.ImageSortField;
import io.github.hetznerimages.images.ImageType;
import io.github.hetznerimages.images.ImagesService;
import io.github.hetznerimages.sample.cli.ListImagesCommand;
import io.github.hetznerimages.sample.output.ImageTable;
import io.github.hetznerimages.sample.output.SampleConsole;
import java.util.Comparator;
import java.util.List;

/**
 * {@code images}: fetches every page of the matching images (deprecated ones included, marked in the table) and
 * prints them grouped by type, newest first within a type.
 */
final class ListImagesTask {

    private final ImagesService images;
    private final SampleConsole console;

    ListImagesTask(ImagesService images, SampleConsole console) {
        this.images = images;
        this.console = console;
    }

    /** System images first, then app images, snapshots, backups, and types this version does not know. */
    private static final Comparator<ImageType> TYPE_ORDER = Comparator.comparingInt(type -> {
        int known = ImageType.known().indexOf(type);
        return known < 0 ? Integer.MAX_VALUE : known;
    });

    void run(ListImagesCommand command) {
        ImageListRequest.Builder request = ImageListRequest.builder()
                .types(command.types().stream().sorted(TYPE_ORDER).toArray(ImageType[]::new))
                .includeDeprecated(true)
                .sort(Sort.descending(ImageSortField.CREATED), Sort.ascending(ImageSortField.ID));
        command.selector().ifPresent(request::labelSelector);
        command.architecture().ifPresent(request::architecture);
        List<Image> found = images.listAll(request.build()).stream()
                .sorted(Comparator.comparing(Image::type, Comparator.nullsLast(TYPE_ORDER)))
                .toList();
        ImageTable.render(found).forEach(console.out()::println);
        console.out().println(found.size() == 1 ? "1 image" : found.size() + " images");
    }
}
