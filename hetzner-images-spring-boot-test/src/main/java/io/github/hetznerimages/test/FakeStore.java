package io.github.hetznerimages.test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The in-memory project behind the fake: images, the servers that can be snapshotted and the actions started so
 * far, plus the {@link Changes} requests made. Answers are copies in the API's exact wire shape. An image being
 * created turns {@code available} once its action has run for the action duration on the fake's clock. Thread-safe.
 */
final class FakeStore {

    private static final long FIRST_ACTION_ID = 587_000_001L;
    private static final long FIRST_IMAGE_ID = 100_000_001L;

    private final Clock clock;
    private final Duration actionDuration;
    private final Map<Long, ObjectNode> images = new LinkedHashMap<>();
    private final Map<Long, FakeServer> servers = new LinkedHashMap<>();
    private final Map<Long, StoredAction> actions = new LinkedHashMap<>();
    private final Deque<StoredAction.Failure> creationFailures = new ArrayDeque<>();
    private final Changes changes = new Changes();
    private long nextImageId = FIRST_IMAGE_ID;
    private long nextActionId = FIRST_ACTION_ID;

    FakeStore(Clock clock, Duration actionDuration) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.actionDuration = Objects.requireNonNull(actionDuration, "actionDuration");
    }

    /** Forgets everything: images, servers, actions, planned failures and changes. */
    synchronized void clear() {
        images.clear();
        servers.clear();
        actions.clear();
        creationFailures.clear();
        changes.clear();
        nextImageId = FIRST_IMAGE_ID;
        nextActionId = FIRST_ACTION_ID;
    }

    /**
     * Adds an image; new images created later get ids above the highest one.
     *
     * @throws IllegalArgumentException when an image with this id exists
     */
    synchronized void add(FakeImage image) {
        requireNew("image", image.id(), images.keySet());
        images.put(image.id(), image.toJson(clock.instant()));
        nextImageId = Math.max(nextImageId, image.id() + 1);
    }

    /**
     * Adds a server to create images from.
     *
     * @throws IllegalArgumentException when a server with this id exists
     */
    synchronized void add(FakeServer server) {
        requireNew("server", server.id(), servers.keySet());
        servers.put(server.id(), server);
    }

    /**
     * Adds an action; actions started later get ids above the highest one.
     *
     * @throws IllegalArgumentException when an action with this id exists
     */
    synchronized void add(FakeAction action) {
        requireNew("action", action.id(), actions.keySet());
        actions.put(action.id(), action.toStored(clock.instant(), actionDuration));
        nextActionId = Math.max(nextActionId, action.id() + 1);
    }

    /** Makes the next {@code create_image} action fail with this error once it has run. */
    synchronized void failNextCreation(String code, String message) {
        creationFailures.add(new StoredAction.Failure(code, message));
    }

    /** The changes made by requests so far. */
    synchronized Changes changes() {
        return changes;
    }

    /** The ids of the images now in the project, in the order they were added. */
    synchronized List<Long> imageIds() {
        return List.copyOf(images.keySet());
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
        changes.updated(id);
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
        changes.deleted(id);
    }

    /**
     * Starts {@code create_image} on a server: adds a {@code creating} image and a running action.
     *
     * @return {@code {image, action}} as the API answers
     */
    synchronized ObjectNode createImage(long serverId, JsonNode body) {
        settle();
        FakeServer server = servers.get(serverId);
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
        String description = body.has("description")
                ? text(body, "description")
                : server.name() + " " + WireTime.format(now).substring(0, 16).replace('T', ' ');
        ObjectNode labels = labels(body);
        long imageId = nextImageId++;
        FakeImage spec = (type.equals("backup") ? FakeImage.backup(imageId, serverId) : FakeImage.snapshot(imageId))
                .status("creating")
                .createdFrom(serverId, server.name())
                .architecture(server.architecture())
                .os(server.osFlavor(), server.osVersion());
        ObjectNode image = spec.toJson(now);
        image.put("description", description).putNull("image_size").put("disk_size", server.diskSize());
        image.set("labels", labels);
        images.put(imageId, image);
        StoredAction action = new StoredAction(
                nextActionId++,
                "create_image",
                now,
                actionDuration,
                List.of(new StoredAction.Resource(serverId, "server")),
                imageId,
                creationFailures.poll());
        actions.put(action.id(), action);
        changes.created(imageId, serverId);
        ObjectNode answer = WireJson.MAPPER.createObjectNode();
        answer.set("image", image.deepCopy());
        answer.set("action", action.toJson(now));
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
            changes.protection(imageId, body.get("delete").asBoolean());
        }
        Instant now = clock.instant();
        StoredAction action = new StoredAction(
                nextActionId++,
                "change_protection",
                now,
                Duration.ZERO,
                List.of(new StoredAction.Resource(imageId, "image")),
                null,
                null);
        actions.put(action.id(), action);
        return action.toJson(now);
    }

    /** One action as it reads now ({@code GET /actions/{id}}). */
    synchronized ObjectNode action(long id) {
        settle();
        StoredAction action = actions.get(id);
        if (action == null) {
            throw FakeApiError.notFound("action", id);
        }
        return action.toJson(clock.instant());
    }

    /** One image action ({@code GET /images/actions/{id}}); actions on other resources are not found here. */
    synchronized ObjectNode imageAction(long id) {
        ObjectNode action = action(id);
        if (!isImageAction(actions.get(id))) {
            throw FakeApiError.notFound("action", id);
        }
        return action;
    }

    /** The actions with these ids that exist, as they read now ({@code GET /actions?id=..}). */
    synchronized List<ObjectNode> actions(Set<Long> ids) {
        settle();
        Instant now = clock.instant();
        return ids.stream()
                .map(actions::get)
                .filter(Objects::nonNull)
                .map(a -> a.toJson(now))
                .toList();
    }

    /** The actions of all images, oldest first ({@code GET /images/actions}). */
    synchronized List<ObjectNode> imageActions() {
        settle();
        Instant now = clock.instant();
        return actions.values().stream()
                .filter(FakeStore::isImageAction)
                .map(a -> a.toJson(now))
                .toList();
    }

    /** The actions of one image (the ones that created it or changed it), oldest first. */
    synchronized List<ObjectNode> actionsOf(long imageId) {
        settle();
        existing(imageId);
        Instant now = clock.instant();
        List<ObjectNode> result = new ArrayList<>();
        actions.values().stream().filter(a -> a.concerns(imageId, "image")).forEach(a -> result.add(a.toJson(now)));
        return result;
    }

    private static boolean isImageAction(StoredAction action) {
        return action.imageId() != null
                || action.resources().stream().anyMatch(r -> r.type().equals("image"));
    }

    private static void requireNew(String what, long id, Set<Long> existing) {
        if (existing.contains(id)) {
            throw new IllegalArgumentException("the fake already has a " + what + " with id " + id);
        }
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

    /**
     * Settles the images of finished create_image actions: available, with the size a real snapshot gets, or
     * unavailable when the action failed.
     */
    private void settle() {
        Instant now = clock.instant();
        for (StoredAction action : actions.values()) {
            ObjectNode image = action.imageId() == null ? null : images.get(action.imageId());
            if (image != null
                    && action.finishedAt(now)
                    && "creating".equals(image.get("status").asString())) {
                if (action.failure() != null) {
                    image.put("status", "unavailable");
                } else {
                    double size = Math.round(image.get("disk_size").asDouble() * 6.2) / 100.0;
                    image.put("status", "available").put("image_size", size);
                }
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
