package io.github.hetznerimages.test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The query of a {@code GET /images} call as the fake understands it: the filters {@code type}, {@code status},
 * {@code bound_to}, {@code include_deprecated}, {@code name}, {@code label_selector} and {@code architecture},
 * repeatable {@code sort} keys, and {@code page}/{@code per_page} paging with the API's {@code meta.pagination}.
 * Deprecated images are left out unless {@code include_deprecated=true}.
 */
final class ImageQuery {

    private static final Set<String> TYPES = Set.of("system", "app", "snapshot", "backup");
    private static final Set<String> STATUSES = Set.of("available", "creating", "unavailable");
    private static final Set<String> ARCHITECTURES = Set.of("x86", "arm");
    private static final Set<String> SORT_FIELDS = Set.of("id", "name", "created");

    private final Predicate<JsonNode> filter;
    private final Comparator<JsonNode> order;
    private final Page page;

    private ImageQuery(Predicate<JsonNode> filter, Comparator<JsonNode> order, Page page) {
        this.filter = filter;
        this.order = order;
        this.page = page;
    }

    /**
     * Reads the query parameters of a list call.
     *
     * @throws FakeApiError {@code invalid_input} for a value the API would refuse
     */
    static ImageQuery from(QueryParams params) {
        List<Predicate<JsonNode>> filters = new ArrayList<>();
        Set<String> types = params.allowed("type", TYPES);
        if (!types.isEmpty()) {
            filters.add(image -> types.contains(image.get("type").asString()));
        }
        Set<String> statuses = params.allowed("status", STATUSES);
        if (!statuses.isEmpty()) {
            filters.add(image -> statuses.contains(image.get("status").asString()));
        }
        Set<Long> boundTo = params.ids("bound_to");
        if (!boundTo.isEmpty()) {
            filters.add(image -> !image.get("bound_to").isNull()
                    && boundTo.contains(image.get("bound_to").asLong()));
        }
        if (!params.bool("include_deprecated")) {
            filters.add(image -> image.get("deprecated").isNull());
        }
        params.single("name")
                .ifPresent(name ->
                        filters.add(image -> name.equals(image.get("name").asString())));
        params.single("label_selector")
                .map(LabelSelectorMatcher::parse)
                .ifPresent(selector -> filters.add(image -> selector.test(WireJson.labels(image))));
        Set<String> architectures = params.allowed("architecture", ARCHITECTURES);
        if (!architectures.isEmpty()) {
            filters.add(
                    image -> architectures.contains(image.get("architecture").asString()));
        }
        return new ImageQuery(
                filters.stream().reduce(image -> true, Predicate::and),
                Sorting.order(params.sorts(), SORT_FIELDS, ImageQuery::byField),
                params.page());
    }

    /** Filters, sorts and pages the images into the API's list answer {@code {images, meta}}. */
    ObjectNode answer(List<ObjectNode> images) {
        return page.answer(
                "images", images.stream().filter(filter).sorted(order).toList());
    }

    private static Comparator<JsonNode> byField(String field) {
        return switch (field) {
            case "id" -> Comparator.comparingLong(image -> image.get("id").asLong());
            case "created" ->
                Comparator.comparing(
                        image -> WireTime.parse(image.get("created").asString()));
            default -> Sorting.byText(field);
        };
    }
}
