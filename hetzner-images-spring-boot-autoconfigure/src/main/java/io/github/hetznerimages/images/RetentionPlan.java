package io.github.hetznerimages.images;

import java.time.Instant;
import java.util.List;

/**
 * What a {@link RetentionPolicy} decides for each image in its scope, made by {@link ImageRetention#plan} without
 * changing anything; {@link ImageRetention#apply(RetentionPlan)} carries out its deletions. Entries are newest first
 * (by creation time, then id). Immutable.
 *
 * @param policy the policy the plan follows
 * @param evaluatedAt the moment ages were measured from
 * @param entries one decision per image in scope, newest first
 */
public record RetentionPlan(RetentionPolicy policy, Instant evaluatedAt, List<Entry> entries) {

    /**
     * Requires every part and copies the entries.
     *
     * @throws IllegalArgumentException when a part is {@code null}
     */
    public RetentionPlan {
        if (policy == null || evaluatedAt == null || entries == null) {
            throw new IllegalArgumentException("policy, evaluatedAt and entries must not be null");
        }
        entries = List.copyOf(entries);
    }

    /** The images the plan keeps, newest first. */
    public List<Image> kept() {
        return images(Decision.KEEP);
    }

    /** The images the plan deletes, newest first. */
    public List<Image> toDelete() {
        return images(Decision.DELETE);
    }

    /** The images the policy would delete but that stay, as they are delete-protected; newest first. */
    public List<Image> skipped() {
        return images(Decision.SKIP);
    }

    private List<Image> images(Decision decision) {
        return entries.stream()
                .filter(entry -> entry.decision() == decision)
                .map(Entry::image)
                .toList();
    }

    /** What happens to an image. */
    public enum Decision {
        /** The policy keeps it. */
        KEEP,
        /** The policy deletes it. */
        DELETE,
        /** The policy would delete it, but it stays: it is delete-protected or its creation time is unknown. */
        SKIP
    }

    /**
     * The decision for one image, with the reason in words, e.g. {@code older than 30d and not among the newest 3}.
     *
     * @param image the image as it was listed
     * @param decision what happens to it
     * @param reason why, for people
     */
    public record Entry(Image image, Decision decision, String reason) {

        /**
         * Requires every part.
         *
         * @throws IllegalArgumentException when a part is {@code null} or a delete-protected image is to be deleted
         */
        public Entry {
            if (image == null || decision == null || reason == null) {
                throw new IllegalArgumentException("image, decision and reason must not be null");
            }
            if (decision == Decision.DELETE && image.deleteProtected()) {
                throw new IllegalArgumentException(
                        "image " + image.id() + " is delete-protected and cannot be planned for deletion");
            }
        }
    }
}
