package io.github.hetznerimages.images;

import io.github.hetznerimages.testsupport.Fixtures;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The images the JSON fixtures describe, as records, and list answers of any size built from them. */
final class ImageFixtures {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ImageFixtures() {}

    /** {@code images/image-system.json}: a system image with rapid deploy and no image size. */
    static Image systemUbuntuArm() {
        return new Image(
                161547269L,
                ImageType.SYSTEM,
                ImageStatus.AVAILABLE,
                "ubuntu-24.04",
                "Ubuntu 24.04",
                null,
                5.0,
                OffsetDateTime.parse("2024-04-25T12:00:00Z"),
                null,
                null,
                OsFlavor.UBUNTU,
                "24.04",
                true,
                new Image.Protection(false),
                null,
                null,
                Map.of(),
                Architecture.ARM);
    }

    /** {@code images/image-snapshot.json}: a protected snapshot without {@code rapid_deploy}. */
    static Image snapshot() {
        return new Image(
                4711L,
                ImageType.SNAPSHOT,
                ImageStatus.AVAILABLE,
                null,
                "web-1 before upgrade",
                2.3,
                40.0,
                OffsetDateTime.parse("2026-07-08T02:15:31Z"),
                new Image.CreatedFrom(5010L, "web-1"),
                null,
                OsFlavor.DEBIAN,
                "12",
                null,
                new Image.Protection(true),
                null,
                null,
                Map.of("env", "prod", "example.com/build", "nightly", "keep", ""),
                Architecture.X86);
    }

    /** The three images of {@code images/list-mixed.json}, in order. */
    static List<Image> mixedList() {
        Image debian = new Image(
                114690387L,
                ImageType.SYSTEM,
                ImageStatus.AVAILABLE,
                "debian-12",
                "Debian 12",
                null,
                5.0,
                OffsetDateTime.parse("2023-06-13T06:00:02Z"),
                null,
                null,
                OsFlavor.DEBIAN,
                "12",
                true,
                new Image.Protection(false),
                null,
                null,
                Map.of(),
                Architecture.X86);
        Image deprecatedUbuntu = new Image(
                67794396L,
                ImageType.SYSTEM,
                ImageStatus.AVAILABLE,
                "ubuntu-20.04",
                "Ubuntu 20.04",
                null,
                5.0,
                OffsetDateTime.parse("2020-04-23T15:52:50Z"),
                null,
                null,
                OsFlavor.UBUNTU,
                "20.04",
                false,
                new Image.Protection(false),
                OffsetDateTime.parse("2025-05-31T00:00:00Z"),
                null,
                Map.of(),
                Architecture.X86);
        Image backup = new Image(
                202405301L,
                ImageType.BACKUP,
                ImageStatus.UNAVAILABLE,
                null,
                "db-1 2026-07-01",
                7.81,
                80.0,
                OffsetDateTime.parse("2026-07-01T03:12:44Z"),
                new Image.CreatedFrom(6021L, "db-1"),
                6021L,
                OsFlavor.ROCKY,
                null,
                null,
                new Image.Protection(false),
                null,
                "2026-07-08T03:12:44Z",
                Map.of("role", "database"),
                Architecture.X86);
        return List.of(debian, deprecatedUbuntu, backup);
    }

    /**
     * A {@code GET /images} answer holding snapshots with ids {@code firstId..firstId+count-1}, shaped like
     * {@code images/image-snapshot.json}.
     *
     * @param nextPage the next page's number, or {@code null} on the last page
     * @param lastPage the last page's number, or {@code null} when unknown
     * @param total the number of entries, or {@code null} when unknown
     */
    static String snapshotPage(
            long page, int perPage, long firstId, int count, Long nextPage, Long lastPage, Long total) {
        JsonNode template =
                JSON.readTree(Fixtures.json("images/image-snapshot.json")).get("image");
        ObjectNode root = JSON.createObjectNode();
        ArrayNode images = root.putArray("images");
        LongStream.range(firstId, firstId + count).forEach(id -> {
            ObjectNode image = (ObjectNode) template.deepCopy();
            image.put("id", id);
            images.add(image);
        });
        ObjectNode pagination = root.putObject("meta").putObject("pagination");
        pagination.put("page", page);
        pagination.put("per_page", perPage);
        if (page > 1) {
            pagination.put("previous_page", page - 1);
        } else {
            pagination.putNull("previous_page");
        }
        putNullable(pagination, "next_page", nextPage);
        putNullable(pagination, "last_page", lastPage);
        putNullable(pagination, "total_entries", total);
        return JSON.writeValueAsString(root);
    }

    /** A one-page {@code GET /images} answer holding the image of a {@code {"image": {...}}} fixture. */
    static String listAnswer(String singleImageFixture) {
        ObjectNode root = JSON.createObjectNode();
        root.putArray("images")
                .add(JSON.readTree(Fixtures.json(singleImageFixture)).get("image"));
        ObjectNode pagination = root.putObject("meta").putObject("pagination");
        pagination.put("page", 1);
        pagination.put("per_page", 25);
        pagination.putNull("previous_page");
        pagination.putNull("next_page");
        pagination.put("last_page", 1);
        pagination.put("total_entries", 1);
        return JSON.writeValueAsString(root);
    }

    private static void putNullable(ObjectNode node, String name, Long value) {
        if (value == null) {
            node.putNull(name);
        } else {
            node.put(name, value);
        }
    }
}
