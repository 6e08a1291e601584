package io.github.hetznerimages.images;

import io.github.hetznerimages.error.ErrorCode;
import io.github.hetznerimages.error.ErrorException;
import io.github.hetznerimages.error.HetznerException;
import io.github.hetznerimages.images.RetentionPlan.Decision;
import io.github.hetznerimages.images.RetentionPlan.Entry;
import io.github.hetznerimages.images.RetentionResult.Outcome;
import io.github.hetznerimages.images.RetentionResult.Status;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Prunes old snapshots or backups by a {@link RetentionPolicy}, in two steps: {@link #plan(RetentionPolicy)} lists
 * the images in scope and decides, without changing anything; {@link #apply(RetentionPlan)} deletes what the plan
 * says. Show or log the plan first to get a dry run. Reach it with {@link ImagesService#retention()}. Thread-safe.
 *
 * <pre>{@code
 * RetentionPlan plan = images.retention().plan(policy);
 * plan.entries().forEach(e -> log.info("{} {}: {}", e.decision(), e.image().id(), e.reason()));
 * RetentionResult result = images.retention().apply(plan);
 * }</pre>
 */
public final class ImageRetention {

    /** Newest first: by creation time, then by id; images without a creation time last. */
    private static final Comparator<Image> NEWEST_FIRST = Comparator.comparing(
                    Image::created,
                    Comparator.nullsLast(
                            Comparator.comparing(OffsetDateTime::toInstant).reversed()))
            .thenComparing(Comparator.comparingLong(Image::id).reversed());

    private final ImagesService images;
    private final Clock clock;

    ImageRetention(ImagesService images, Clock clock) {
        this.images = Objects.requireNonNull(images, "images");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * A copy that measures ages from this clock instead of the system clock, e.g. a fixed clock in tests.
     *
     * @throws IllegalArgumentException when the clock is {@code null}
     */
    public ImageRetention withClock(Clock otherClock) {
        if (otherClock == null) {
            throw new IllegalArgumentException("clock must not be null");
        }
        return new ImageRetention(images, otherClock);
    }

    /**
     * Lists every image in the policy's scope (all pages) and decides for each; sends no write. The newest
     * {@code keepNewest} images and those younger than {@code maxAge} (measured from the clock's now) or created at
     * or after {@code createdBefore} are kept; of
     * the rest, delete-protected images and images without a creation time are skipped, the others deleted.
     * Protected images still count among the newest.
     *
     * @throws IllegalArgumentException when the policy is {@code null}
     */
    public RetentionPlan plan(RetentionPolicy policy) {
        if (policy == null) {
            throw new IllegalArgumentException("policy must not be null");
        }
        Instant now = clock.instant();
        Map<Long, Image> byId = new LinkedHashMap<>();
        images.listAll(policy.toListRequest()).forEach(image -> byId.putIfAbsent(image.id(), image));
        List<Image> newestFirst = byId.values().stream().sorted(NEWEST_FIRST).toList();
        List<Entry> entries = new ArrayList<>();
        int rank = 0;
        for (Image image : newestFirst) {
            if (image.created() == null) {
                entries.add(new Entry(image, Decision.SKIP, "creation time unknown"));
            } else {
                entries.add(decide(
                        policy, image, ++rank, Duration.between(image.created().toInstant(), now)));
            }
        }
        return new RetentionPlan(policy, now, entries);
    }

    /**
     * Deletes the images the plan deletes, one after the other, and reports each. A failed deletion is reported and
     * the next one tried; an image the API no longer knows ({@code not_found}) counts as deleted. When a deletion is
     * refused for the token itself ({@code unauthorized}, {@code token_readonly}, {@code forbidden}), every other
     * one would be too: the rest are reported {@code NOT_ATTEMPTED} and not sent. Images the plan keeps or skips
     * are not touched.
     *
     * @throws IllegalArgumentException when the plan is {@code null}
     */
    public RetentionResult apply(RetentionPlan plan) {
        if (plan == null) {
            throw new IllegalArgumentException("plan must not be null");
        }
        List<Outcome> outcomes = new ArrayList<>();
        boolean refused = false;
        for (Image image : plan.toDelete()) {
            if (refused) {
                outcomes.add(new Outcome(image, Status.NOT_ATTEMPTED, null));
                continue;
            }
            Outcome outcome = delete(image);
            outcomes.add(outcome);
            refused = refusesEveryDeletion(outcome.failure());
        }
        return new RetentionResult(plan, outcomes);
    }

    /** Whether the failure is about the token, not the image: every further deletion would meet it too. */
    private static boolean refusesEveryDeletion(@Nullable HetznerException failure) {
        return failure instanceof ErrorException error && (error.isUnauthorized() || error.is(ErrorCode.FORBIDDEN));
    }

    private Outcome delete(Image image) {
        try {
            images.delete(image.id());
            return new Outcome(image, Status.DELETED, null);
        } catch (ErrorException ex) {
            if (ex.isNotFound()) {
                return new Outcome(image, Status.ALREADY_DELETED, null);
            }
            return new Outcome(image, Status.FAILED, ex);
        } catch (HetznerException ex) {
            return new Outcome(image, Status.FAILED, ex);
        }
    }

    private static Entry decide(RetentionPolicy policy, Image image, int rank, Duration age) {
        List<String> keepReasons = new ArrayList<>();
        List<String> deleteReasons = new ArrayList<>();
        Integer keep = policy.keepNewest();
        if (keep != null) {
            if (rank <= keep) {
                keepReasons.add("among the newest " + keep);
            } else {
                deleteReasons.add("not among the newest " + keep);
            }
        }
        Duration maxAge = policy.maxAge();
        if (maxAge != null) {
            String limit = RetentionPolicy.shortDuration(maxAge);
            if (age.compareTo(maxAge) < 0) {
                keepReasons.add("younger than " + limit);
            } else {
                deleteReasons.add(0, "older than " + limit);
            }
        }
        Instant createdBefore = policy.createdBefore();
        if (createdBefore != null) {
            if (image.created().toInstant().isBefore(createdBefore)) {
                deleteReasons.add(0, "created before " + createdBefore);
            } else {
                keepReasons.add("created at or after " + createdBefore);
            }
        }
        if (!keepReasons.isEmpty()) {
            return new Entry(image, Decision.KEEP, String.join(" and ", keepReasons));
        }
        String why = String.join(" and ", deleteReasons);
        if (image.deleteProtected()) {
            return new Entry(image, Decision.SKIP, "delete-protected, but " + why);
        }
        return new Entry(image, Decision.DELETE, why);
    }
}
