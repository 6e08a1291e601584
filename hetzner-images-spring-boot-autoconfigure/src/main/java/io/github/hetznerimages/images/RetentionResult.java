package io.github.hetznerimages.images;

import io.github.hetznerimages.error.HetznerException;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What {@link ImageRetention#apply(RetentionPlan)} did: one outcome per image the plan deletes, in the plan's
 * order. A failure of one deletion does not stop the others, unless every deletion would fail the same way (the
 * token is refused): then the rest are {@link Status#NOT_ATTEMPTED}. Immutable.
 *
 * @param plan the plan that was applied
 * @param outcomes one outcome per image the plan deletes
 */
public record RetentionResult(RetentionPlan plan, List<Outcome> outcomes) {

    /**
     * Requires every part and copies the outcomes.
     *
     * @throws IllegalArgumentException when a part is {@code null}
     */
    public RetentionResult {
        if (plan == null || outcomes == null) {
            throw new IllegalArgumentException("plan and outcomes must not be null");
        }
        outcomes = List.copyOf(outcomes);
    }

    /** The images that are gone now: deleted by this run, or already deleted before it. */
    public List<Image> deleted() {
        return outcomes.stream()
                .filter(outcome -> outcome.status() == Status.DELETED || outcome.status() == Status.ALREADY_DELETED)
                .map(Outcome::image)
                .toList();
    }

    /** The deletions that failed, each with its exception. */
    public List<Outcome> failures() {
        return outcomes.stream()
                .filter(outcome -> outcome.status() == Status.FAILED)
                .toList();
    }

    /** The deletions not tried because an earlier one showed that every deletion would be refused. */
    public List<Outcome> notAttempted() {
        return outcomes.stream()
                .filter(outcome -> outcome.status() == Status.NOT_ATTEMPTED)
                .toList();
    }

    /** Whether every deletion of the plan succeeded (or found the image already gone). */
    public boolean complete() {
        return deleted().size() == outcomes.size();
    }

    /** How one deletion ended. */
    public enum Status {
        /** The image was deleted. */
        DELETED,
        /** The API no longer knew the image ({@code not_found}): it is gone, which is what the plan wanted. */
        ALREADY_DELETED,
        /** The deletion failed; the image is still there (or its state is unknown after a transport failure). */
        FAILED,
        /**
         * Not tried: an earlier deletion was refused in a way every deletion would be ({@code unauthorized},
         * {@code token_readonly}, {@code forbidden}), so the run stopped there instead of sending requests bound to
         * fail. The image is still there.
         */
        NOT_ATTEMPTED
    }

    /**
     * The outcome of deleting one image.
     *
     * @param image the image as the plan listed it
     * @param status how the deletion ended
     * @param failure why it failed; {@code null} unless the status is {@link Status#FAILED}
     */
    public record Outcome(
            Image image, Status status, @Nullable HetznerException failure) {

        /**
         * Requires the image and status, and a failure exactly when the status is {@link Status#FAILED}.
         *
         * @throws IllegalArgumentException when the parts do not fit together
         */
        public Outcome {
            if (image == null || status == null) {
                throw new IllegalArgumentException("image and status must not be null");
            }
            if ((status == Status.FAILED) != (failure != null)) {
                throw new IllegalArgumentException("a failure is required exactly when the status is FAILED");
            }
        }
    }
}
