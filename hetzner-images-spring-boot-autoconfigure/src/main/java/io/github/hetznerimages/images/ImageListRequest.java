package io.github.hetznerimages.images;

import io.github.hetznerimages.LabelSelector;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.util.MultiValueMap;

/**
 * The filters, sort order and page of a {@code GET /images} call. Immutable; build one with {@link #builder()} or
 * take {@link #all()} for no filters. Every value is checked when it is set, so a bad one fails with an
 * {@link IllegalArgumentException} naming the parameter before any request is sent. Filters left unset are not
 * sent, so the API's defaults apply (the specification declares no default for {@code include_deprecated}).
 *
 * <pre>{@code
 * ImageListRequest request = ImageListRequest.builder()
 *         .types(ImageType.SNAPSHOT)
 *         .labelSelector(LabelSelector.builder().eq("env", "prod").build())
 *         .sort(Sort.descending(ImageSortField.CREATED))
 *         .build();
 * }</pre>
 */
public final class ImageListRequest extends ListRequest<ImageSortField> {

    private static final ImageListRequest ALL = new Builder().build();

    private final List<ImageType> types;
    private final List<ImageStatus> statuses;
    private final List<Long> boundTo;
    private final @Nullable Boolean includeDeprecated;
    private final @Nullable String name;
    private final @Nullable String labelSelector;
    private final @Nullable Architecture architecture;

    private ImageListRequest(Builder builder) {
        super(builder);
        this.types = List.copyOf(builder.types);
        this.statuses = List.copyOf(builder.statuses);
        this.boundTo = List.copyOf(builder.boundTo);
        this.includeDeprecated = builder.includeDeprecated;
        this.name = builder.name;
        this.labelSelector = builder.labelSelector;
        this.architecture = builder.architecture;
    }

    /** A request without filters: the API's first page of all images, in its default order. */
    public static ImageListRequest all() {
        return ALL;
    }

    /** Starts an empty request. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder preset with this request's values, to derive a changed copy. */
    public Builder toBuilder() {
        Builder builder = new Builder().from(this);
        builder.types.addAll(types);
        builder.statuses.addAll(statuses);
        builder.boundTo.addAll(boundTo);
        builder.includeDeprecated = includeDeprecated;
        builder.name = name;
        builder.labelSelector = labelSelector;
        builder.architecture = architecture;
        return builder;
    }

    /** The image types to match ({@code type}); empty for any type. */
    public List<ImageType> types() {
        return types;
    }

    /** The statuses to match ({@code status}); empty for any status. */
    public List<ImageStatus> statuses() {
        return statuses;
    }

    /** The server ids whose backups to match ({@code bound_to}); empty for no such filter. */
    public List<Long> boundTo() {
        return boundTo;
    }

    /** Whether deprecated images are included ({@code include_deprecated}); {@code null} when not sent. */
    public @Nullable Boolean includeDeprecated() {
        return includeDeprecated;
    }

    /** The exact name to match ({@code name}); {@code null} for any name. */
    public @Nullable String name() {
        return name;
    }

    /** The label selector ({@code label_selector}) in the API's syntax; {@code null} for none. */
    public @Nullable String labelSelector() {
        return labelSelector;
    }

    /** The architecture to match ({@code architecture}); {@code null} for any. */
    public @Nullable Architecture architecture() {
        return architecture;
    }

    @Override
    void addFilters(MultiValueMap<String, String> query) {
        addAll(query, "type", types.stream().map(ImageType::value).toList());
        addAll(query, "status", statuses.stream().map(ImageStatus::value).toList());
        addAll(query, "bound_to", boundTo);
        add(query, "include_deprecated", includeDeprecated);
        add(query, "name", name);
        add(query, "label_selector", labelSelector);
        add(query, "architecture", architecture == null ? null : architecture.value());
    }

    /**
     * Collects the values of an {@link ImageListRequest}. Each setter replaces what an earlier call of the same
     * setter set, and checks its input at once. Not thread-safe; the built request is.
     */
    public static final class Builder extends ListRequestBuilder<ImageSortField, Builder> {

        private final List<ImageType> types = new ArrayList<>();
        private final List<ImageStatus> statuses = new ArrayList<>();
        private final List<Long> boundTo = new ArrayList<>();
        private @Nullable Boolean includeDeprecated;
        private @Nullable String name;
        private @Nullable String labelSelector;
        private @Nullable Architecture architecture;

        private Builder() {}

        /**
         * Matches images of any of these types; none clears the filter. Duplicates are sent once.
         *
         * @throws IllegalArgumentException for {@code null}
         */
        public Builder types(ImageType... values) {
            replace(types, ApiPreconditions.requireAll("type", values));
            return this;
        }

        /**
         * Matches images with any of these statuses; none clears the filter. Duplicates are sent once.
         *
         * @throws IllegalArgumentException for {@code null}
         */
        public Builder statuses(ImageStatus... values) {
            replace(statuses, ApiPreconditions.requireAll("status", values));
            return this;
        }

        /**
         * Matches backups bound to any of these servers; none clears the filter. The specification types the values
         * as strings; they are sent as decimal ids.
         *
         * @throws IllegalArgumentException for an id outside 1..2^53-1
         */
        public Builder boundTo(long... serverIds) {
            if (serverIds == null) {
                throw new IllegalArgumentException("bound_to must not be null");
            }
            List<Long> ids = new ArrayList<>();
            for (long id : serverIds) {
                ids.add(ApiPreconditions.requireId("bound_to server id", id));
            }
            replace(boundTo, ids);
            return this;
        }

        /** Whether deprecated images are included; sent only when set, as the API declares no default. */
        public Builder includeDeprecated(boolean include) {
            this.includeDeprecated = include;
            return this;
        }

        /**
         * Matches the image with exactly this name. System image names repeat across architectures: set
         * {@link #architecture(Architecture)} too, or use {@link ImagesService#findByName(String, Architecture)}.
         *
         * @throws IllegalArgumentException when the name is {@code null} or blank
         */
        public Builder name(String value) {
            this.name = ApiPreconditions.requireText("name", value);
            return this;
        }

        /**
         * Matches images whose labels satisfy this selector, given in the API's syntax (e.g. {@code env=prod,!gpu}).
         * It is checked with {@link LabelSelector#parse(String)} and, when valid, sent as written.
         *
         * @throws IllegalArgumentException when the selector is blank or not a valid selector, naming the bad part
         */
        public Builder labelSelector(String selector) {
            LabelSelector.parse(ApiPreconditions.requireText("label_selector", selector));
            this.labelSelector = selector;
            return this;
        }

        /**
         * Matches images whose labels satisfy this checked selector.
         *
         * @throws IllegalArgumentException when the selector is {@code null}
         */
        public Builder labelSelector(LabelSelector selector) {
            if (selector == null) {
                throw new IllegalArgumentException("label_selector must not be null");
            }
            this.labelSelector = selector.expression();
            return this;
        }

        /**
         * Matches images for this architecture (the API takes one value).
         *
         * @throws IllegalArgumentException for {@code null}
         */
        public Builder architecture(Architecture value) {
            this.architecture = ApiPreconditions.requireNonNull("architecture", value);
            return this;
        }

        /** The immutable request. */
        public ImageListRequest build() {
            return new ImageListRequest(this);
        }

        private static <T> void replace(List<T> target, List<T> values) {
            target.clear();
            target.addAll(new LinkedHashSet<>(values));
        }
    }
}
