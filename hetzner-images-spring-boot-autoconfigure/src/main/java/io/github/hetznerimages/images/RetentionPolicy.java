package io.github.hetznerimages.images;

import io.github.hetznerimages.LabelSelector;
import io.github.hetznerimages.Sort;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Which images a retention run keeps: an image in scope is kept when it is among the newest {@code keepNewest}
 * <strong>or</strong> younger than {@code maxAge} (or, by date, created at or after {@code createdBefore}); every
 * other image in scope is deleted, unless it is delete-protected. Either rule may be left out, not both. The scope is one image type ({@link ImageType#SNAPSHOT}
 * unless set) and, optionally, a label selector. Immutable; build one with {@link #builder()}, then plan with
 * {@link ImageRetention#plan(RetentionPolicy)}.
 *
 * <pre>{@code
 * RetentionPolicy policy = RetentionPolicy.builder()
 *         .selector(LabelSelector.builder().eq("backup_type", "daily").build())
 *         .keepNewest(7)
 *         .maxAge(Duration.ofDays(30))
 *         .build();
 * }</pre>
 *
 * <p>{@code keepNewest} is 1 or more: leave it out to keep by age alone. Zero is refused because with
 * {@code maxAge} it means the same as leaving it out, and without it the policy would delete everything in scope.
 */
public final class RetentionPolicy {

    private final ImageType type;
    private final LabelSelector selector;
    private final Integer keepNewest;
    private final Duration maxAge;
    private final Instant createdBefore;

    private RetentionPolicy(Builder builder) {
        this.type = builder.type;
        this.selector = builder.selector;
        this.keepNewest = builder.keepNewest;
        this.maxAge = builder.maxAge;
        this.createdBefore = builder.createdBefore;
    }

    /** Starts a policy for snapshots without a selector; set {@code keepNewest}, {@code maxAge} or both. */
    public static Builder builder() {
        return new Builder();
    }

    /** The type of image in scope: {@link ImageType#SNAPSHOT} or {@link ImageType#BACKUP}. */
    public ImageType type() {
        return type;
    }

    /** The label selector that narrows the scope; {@code null} when every image of {@link #type()} is in scope. */
    public @Nullable LabelSelector selector() {
        return selector;
    }

    /** How many of the newest images are kept whatever their age; {@code null} when only age counts. */
    public @Nullable Integer keepNewest() {
        return keepNewest;
    }

    /** How old an image may get before it is no longer kept for its age; {@code null} when only the count counts. */
    public @Nullable Duration maxAge() {
        return maxAge;
    }

    /**
     * The date before which an image is no longer kept for its age (the date form of {@link #maxAge()});
     * {@code null} unless set.
     */
    public @Nullable Instant createdBefore() {
        return createdBefore;
    }

    /** The list request that fetches the images in scope (every page; the order is the planner's concern). */
    ImageListRequest toListRequest() {
        ImageListRequest.Builder request = ImageListRequest.builder().types(type);
        if (selector != null) {
            request.labelSelector(selector);
        }
        // id ascending keeps paging stable: images created while the pages are read land after the last page
        return request.sort(Sort.ascending(ImageSortField.ID)).build();
    }

    /** A duration as short as it can be written: {@code 30d}, {@code 12h}, {@code 90m}, {@code 45s}, else ISO. */
    static String shortDuration(Duration duration) {
        if (duration.toNanosPart() != 0) {
            return duration.toString();
        }
        long seconds = duration.getSeconds();
        if (seconds % 86_400 == 0) {
            return seconds / 86_400 + "d";
        }
        if (seconds % 3_600 == 0) {
            return seconds / 3_600 + "h";
        }
        if (seconds % 60 == 0) {
            return seconds / 60 + "m";
        }
        return seconds + "s";
    }

    /** Whether {@code other} is a policy with the same scope and rules. */
    @Override
    public boolean equals(Object other) {
        return other instanceof RetentionPolicy that
                && type == that.type
                && Objects.equals(selector, that.selector)
                && Objects.equals(keepNewest, that.keepNewest)
                && Objects.equals(maxAge, that.maxAge)
                && Objects.equals(createdBefore, that.createdBefore);
    }

    /** A hash of the scope and rules. */
    @Override
    public int hashCode() {
        return Objects.hash(type, selector, keepNewest, maxAge, createdBefore);
    }

    /** The policy in one line, e.g. {@code RetentionPolicy[type=snapshot, selector=env=prod, keepNewest=3]}. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("RetentionPolicy[type=").append(type.value());
        if (selector != null) {
            text.append(", selector=").append(selector);
        }
        if (keepNewest != null) {
            text.append(", keepNewest=").append(keepNewest);
        }
        if (maxAge != null) {
            text.append(", maxAge=").append(shortDuration(maxAge));
        }
        if (createdBefore != null) {
            text.append(", createdBefore=").append(createdBefore);
        }
        return text.append(']').toString();
    }

    /**
     * Collects the scope and rules of a {@link RetentionPolicy}; each setter checks its input at once and replaces
     * an earlier value. Not thread-safe; the built policy is.
     */
    public static final class Builder {

        private ImageType type = ImageType.SNAPSHOT;
        private LabelSelector selector;
        private Integer keepNewest;
        private Duration maxAge;
        private Instant createdBefore;

        private Builder() {}

        /**
         * Puts images of this type in scope instead of snapshots.
         *
         * @throws IllegalArgumentException unless the type is {@link ImageType#SNAPSHOT} or {@link ImageType#BACKUP},
         *     the only types the API deletes
         */
        public Builder type(ImageType value) {
            if (value != ImageType.SNAPSHOT && value != ImageType.BACKUP) {
                throw new IllegalArgumentException(
                        "type must be snapshot or backup (the only images that can be deleted), was " + value);
            }
            this.type = value;
            return this;
        }

        /**
         * Narrows the scope to images whose labels match this selector.
         *
         * @throws IllegalArgumentException when the selector is {@code null}
         */
        public Builder selector(LabelSelector value) {
            if (value == null) {
                throw new IllegalArgumentException("selector must not be null");
            }
            this.selector = value;
            return this;
        }

        /**
         * Keeps the {@code count} newest images in scope (by creation time, then id), whatever their age.
         *
         * @throws IllegalArgumentException when the count is below 1 (leave it out to keep by age alone)
         */
        public Builder keepNewest(int count) {
            if (count < 1) {
                throw new IllegalArgumentException(
                        "keepNewest must be 1 or more, was " + count + "; leave it out to keep by age alone");
            }
            this.keepNewest = count;
            return this;
        }

        /**
         * Keeps the images in scope that are younger than this, whatever their rank.
         *
         * @throws IllegalArgumentException when the age is {@code null}, zero or negative
         */
        public Builder maxAge(Duration age) {
            if (age == null || age.isZero() || age.isNegative()) {
                throw new IllegalArgumentException("maxAge must be positive, was " + age);
            }
            this.maxAge = age;
            return this;
        }

        /**
         * Keeps the images in scope created at or after {@code date}, whatever their rank: the date form of
         * {@link #maxAge(Duration)} ("delete backups created before 1 November"), with no clock involved.
         *
         * @throws IllegalArgumentException when the date is {@code null}
         */
        public Builder createdBefore(Instant date) {
            if (date == null) {
                throw new IllegalArgumentException("createdBefore must not be null");
            }
            this.createdBefore = date;
            return this;
        }

        /**
         * The immutable policy.
         *
         * @throws IllegalArgumentException when neither {@link #keepNewest(int)} nor an age rule
         *     ({@link #maxAge(Duration)} or {@link #createdBefore(Instant)}) is set, since such a policy would keep
         *     nothing; or when both age rules are set
         */
        public RetentionPolicy build() {
            if (maxAge != null && createdBefore != null) {
                throw new IllegalArgumentException("set maxAge or createdBefore, not both: they are the same rule");
            }
            if (keepNewest == null && maxAge == null && createdBefore == null) {
                throw new IllegalArgumentException("a retention policy needs keepNewest, maxAge (or createdBefore)"
                        + " or both; without them it would keep nothing");
            }
            return new RetentionPolicy(this);
        }
    }
}
