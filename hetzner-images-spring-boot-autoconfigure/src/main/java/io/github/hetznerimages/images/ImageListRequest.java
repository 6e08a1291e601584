package io.github.hetznerimages.images;

import io.github.hetznerimages.LabelSelector;
import io.github.hetznerimages.client.QueryParams;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

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
 *         .sort(ImageSort.descending(ImageSortField.CREATED))
 *         .build();
 * }</pre>
 */
public final class ImageListRequest {

    private static final ImageListRequest ALL = new Builder().build();

    private final List<ImageType> types;
    private final List<ImageStatus> statuses;
    private final List<Long> boundTo;
    private final Boolean includeDeprecated;
    private final String name;
    private final String labelSelector;
    private final Architecture architecture;
    private final List<ImageSort> sorts;
    private final Long page;
    private final Integer perPage;

    private ImageListRequest(Builder builder) {
        this.types = List.copyOf(builder.types);
        this.statuses = List.copyOf(builder.statuses);
        this.boundTo = List.copyOf(builder.boundTo);
        this.includeDeprecated = builder.includeDeprecated;
        this.name = builder.name;
        this.labelSelector = builder.labelSelector;
        this.architecture = builder.architecture;
        this.sorts = List.copyOf(builder.sorts);
        this.page = builder.page;
        this.perPage = builder.perPage;
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
        Builder builder = new Builder();
        builder.types.addAll(types);
        builder.statuses.addAll(statuses);
        builder.boundTo.addAll(boundTo);
        builder.includeDeprecated = includeDeprecated;
        builder.name = name;
        builder.labelSelector = labelSelector;
        builder.architecture = architecture;
        builder.sorts.addAll(sorts);
        builder.page = page;
        builder.perPage = perPage;
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

    /** Whether deprecated images are included ({@code include_deprecated}); empty when not sent. */
    public Optional<Boolean> includeDeprecated() {
        return Optional.ofNullable(includeDeprecated);
    }

    /** The exact name to match ({@code name}). */
    public Optional<String> name() {
        return Optional.ofNullable(name);
    }

    /** The label selector ({@code label_selector}), in the API's syntax. */
    public Optional<String> labelSelector() {
        return Optional.ofNullable(labelSelector);
    }

    /** The architecture to match ({@code architecture}). */
    public Optional<Architecture> architecture() {
        return Optional.ofNullable(architecture);
    }

    /** The sort keys, in order ({@code sort}); empty for the API's default order. */
    public List<ImageSort> sorts() {
        return sorts;
    }

    /** The page to fetch ({@code page}, from 1); empty for the first. */
    public OptionalLong page() {
        return page == null ? OptionalLong.empty() : OptionalLong.of(page);
    }

    /** The page size ({@code per_page}, 1 to 50); empty for the API's default (25). */
    public OptionalInt perPage() {
        return perPage == null ? OptionalInt.empty() : OptionalInt.of(perPage);
    }

    /** The query parameters, in the order the specification lists them, multi-valued ones repeated. */
    QueryParams toQuery() {
        return QueryParams.builder()
                .addAll("sort", sorts.stream().map(ImageSort::value).toList())
                .addAll("type", types.stream().map(ImageType::value).toList())
                .addAll("status", statuses.stream().map(ImageStatus::value).toList())
                .addAll("bound_to", boundTo)
                .add("include_deprecated", includeDeprecated)
                .add("name", name)
                .add("label_selector", labelSelector)
                .add("architecture", architecture == null ? null : architecture.value())
                .add("page", page)
                .add("per_page", perPage)
                .build();
    }

    /** Whether {@code other} is a request that sends the same query. */
    @Override
    public boolean equals(Object other) {
        return other instanceof ImageListRequest that
                && toQuery().entries().equals(that.toQuery().entries());
    }

    /** A hash of the query this request sends. */
    @Override
    public int hashCode() {
        return toQuery().entries().hashCode();
    }

    /** The request as its query string (not percent-encoded), e.g. {@code ImageListRequest[type=snapshot]}. */
    @Override
    public String toString() {
        return "ImageListRequest[" + toQuery() + "]";
    }

    /**
     * Collects the values of an {@link ImageListRequest}. Each setter replaces what an earlier call of the same
     * setter set, and checks its input at once. Not thread-safe; the built request is.
     */
    public static final class Builder {

        private final List<ImageType> types = new ArrayList<>();
        private final List<ImageStatus> statuses = new ArrayList<>();
        private final List<Long> boundTo = new ArrayList<>();
        private Boolean includeDeprecated;
        private String name;
        private String labelSelector;
        private Architecture architecture;
        private final List<ImageSort> sorts = new ArrayList<>();
        private Long page;
        private Integer perPage;

        private Builder() {}

        /**
         * Matches images of any of these types; none clears the filter. Duplicates are sent once.
         *
         * @throws IllegalArgumentException for {@code null} or {@link ImageType#UNKNOWN}
         */
        public Builder types(ImageType... values) {
            replace(types, known("type", values, ImageType.UNKNOWN));
            return this;
        }

        /**
         * Matches images with any of these statuses; none clears the filter. Duplicates are sent once.
         *
         * @throws IllegalArgumentException for {@code null} or {@link ImageStatus#UNKNOWN}
         */
        public Builder statuses(ImageStatus... values) {
            replace(statuses, known("status", values, ImageStatus.UNKNOWN));
            return this;
        }

        /**
         * Matches backups bound to any of these servers; none clears the filter. The specification types the values
         * as strings; they are sent as decimal ids.
         *
         * @throws IllegalArgumentException for an id outside 1..2^53-1
         */
        public Builder boundTo(long... serverIds) {
            requireArray("bound_to", serverIds);
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
            this.name = requireText("name", value);
            return this;
        }

        /**
         * Matches images whose labels satisfy this selector, given in the API's syntax (e.g.
         * {@code env=prod,!gpu}). It is sent as written; {@link #labelSelector(LabelSelector)} checks it first.
         *
         * @throws IllegalArgumentException when the selector is {@code null} or blank
         */
        public Builder labelSelector(String selector) {
            this.labelSelector = requireText("label_selector", selector);
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
         * @throws IllegalArgumentException for {@code null} or {@link Architecture#UNKNOWN}
         */
        public Builder architecture(Architecture value) {
            this.architecture = known("architecture", value, Architecture.UNKNOWN);
            return this;
        }

        /**
         * Sorts by these keys, first key first; none restores the API's default order.
         *
         * @throws IllegalArgumentException for {@code null} or a field given twice
         */
        public Builder sort(ImageSort... keys) {
            requireArray("sort", keys);
            List<ImageSort> list = new ArrayList<>();
            for (ImageSort key : keys) {
                if (key == null) {
                    throw new IllegalArgumentException("sort must not contain null");
                }
                if (list.stream().anyMatch(existing -> existing.field() == key.field())) {
                    throw new IllegalArgumentException("sort must name each field once, but '"
                            + key.field().value() + "' appears twice");
                }
                list.add(key);
            }
            replace(sorts, list);
            return this;
        }

        /**
         * Fetches this page, from 1.
         *
         * @throws IllegalArgumentException when the page is below 1
         */
        public Builder page(long number) {
            this.page = ApiPreconditions.requirePage(number);
            return this;
        }

        /**
         * Asks for pages of this size, from 1 to 50 (the API's documented maximum).
         *
         * @throws IllegalArgumentException when the size is outside 1..50
         */
        public Builder perPage(int size) {
            this.perPage = ApiPreconditions.requirePerPage(size);
            return this;
        }

        /** Clears {@link #page(long)}, so the first page is fetched. */
        Builder firstPage() {
            this.page = null;
            return this;
        }

        /** The immutable request. */
        public ImageListRequest build() {
            return new ImageListRequest(this);
        }

        private static <E extends Enum<E>> List<E> known(String parameter, E[] values, E unknown) {
            requireArray(parameter, values);
            List<E> list = new ArrayList<>();
            for (E value : values) {
                list.add(known(parameter, value, unknown));
            }
            return list;
        }

        private static <E extends Enum<E>> E known(String parameter, E value, E unknown) {
            if (value == null) {
                throw new IllegalArgumentException(parameter + " must not be null");
            }
            if (value == unknown) {
                throw new IllegalArgumentException(
                        parameter + " UNKNOWN cannot be sent: it stands for API values this library does not know");
            }
            return value;
        }

        private static void requireArray(String parameter, Object values) {
            if (values == null) {
                throw new IllegalArgumentException(parameter + " must not be null");
            }
        }

        private static String requireText(String parameter, String value) {
            if (value == null || value.isBlank()) {
                throw new IllegalArgumentException(
                        parameter + " must not be blank, was " + (value == null ? "null" : "'" + value + "'"));
            }
            return value;
        }

        private static <T> void replace(List<T> target, List<T> values) {
            target.clear();
            target.addAll(new LinkedHashSet<>(values));
        }
    }
}
