package io.github.hetznerimages.images;

import io.github.hetznerimages.Labels;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What to create with {@link ImageActionsService#createFromServer}: a snapshot or a backup, with an optional
 * description and labels. The factories {@link #snapshot()} and {@link #backup()} are the only ways to choose the
 * type, so no other image type can be asked for. Labels are checked when set; the description is free text (the
 * API sets no limit; the server generates one when it is absent). Immutable.
 *
 * <pre>{@code
 * CreateImageRequest.snapshot().description("before upgrade").labels(Map.of("app", "web")).build()
 * }</pre>
 */
public final class CreateImageRequest {

    private final ImageType type;
    private final String description;
    private final Map<String, String> labels;

    private CreateImageRequest(Builder builder) {
        this.type = builder.type;
        this.description = builder.description;
        this.labels = builder.labels;
    }

    /** Starts a request for a snapshot: independent of the server, kept until deleted, billed per GB. */
    public static Builder snapshot() {
        return new Builder(ImageType.SNAPSHOT);
    }

    /**
     * Starts a request for a backup: bound to the server and deleted with it. The server must have backups
     * enabled, or the API refuses.
     */
    public static Builder backup() {
        return new Builder(ImageType.BACKUP);
    }

    /** The image type to create: {@link ImageType#SNAPSHOT} or {@link ImageType#BACKUP}. */
    public ImageType type() {
        return type;
    }

    /** The description; {@code null} when the server should generate one. */
    public @Nullable String description() {
        return description;
    }

    /** The labels of the new image; {@code null} when none were set. */
    public @Nullable Map<String, String> labels() {
        return labels;
    }

    /** The JSON body: always an object with the type; description and labels only when set. */
    CreateImageBody body() {
        return new CreateImageBody(description, type.value(), labels);
    }

    @Override
    public String toString() {
        return "CreateImageRequest[type=" + type.value() + ", description=" + description + ", labels=" + labels + "]";
    }

    /** Collects the optional parts of a {@link CreateImageRequest}. */
    public static final class Builder {

        private final ImageType type;
        private String description;
        private Map<String, String> labels;

        private Builder(ImageType type) {
            this.type = type;
        }

        /** The description of the new image; {@code null} lets the server generate one. */
        public Builder description(String value) {
            this.description = value;
            return this;
        }

        /**
         * The labels of the new image, checked now.
         *
         * @throws IllegalArgumentException when a key or value breaks the API's label rules
         */
        public Builder labels(Map<String, String> value) {
            if (value == null) {
                throw new IllegalArgumentException("labels must not be null (leave them unset for none)");
            }
            this.labels = Labels.validate(value);
            return this;
        }

        /** The immutable request. */
        public CreateImageRequest build() {
            return new CreateImageRequest(this);
        }
    }

    /**
     * The wire body of {@code POST /servers/{id}/actions/create_image}; {@code null} parts are left out.
     *
     * @param description the description, or {@code null}
     * @param type {@code snapshot} or {@code backup}
     * @param labels the labels, or {@code null}
     */
    record CreateImageBody(String description, String type, Map<String, String> labels) {}
}
