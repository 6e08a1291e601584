package io.github.hetznerimages.sample.output;

import io.github.hetznerimages.ApiValue;
import io.github.hetznerimages.images.Image;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** How the job writes the fields of an image: short, aligned, in UTC, {@code -} for absent values. */
public final class ImageFormat {

    /** What the job prints for an absent value. */
    public static final String NONE = "-";

    private static final DateTimeFormatter CREATED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);
    private static final int TITLE_MAX = 48;

    private ImageFormat() {}

    /** The name of a system or app image, else its description; marked when deprecated; shortened to 48 chars. */
    public static String title(Image image) {
        String name = image.name() != null ? image.name() : image.description();
        String title = name == null ? "" : name;
        if (image.isDeprecated()) {
            title += " (deprecated)";
        }
        return title.length() <= TITLE_MAX ? title : title.substring(0, TITLE_MAX - 3) + "...";
    }

    /** The stored size in GB with two decimals, e.g. {@code 2.54 GB}. */
    public static String size(Image image) {
        return image.imageSize() == null ? NONE : String.format(Locale.ROOT, "%.2f GB", image.imageSize());
    }

    /** The creation time in UTC to the minute, e.g. {@code 2026-11-22 03:00}. */
    public static String created(Image image) {
        return time(image.created());
    }

    /** A time in UTC to the minute. */
    public static String time(OffsetDateTime time) {
        return time == null ? NONE : time.withOffsetSameInstant(ZoneOffset.UTC).format(CREATED);
    }

    /** The labels sorted by key as {@code k=v,k2=v2}. */
    public static String labels(Image image) {
        return labels(image.labels());
    }

    /** Labels sorted by key as {@code k=v,k2=v2}; {@code -} when there are none. */
    public static String labels(Map<String, String> labels) {
        if (labels.isEmpty()) {
            return NONE;
        }
        return new TreeMap<>(labels)
                .entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(","));
    }

    /** {@code yes} when the image is protected from deletion, else {@code no}. */
    public static String protection(Image image) {
        return image.deleteProtected() ? "yes" : "no";
    }

    /** The API's spelling of a value, e.g. {@code snapshot}; {@code -} when absent. */
    public static String value(ApiValue value) {
        return value == null ? NONE : value.value();
    }
}
