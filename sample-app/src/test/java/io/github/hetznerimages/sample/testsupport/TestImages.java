package io.github.hetznerimages.sample.testsupport;

import io.github.hetznerimages.images.Architecture;
import io.github.hetznerimages.images.Image;
import io.github.hetznerimages.images.ImageStatus;
import io.github.hetznerimages.images.ImageType;
import io.github.hetznerimages.images.OsFlavor;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

/** Images for tests: hand-made snapshots, and the demo project's images read from its seed file. */
public final class TestImages {

    private static final JsonMapper WIRE = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .build();

    private TestImages() {}

    /** An available x86 snapshot of server 4711 (web-1), 40 GB disk, 2.5 GB stored. */
    public static Image snapshot(long id, String created, Map<String, String> labels, boolean protectedImage) {
        return new Image(
                id,
                ImageType.SNAPSHOT,
                ImageStatus.AVAILABLE,
                null,
                "web-1 snapshot " + id,
                2.5,
                40.0,
                OffsetDateTime.parse(created),
                new Image.CreatedFrom(4711, "web-1"),
                null,
                OsFlavor.UBUNTU,
                "24.04",
                false,
                new Image.Protection(protectedImage),
                null,
                null,
                labels,
                Architecture.X86);
    }

    /** The demo project's images ({@code demo/images.json}) in file order. */
    public static List<Image> demoImages() {
        try (InputStream in = TestImages.class.getClassLoader().getResourceAsStream("demo/images.json")) {
            return List.of(WIRE.readValue(WIRE.readTree(in).get("images").toString(), Image[].class));
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** One of the demo project's images by id. */
    public static Image demoImage(long id) {
        return demoImages().stream()
                .filter(i -> i.id() == id)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no demo image " + id));
    }
}
