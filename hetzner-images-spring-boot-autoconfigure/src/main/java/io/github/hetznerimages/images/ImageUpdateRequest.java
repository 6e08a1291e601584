package io.github.hetznerimages.images;

import io.github.hetznerimages.Labels;
import java.util.Map;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;

/**
 * The changes of a {@code PUT /images/{id}}: a new description, converting a backup into a snapshot, and a new label
 * set. Only what is set is sent; at least one change is required. Immutable.
 *
 * <p>Labels <strong>replace</strong> all labels of the image: keys left out are removed, and an empty map removes
 * every label. To add one label, read the image, copy its labels, add the new one and send the whole map.
 *
 * <pre>{@code
 * ImageUpdateRequest request = ImageUpdateRequest.builder()
 *         .description("nightly build 2026-07-08")
 *         .labels(Map.of("env", "prod"))
 *         .build();
 * }</pre>
 */
public final class ImageUpdateRequest {

    private final String description;
    private final boolean convertToSnapshot;
    private final Map<String, String> labels;

    private ImageUpdateRequest(Builder builder) {
        this.description = builder.description;
        this.convertToSnapshot = builder.convertToSnapshot;
        this.labels = builder.labels;
    }

    /** Starts a request that changes nothing yet. */
    public static Builder builder() {
        return new Builder();
    }

    /** The new description; {@code null} when it is not changed. */
    public @Nullable String description() {
        return description;
    }

    /** Whether the image (a backup) is converted into a snapshot. */
    public boolean convertsToSnapshot() {
        return convertToSnapshot;
    }

    /** The new, complete label set (an empty map removes all labels); {@code null} when they are not changed. */
    public @Nullable Map<String, String> labels() {
        return labels;
    }

    /** The JSON body: only the fields that change. */
    ImageUpdateBody toBody() {
        return new ImageUpdateBody(description, convertToSnapshot ? ImageType.SNAPSHOT : null, labels);
    }

    /** The changes, e.g. {@code ImageUpdateRequest[description=..., type=snapshot, labels={env=prod}]}. */
    @Override
    public String toString() {
        StringJoiner parts = new StringJoiner(", ", "ImageUpdateRequest[", "]");
        if (description != null) {
            parts.add("description=" + description);
        }
        if (convertToSnapshot) {
            parts.add("type=snapshot");
        }
        if (labels != null) {
            parts.add("labels=" + labels);
        }
        return parts.toString();
    }

    /** Collects the changes of an {@link ImageUpdateRequest}. Not thread-safe; the built request is. */
    public static final class Builder {

        private String description;
        private boolean convertToSnapshot;
        private Map<String, String> labels;

        private Builder() {}

        /**
         * Sets a new description (may be empty).
         *
         * @throws IllegalArgumentException when it is {@code null}
         */
        public Builder description(String value) {
            if (value == null) {
                throw new IllegalArgumentException("description must not be null");
            }
            this.description = value;
            return this;
        }

        /**
         * Converts a backup into a snapshot ({@code "type": "snapshot"}, the only conversion the API offers), so it
         * outlives its server and is billed as a snapshot.
         */
        public Builder convertToSnapshot() {
            this.convertToSnapshot = true;
            return this;
        }

        /**
         * Replaces <strong>all</strong> labels of the image with these; an empty map removes every label.
         *
         * @throws IllegalArgumentException when the map is {@code null} or a key or value breaks the API's rules
         */
        public Builder labels(Map<String, String> values) {
            if (values == null) {
                throw new IllegalArgumentException("labels must not be null (use an empty map to remove all labels)");
            }
            this.labels = Labels.validate(values);
            return this;
        }

        /**
         * The immutable request.
         *
         * @throws IllegalArgumentException when nothing is changed
         */
        public ImageUpdateRequest build() {
            if (description == null && !convertToSnapshot && labels == null) {
                throw new IllegalArgumentException(
                        "update must change something: set a description, labels or convertToSnapshot()");
            }
            return new ImageUpdateRequest(this);
        }
    }
}
