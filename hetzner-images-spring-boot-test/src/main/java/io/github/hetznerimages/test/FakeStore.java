package io.github.hetznerimages.test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The in-memory project behind the demo API: images (seeded from {@code demo/images.json}), the servers that can
 * be snapshotted ({@code demo/servers.json}) and the actions started so far. Answers are copies in the API's
 * exact wire shape. A snapshot's image turns {@code available} once its action has run for the configured
 * duration. Thread-safe.
 */
final class FakeStore {

    private static final long FIRST_ACTION_ID = 587_000_001L;

    private final Clock clock;
    private final Duration snapshotDuration;
    private final Map<Long, ObjectNode> images = new LinkedHashMap<>();
    private final Map<Long, JsonNode> servers = new LinkedHashMap<>();
    private final Map<Long, StoredAction> actions = new LinkedHashMap<>();
    private long nextImageId;
    private long nextActionId = FIRST_ACTION_ID;

    FakeStore(Clock clock, Duration snapshotDuration) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.snapshotDuration = Objects.requireNonNull(snapshotDuration, "snapshotDuration");
        WireJson.resource("demo/images.json")
                .get("images")
                .forEach(image -> images.put(image.get("id").asLong(), (ObjectNode) image));
        WireJson.resource("demo/servers.json")
                .get("servers")
                .forEach(server -> servers.put(server.get("id").asLong(), server));
        nextImageId = images.keySet().stream().mapToLong(Long::longValue).max().orElse(0) + 1;
    }

    /** Copies of all images (deprecated ones included; {@link ImageQuery} filters). */
    synchronized List<ObjectNode> images() {
        settle();
        return images.values().stream().map(ObjectNode::deepCopy).toList();
    }

    /** A copy of one image. */
    synchronized ObjectNode image(long id) {
        settle();
        return existing(id).deepCopy();
    }

    /** Applies a {@code PUT /images/{id}} body: description, conversion of a backup to a snapshot, labels. */
    synchronized ObjectNode update(long id, JsonNode body) {
        settle();
        ObjectNode image = existing(id);
        requireUserImage(image, "updated");
        if (body.has("description")) {
            image.put("description", text(body, "description"));
        }
        if (body.has("type")) {
            if (!"snapshot".equals(body.get("type").asString())) {
                throw FakeApiError.invalidInput("type can only be 'snapshot'");
            }
            image.put("type", "snapshot");
            image.putNull("bound_to");
        }
        if (body.has("labels")) {
            image.set("labels", labels(body));
        }
        return image.deepCopy();
    }

    /** Deletes a snapshot or backup; refuses protected images ({@code 423 protected}). */
    synchronized void delete(long id) {
        settle();
        ObjectNode image = existing(id);
        requireUserImage(image, "deleted");
        if (image.get("protection").get("delete").asBoolean()) {
            throw FakeApiError.protectedImage(id);
        }
        if ("creating".equals(image.get("status").asString())) {
            throw FakeApiError.locked("image with ID '" + id + "' is still being created");
        }
        images.remove(id);
    }

    /**
     * Starts {@code create_image} on a server: adds a {@code creating} image and a running action.
     *
     * @return {@code {image, action}} as the API answers
     */
    synchronized ObjectNode createImage(long serverId, JsonNode body) {
        settle();
        JsonNode server = servers.get(serverId);
        if (server == null) {
            throw FakeApiError.notFound("server", serverId);
        }
        Instant now = clock.instant();
        boolean busy = actions.values().stream().anyMatch(a -> a.concerns(serverId, "server") && !a.finishedAt(now));
        if (busy) {
            throw FakeApiError.locked("server with ID '" + serverId + "' is locked by a running action");
        }
        String type = body.has("type") ? body.get("type").asString() : "snapshot";
        if (!type.equals("snapshot") && !type.equals("backup")) {
            throw FakeApiError.invalidInput("type must be 'snapshot' or 'backup', was '" + type + "'");
        }
        String name = server.get("name").asString();
        ObjectNode image = WireJson.MAPPER.createObjectNode();
        long imageId = nextImageId++;
        image.put("id", imageId)
                .put("type", type)
                .put("status", "creating")
                .putNull("name")
                .put(
                        "description",
                        body.has("description")
                                ? text(body, "description")
                                : name + " "
                                        + WireTime.format(now).substring(0, 16).replace('T', ' '))
                .putNull("image_size")
                .put("disk_size", server.get("disk_size").asInt())
                .put("created", WireTime.format(now));
        image.putObject("created_from").put("id", serverId).put("name", name);
        if (type.equals("backup")) {
            image.put("bound_to", serverId);
        } else {
            image.putNull("bound_to");
        }
        image.put("os_flavor", server.get("os_flavor").asString())
                .put("os_version", server.get("os_version").asString())
                .put("rapid_deploy", false);
        image.putObject("protection").put("delete", false);
        image.putNull("deprecated").putNull("deleted");
        image.set("labels", labels(body));
        image.put("architecture", server.get("architecture").asString());
        images.put(imageId, image);
        StoredAction action = new StoredAction(
                nextActionId++,
                "create_image",
                now,
                snapshotDuration,
                List.of(new StoredAction.Resource(serverId, "server")),
                imageId);
        actions.put(action.id(), action);
        ObjectNode answer = WireJson.MAPPER.createObjectNode();
        answer.set("image", image.deepCopy());
        answer.set("action", action.toJson(now, WireJson.MAPPER));
        return answer;
    }

    /** Sets a snapshot's delete protection; the action is finished at once. */
    synchronized ObjectNode changeProtection(long imageId, JsonNode body) {
        settle();
        ObjectNode image = existing(imageId);
        if (!"snapshot".equals(image.get("type").asString())) {
            throw FakeApiError.unsupported("protection can only be changed on snapshots");
        }
        if (body.has("delete")) {
            if (!body.get("delete").isBoolean()) {
                throw FakeApiError.invalidInput("delete must be a boolean");
            }
            ((ObjectNode) image.get("protection"))
                    .put("delete", body.get("delete").asBoolean());
        }
        Instant now = clock.instant();
        StoredAction action = new StoredAction(
                nextActionId++,
                "change_protection",
                now,
                Duration.ZERO,
                List.of(new StoredAction.Resource(imageId, "image")),
                null);
        actions.put(action.id(), action);
        return action.toJson(now, WireJson.MAPPER);
    }

    /** One action as it reads now. */
    synchronized ObjectNode action(long id) {
        settle();
        StoredAction action = actions.get(id);
        if (action == null) {
            throw FakeApiError.notFound("action", id);
        }
        return action.toJson(clock.instant(), WireJson.MAPPER);
    }

    /** The actions of one image (the ones that created it or changed it), oldest first. */
    synchronized List<ObjectNode> actionsOf(long imageId) {
        settle();
        existing(imageId);
        Instant now = clock.instant();
        List<ObjectNode> result = new ArrayList<>();
        actions.values().stream()
                .filter(a -> a.concerns(imageId, "image"))
                .forEach(a -> result.add(a.toJson(now, WireJson.MAPPER)));
        return result;
    }

    private ObjectNode existing(long id) {
        ObjectNode image = images.get(id);
        if (image == null) {
            throw FakeApiError.notFound("image", id);
        }
        return image;
    }

    private static void requireUserImage(JsonNode image, String verb) {
        String type = image.get("type").asString();
        if (!type.equals("snapshot") && !type.equals("backup")) {
            throw FakeApiError.unsupported("only snapshots and backups can be " + verb + ", image with ID '"
                    + image.get("id").asLong() + "' is a " + type + " image");
        }
    }

    /** Marks the images of finished create_image actions available, with the size a real snapshot gets. */
    private void settle() {
        Instant now = clock.instant();
        for (StoredAction action : actions.values()) {
            ObjectNode image = action.imageId() == null ? null : images.get(action.imageId());
            if (image != null
                    && action.finishedAt(now)
                    && "creating".equals(image.get("status").asString())) {
                double size = Math.round(image.get("disk_size").asDouble() * 6.2) / 100.0;
                image.put("status", "available").put("image_size", size);
            }
        }
    }

    private static String text(JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (!value.isString()) {
            throw FakeApiError.invalidInput(field + " must be a string");
        }
        return value.asString();
    }

    private static ObjectNode labels(JsonNode body) {
        ObjectNode labels = WireJson.MAPPER.createObjectNode();
        JsonNode given = body.path("labels");
        if (given.isMissingNode() || given.isNull()) {
            return labels;
        }
        if (!given.isObject()) {
            throw FakeApiError.invalidInput("labels must be an object of strings");
        }
        given.properties().forEach(e -> {
            if (!e.getValue().isString()) {
                throw FakeApiError.invalidInput("label '" + e.getKey() + "' must have a string value");
            }
            labels.put(e.getKey(), e.getValue().asString());
        });
        return labels;
    }
}
