package io.github.hetznerimages.sample.job;

import io.github.hetznerimages.images.Image;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Which snapshots a rotation keeps and deletes: the newest {@code keep} (by creation time, then id) are kept; of
 * the others, protected ones are skipped and the rest deleted. Every list is newest first.
 *
 * @param kept the newest snapshots, kept
 * @param delete the older snapshots to delete
 * @param skipped the older snapshots that are protected from deletion and stay
 */
public record RotationPlan(List<Image> kept, List<Image> delete, List<Image> skipped) {

    /** Newest first: by creation time, then by id. */
    public static final Comparator<Image> NEWEST_FIRST = Comparator.comparing(
                    Image::created, Comparator.nullsFirst(Comparator.<OffsetDateTime>naturalOrder()))
            .thenComparingLong(Image::id)
            .reversed();

    /** Copies the lists. */
    public RotationPlan {
        kept = List.copyOf(kept);
        delete = List.copyOf(delete);
        skipped = List.copyOf(skipped);
    }

    /**
     * Plans a rotation.
     *
     * @param snapshots the candidate snapshots, in any order
     * @param keep how many of the newest to keep, 0 or more
     */
    public static RotationPlan of(List<Image> snapshots, int keep) {
        if (keep < 0) {
            throw new IllegalArgumentException("keep must be 0 or more, was " + keep);
        }
        List<Image> newestFirst = snapshots.stream().sorted(NEWEST_FIRST).toList();
        List<Image> kept = newestFirst.subList(0, Math.min(keep, newestFirst.size()));
        List<Image> delete = new ArrayList<>();
        List<Image> skipped = new ArrayList<>();
        for (Image image : newestFirst.subList(kept.size(), newestFirst.size())) {
            (image.deleteProtected() ? skipped : delete).add(image);
        }
        return new RotationPlan(kept, delete, skipped);
    }
}
