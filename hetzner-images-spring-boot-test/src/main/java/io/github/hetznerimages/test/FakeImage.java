package io.github.hetznerimages.test;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * An image to put into a {@link HetznerImagesFake}: start from {@link #system}, {@link #app}, {@link #snapshot}
 * or {@link #backup} and refine it, e.g.
 * {@code FakeImage.snapshot(101).createdFrom(4711, "web-1").label("backup_type", "daily").protectedFromDeletion()}.
 * Immutable: each method returns a changed copy. Fields not set get realistic values (x86, Ubuntu 24.04, available,
 * created when it is added to the fake).
 */
public final class FakeImage {

    private static final long MAX_ID = 9_007_199_254_740_991L;
    private static final Set<String> ARCHITECTURES = Set.of("x86", "arm");
    private static final Set<String> STATUSES = Set.of("available", "creating", "unavailable");

    private final ObjectNode node;

    private FakeImage(ObjectNode node) {
        this.node = node;
    }

    /** A system image, e.g. {@code system(161547269, "ubuntu-24.04")}: named, 5 GB disk, rapid deploy. */
    public static FakeImage system(long id, String name) {
        return base(id, "system", requireText("name", name), 5)
                .put("description", name)
                .put("rapid_deploy", true)
                .wrap();
    }

    /** An app image (an operating system with an application installed), e.g. {@code app(7, "docker-ce")}. */
    public static FakeImage app(long id, String name) {
        return base(id, "app", requireText("name", name), 5)
                .put("description", name)
                .wrap();
    }

    /** A snapshot: unnamed, 40 GB disk, 2.5 GB stored, description {@code snapshot <id>}. */
    public static FakeImage snapshot(long id) {
        return base(id, "snapshot", null, 40)
                .put("description", "snapshot " + id)
                .put("image_size", 2.5)
                .wrap();
    }

    /** A backup of a server ({@code bound_to} the server), 40 GB disk, 2.5 GB stored. */
    public static FakeImage backup(long id, long serverId) {
        requireId("serverId", serverId);
        return base(id, "backup", null, 40)
                .put("description", "backup " + id)
                .put("image_size", 2.5)
                .put("bound_to", serverId)
                .wrap();
    }

    /**
     * An image in the API's wire shape (e.g. from a recorded answer); fields it lacks get the defaults.
     *
     * @throws IllegalArgumentException when it has no valid {@code id} or {@code type}
     */
    static FakeImage fromJson(JsonNode given) {
        String type = given.path("type").asString("");
        if (!Set.of("system", "app", "snapshot", "backup").contains(type)) {
            throw new IllegalArgumentException("image type must be system, app, snapshot or backup, was " + given);
        }
        ObjectNode node = base(given.path("id").asLong(0), type, null, 40).node();
        node.setAll((ObjectNode) given.deepCopy());
        return new FakeImage(node);
    }

    /** The image's id. */
    public long id() {
        return node.get("id").asLong();
    }

    /** With this description. */
    public FakeImage description(String description) {
        return with(n -> n.put("description", requireText("description", description)));
    }

    /** Created from this server ({@code created_from}), as snapshots and backups are. */
    public FakeImage createdFrom(long serverId, String serverName) {
        requireId("serverId", serverId);
        requireText("serverName", serverName);
        return with(n -> n.putObject("created_from").put("id", serverId).put("name", serverName));
    }

    /** Created at this time (otherwise: when it is added to the fake). */
    public FakeImage created(Instant created) {
        requireNonNull("created", created);
        return with(n -> n.put("created", WireTime.format(created)));
    }

    /** With this label added (labels are kept in the order given). */
    public FakeImage label(String key, String value) {
        requireText("label key", key);
        requireNonNull("label value", value);
        return with(n -> ((ObjectNode) n.get("labels")).put(key, value));
    }

    /** With these labels added. */
    public FakeImage labels(Map<String, String> labels) {
        requireNonNull("labels", labels);
        FakeImage image = this;
        for (Map.Entry<String, String> label : labels.entrySet()) {
            image = image.label(label.getKey(), label.getValue());
        }
        return image;
    }

    /** Protected from deletion ({@code protection.delete=true}): the fake refuses to delete it. */
    public FakeImage protectedFromDeletion() {
        return with(n -> ((ObjectNode) n.get("protection")).put("delete", true));
    }

    /** Deprecated since this time: left out of lists unless {@code include_deprecated=true}. */
    public FakeImage deprecated(Instant since) {
        requireNonNull("since", since);
        return with(n -> n.put("deprecated", WireTime.format(since)));
    }

    /** For this architecture, {@code x86} or {@code arm}. */
    public FakeImage architecture(String architecture) {
        if (!ARCHITECTURES.contains(architecture)) {
            throw new IllegalArgumentException("architecture must be x86 or arm, was " + quoted(architecture));
        }
        return with(n -> n.put("architecture", architecture));
    }

    /** With this status, {@code available}, {@code creating} or {@code unavailable}. */
    public FakeImage status(String status) {
        if (!STATUSES.contains(status)) {
            throw new IllegalArgumentException(
                    "status must be available, creating or unavailable, was " + quoted(status));
        }
        return with(n -> n.put("status", status));
    }

    /** With this operating system, e.g. {@code os("debian", "12")}. */
    public FakeImage os(String flavor, String version) {
        requireText("flavor", flavor);
        requireText("version", version);
        return with(n -> n.put("os_flavor", flavor).put("os_version", version));
    }

    /** With this disk size and stored size in GB ({@code disk_size}, {@code image_size}). */
    public FakeImage size(double diskSize, double imageSize) {
        if (diskSize <= 0 || imageSize <= 0) {
            throw new IllegalArgumentException(
                    "sizes must be positive, were disk " + diskSize + " and image " + imageSize);
        }
        return with(n -> n.put("disk_size", diskSize).put("image_size", imageSize));
    }

    /** The image in the API's wire shape, {@code created} filled with {@code now} when not set. */
    ObjectNode toJson(Instant now) {
        ObjectNode copy = node.deepCopy();
        if (copy.get("created").isNull()) {
            copy.put("created", WireTime.format(now));
        }
        return copy;
    }

    @Override
    public String toString() {
        return "FakeImage" + node;
    }

    private FakeImage with(Consumer<ObjectNode> change) {
        ObjectNode copy = node.deepCopy();
        change.accept(copy);
        return new FakeImage(copy);
    }

    /** The image fields in the API's order, with realistic values. */
    private static Fields base(long id, String type, String name, double diskSize) {
        requireId("id", id);
        ObjectNode node = WireJson.MAPPER.createObjectNode();
        node.put("id", id).put("type", type).put("status", "available");
        if (name == null) {
            node.putNull("name");
        } else {
            node.put("name", name);
        }
        node.putNull("description")
                .putNull("image_size")
                .put("disk_size", diskSize)
                .putNull("created");
        node.putNull("created_from").putNull("bound_to");
        node.put("os_flavor", "ubuntu").put("os_version", "24.04").put("rapid_deploy", false);
        node.putObject("protection").put("delete", false);
        node.putNull("deprecated").putNull("deleted");
        node.putObject("labels");
        node.put("architecture", "x86");
        return new Fields(node);
    }

    /** The first touches of a new image, before it is wrapped. */
    private record Fields(ObjectNode node) {

        Fields put(String field, String value) {
            node.put(field, value);
            return this;
        }

        Fields put(String field, boolean value) {
            node.put(field, value);
            return this;
        }

        Fields put(String field, double value) {
            node.put(field, value);
            return this;
        }

        Fields put(String field, long value) {
            node.put(field, value);
            return this;
        }

        FakeImage wrap() {
            return new FakeImage(node);
        }
    }

    static long requireId(String name, long id) {
        if (id < 1 || id > MAX_ID) {
            throw new IllegalArgumentException(name + " must be between 1 and 2^53-1, was " + id);
        }
        return id;
    }

    static String requireText(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank, was " + quoted(value));
        }
        return value;
    }

    static void requireNonNull(String name, Object value) {
        if (value == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
    }

    private static String quoted(String value) {
        return value == null ? "null" : "'" + value + "'";
    }
}
