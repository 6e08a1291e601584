package io.github.hetznerimages;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An asynchronous operation of the API, e.g. creating an image. It is finished when its status is {@code success}
 * or {@code error}.
 *
 * @param id the action's id
 * @param command what the action does, e.g. {@code create_image} (a free string, no enum)
 * @param status whether the action runs, succeeded or failed
 * @param progress the progress in percent, 0 to 100
 * @param started when the action started
 * @param finished when the action finished; {@code null} while it runs
 * @param resources the resources the action works on (for {@code create_image}: the server, not the image)
 * @param error what went wrong when the status is {@code error}; otherwise {@code null}
 */
// the is-helpers below are derived views, not wire fields: keep them out of JSON written from this record
@JsonAutoDetect(isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public record Action(
        long id,
        @Nullable String command,
        @Nullable ActionStatus status,
        int progress,
        @Nullable OffsetDateTime started,
        @Nullable OffsetDateTime finished,
        List<Resource> resources,
        @Nullable Error error) {

    /** Makes the resources an immutable list, empty when absent. */
    public Action {
        resources = resources == null ? List.of() : List.copyOf(resources);
    }

    /**
     * Whether the action still runs: any status other than {@code success} or {@code error}, so a status this
     * version does not know (not {@link ActionStatus#isKnown() known}) counts as running.
     */
    public boolean isRunning() {
        return status != ActionStatus.SUCCESS && status != ActionStatus.ERROR;
    }

    /** Whether the action finished, with {@code success} or {@code error}. */
    public boolean isFinished() {
        return !isRunning();
    }

    /** Whether the action finished successfully. */
    public boolean isSuccessful() {
        return status == ActionStatus.SUCCESS;
    }

    /** Whether the action finished with an error. */
    public boolean isFailed() {
        return status == ActionStatus.ERROR;
    }

    /**
     * A resource an action works on.
     *
     * @param id the resource's id
     * @param type the resource's type, e.g. {@code server} or {@code image}
     */
    public record Resource(long id, @Nullable String type) {}

    /**
     * The error of a failed action.
     *
     * @param code the error code, e.g. {@code action_failed}
     * @param message the human-readable message
     */
    public record Error(@Nullable String code, @Nullable String message) {}
}
