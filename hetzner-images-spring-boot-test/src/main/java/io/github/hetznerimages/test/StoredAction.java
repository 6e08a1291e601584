package io.github.hetznerimages.test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * An action of the demo API. Its progress is computed from the wall time since it started, so a snapshot
 * "runs" for {@code duration} and then reads {@code success} without any background thread.
 *
 * @param id the action's id
 * @param command the command, e.g. {@code create_image}
 * @param started when the action started
 * @param duration how long the action runs; zero for actions that finish at once
 * @param resources the resources the action works on, as {@code (id, type)} pairs
 * @param imageId the image the action creates, or {@code null}
 */
record StoredAction(long id, String command, Instant started, Duration duration, List<Resource> resources, Long imageId) {

    /**
     * A resource an action works on.
     *
     * @param id the resource's id
     * @param type the resource's type, e.g. {@code server}
     */
    record Resource(long id, String type) {}

    /** Whether the action has finished at the given time. */
    boolean finishedAt(Instant now) {
        return !now.isBefore(started.plus(duration));
    }

    /** The progress in percent at the given time, 0 to 100. */
    int progressAt(Instant now) {
        if (finishedAt(now)) {
            return 100;
        }
        long elapsed = Math.max(0, Duration.between(started, now).toMillis());
        return (int) Math.min(99, elapsed * 100 / duration.toMillis());
    }

    /** Whether the action works on the given resource; an image is also concerned by the action creating it. */
    boolean concerns(long resourceId, String type) {
        return resources.contains(new Resource(resourceId, type))
                || ("image".equals(type) && imageId != null && imageId == resourceId);
    }

    /** The action in the API's wire shape, as it reads at the given time. */
    ObjectNode toJson(Instant now, JsonMapper json) {
        boolean finished = finishedAt(now);
        ObjectNode node = json.createObjectNode()
                .put("id", id)
                .put("command", command)
                .put("status", finished ? "success" : "running")
                .put("progress", progressAt(now))
                .put("started", WireTime.format(started));
        if (finished) {
            node.put("finished", WireTime.format(started.plus(duration)));
        } else {
            node.putNull("finished");
        }
        ArrayNode list = node.putArray("resources");
        resources.forEach(r -> list.addObject().put("id", r.id()).put("type", r.type()));
        node.putNull("error");
        return node;
    }
}
