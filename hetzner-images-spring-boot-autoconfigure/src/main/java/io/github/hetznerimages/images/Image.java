package io.github.hetznerimages.images;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * An image as the API returns it. Components marked {@code @Nullable} are {@code null} when the API sends
 * {@code null} or leaves them out.
 *
 * @param id the image's id
 * @param type the kind of image
 * @param status whether the image can be used
 * @param name the unique name of a system or app image; {@code null} for snapshots and backups
 * @param description the free-text description
 * @param imageSize the size of the stored image in GB (the billing basis of snapshots); {@code null} if unknown
 * @param diskSize the size of the disk the image holds, in GB
 * @param created when the image was created
 * @param createdFrom the server the image was made from; {@code null} for system and app images
 * @param boundTo the id of the server a backup is bound to; {@code null} for other images
 * @param osFlavor the operating system family
 * @param osVersion the operating system version, e.g. {@code 24.04}; {@code null} if unknown
 * @param rapidDeploy whether rapid deploy is available; {@code null} when the API left it out
 * @param protection which operations the image is protected from
 * @param deprecated when the image became deprecated; {@code null} if it is not
 * @param deleted when the image was deleted, as the API sent it (RFC 3339); {@code null} if it was not
 * @param labels the image's labels (empty when none)
 * @param architecture the CPU architecture the image is for
 */
// the is-helpers below are derived views, not wire fields: keep them out of JSON written from this record
@JsonAutoDetect(isGetterVisibility = JsonAutoDetect.Visibility.NONE)
// read token by token: the same result as the record binding at a fraction of its cost in a fresh JVM
@JsonDeserialize(using = ImageDeserializer.class)
public record Image(
        long id,
        @Nullable ImageType type,
        @Nullable ImageStatus status,
        @Nullable String name,
        @Nullable String description,
        @Nullable Double imageSize,
        @Nullable Double diskSize,
        @Nullable OffsetDateTime created,
        @Nullable CreatedFrom createdFrom,
        @Nullable Long boundTo,
        @Nullable OsFlavor osFlavor,
        @Nullable String osVersion,
        @Nullable Boolean rapidDeploy,
        @Nullable Protection protection,
        @Nullable OffsetDateTime deprecated,
        @Nullable String deleted,
        Map<String, String> labels,
        @Nullable Architecture architecture) {

    /** Makes the labels an immutable map, empty when absent. */
    public Image {
        labels = labels == null ? Map.of() : Map.copyOf(labels);
    }

    /** Whether the image is protected from deletion. */
    public boolean deleteProtected() {
        return protection != null && protection.delete();
    }

    /** Whether the API marks the image deprecated. */
    public boolean isDeprecated() {
        return deprecated != null;
    }

    /**
     * When the image was deleted, if the API sent a readable RFC 3339 time; {@code null} otherwise (never fails on
     * odd values).
     */
    public @Nullable OffsetDateTime deletedAt() {
        if (deleted == null || deleted.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(deleted);
        } catch (DateTimeParseException ex) {
            return null;
        }
    }

    /**
     * The server an image was created from.
     *
     * @param id the server's id
     * @param name the server's name when the image was created
     */
    public record CreatedFrom(long id, @Nullable String name) {}

    /**
     * The protection flags of an image.
     *
     * @param delete whether the image is protected from deletion
     */
    public record Protection(boolean delete) {}
}
