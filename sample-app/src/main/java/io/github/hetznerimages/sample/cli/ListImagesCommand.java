package io.github.hetznerimages.sample.cli;

import io.github.hetznerimages.LabelSelector;
import io.github.hetznerimages.images.Architecture;
import io.github.hetznerimages.images.ImageType;
import java.util.Optional;
import java.util.Set;

/**
 * {@code images}: list every image that matches the filters, all pages.
 *
 * @param types the image types to list; empty for all
 * @param selector the checked label selector, e.g. {@code backup_type=daily}
 * @param architecture the architecture to list
 */
public record ListImagesCommand(
        Set<ImageType> types, Optional<LabelSelector> selector, Optional<Architecture> architecture)
        implements SampleCommand {

    /** Copies the types into an immutable set. */
    public ListImagesCommand {
        types = Set.copyOf(types);
    }

    /** The command without filters. */
    public static ListImagesCommand unfiltered() {
        return new ListImagesCommand(Set.of(), Optional.empty(), Optional.empty());
    }
}
