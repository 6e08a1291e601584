package io.github.hetznerimages.test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * An action held by the fake. Its status and progress are computed from the fake's clock, so an action "runs" for
 * {@code duration} and then reads {@code success} (or {@code error} when it has a failure) without any background
 * thread: a test moves the clock and the next read sees the change.
 *
 * @param id the action's id
 * @param command the command, e.g. {@code create_image}
 * @param started when the action started
 * @param duration how long the action runs; zero for actions that finish at once
 * @param resources the resources the action works on, as {@code (id, type)} pairs
 * @param imageId the image the action creates, or {@code null}
 * @param failure the error the action ends with, or {@code null} when it succeeds
 */
record StoredAction(
        long id,
        String command,
        Instant started,
        Duration duration,
        List<Resource> resources,
        Long imageId,
        Failure failure) {

    /**
     * A resource an action works on.
     *
     * @param id the resource's id
     * @param type the resource's type, e.g. {@code server}
     */
    record Resource(long id, String type) {}

    /**
     * The error a failed action reports.
     *
     * @param code the error code, e.g. {@code image_creation_failed}
     * @param message the human-readable message
     */
    record Failure(String code, String message) {}

    /** Whether the action has finished at the given time. */
    boolean finishedAt(Instant now) {
        return !now.isBefore(started.plus(duration));
    }

    /** Whether the action has finished successfully at the given time. */
    boolean succeededAt(Instant now) {
        return failure == null && finishedAt(now);
    }

    /** The status at the given time: {@code running}, {@code success} or {@code error}. */
    String statusAt(Instant now) {
        if (!finishedAt(now)) {
            return "running";
        }
        return failure == null ? "success" : "error";
    }

    /** The progress in percent at the given time, 0 to 100. */
    int progressAt(Instant now) {
        if (finishedAt(now)) {
            return 100;
        }
        long elapsed = Math.max(0, Duration.between(started, now).toMillis());
        return (int) Math.min(99, elapsed * 100 / duration.toMillis());
    }

    /** When the action finished, or {@code null} while it runs. */
    Instant finishedOrNull(Instant now) {
        return finishedAt(now) ? started.plus(duration) : null;
    }

    /** Whether the action works on the given resource; an image is also concerned by the action creating it. */
    boolean concerns(long resourceId, String type) {
        return resources.contains(new Resource(resourceId, type))
                || ("image".equals(type) && imageId != null && imageId == resourceId);
    }

    /** The action in the API's wire shape, as it reads at the given time. */
    ObjectNode toJson(Instant now) {
        ObjectNode node = WireJson.MAPPER
                .createObjectNode()
                .put("id", id)
                .put("command", command)
                .put("status", statusAt(now))
                .put("progress", progressAt(now))
                .put("started", WireTime.format(started));
        Instant finished = finishedOrNull(now);
        if (finished == null) {
            node.putNull("finished");
        } else {
            node.put("finished", WireTime.format(finished));
        }
        ArrayNode list = node.putArray("resources");
        resources.forEach(r -> list.addObject().put("id", r.id()).put("type", r.type()));
        if (failure != null && finished != null) {
            node.putObject("error").put("code", failure.code()).put("message", failure.message());
        } else {
            node.putNull("error");
        }
        return node;
    }
}
