package io.github.hetznerimages.images;

import io.github.hetznerimages.testsupport.Fixtures;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A project of 36 daily snapshots (label {@code backup_type=daily}) for retention tests: snapshot {@code i} was
 * created {@code i * 12 h + 1 h} before {@link #NOW}, so {@code i = 0} is the newest; ids are a permutation of
 * {@code 1000..1035} that does not follow creation order, and {@code i = 5, 20, 30} are delete-protected.
 */
final class RetentionFixtures {

    /** The moment the tests measure ages from. */
    static final Instant NOW = Instant.parse("2026-12-02T12:00:00Z");

    /** How many snapshots the project holds. */
    static final int COUNT = 36;

    /** The positions (newest = 0) of the delete-protected snapshots. */
    static final Set<Integer> PROTECTED = Set.of(5, 20, 30);

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private RetentionFixtures() {}

    /**
     * One snapshot of a list answer.
     *
     * @param id the image id
     * @param created when it was created
     * @param protectedImage whether it is delete-protected
     */
    record Snapshot(long id, Instant created, boolean protectedImage) {}

    /** The id of the snapshot at position {@code i} (newest = 0). */
    static long id(int i) {
        return 1000 + (7L * i) % COUNT;
    }

    /** The ids of the snapshots at these positions, in the given order. */
    static List<Long> ids(IntStream positions) {
        return positions.mapToObj(RetentionFixtures::id).toList();
    }

    /** The project's snapshots, newest first. */
    static List<Snapshot> daily() {
        return IntStream.range(0, COUNT)
                .mapToObj(i -> new Snapshot(id(i), NOW.minus(Duration.ofHours(12L * i + 1)), PROTECTED.contains(i)))
                .toList();
    }

    /** A one-page {@code GET /images} answer with these snapshots, ordered by id as {@code sort=id:asc} asks. */
    static String answer(List<Snapshot> snapshots) {
        JsonNode template =
                JSON.readTree(Fixtures.json("images/image-snapshot.json")).get("image");
        ObjectNode root = JSON.createObjectNode();
        ArrayNode images = root.putArray("images");
        snapshots.stream().sorted(Comparator.comparingLong(Snapshot::id)).forEach(snapshot -> {
            ObjectNode image = (ObjectNode) template.deepCopy();
            image.put("id", snapshot.id());
            image.put("description", "web-1 daily " + snapshot.id());
            image.put("created", snapshot.created().toString());
            image.putObject("protection").put("delete", snapshot.protectedImage());
            image.putObject("labels").put("backup_type", "daily");
            images.add(image);
        });
        ObjectNode pagination = root.putObject("meta").putObject("pagination");
        pagination.put("page", 1);
        pagination.put("per_page", 50);
        pagination.putNull("previous_page");
        pagination.putNull("next_page");
        pagination.put("last_page", 1);
        pagination.put("total_entries", snapshots.size());
        return JSON.writeValueAsString(root);
    }
}
