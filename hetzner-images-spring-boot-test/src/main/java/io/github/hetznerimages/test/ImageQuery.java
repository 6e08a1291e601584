package io.github.hetznerimages.test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The query of a {@code GET /images} call as the demo API understands it: the filters {@code type},
 * {@code status}, {@code bound_to}, {@code include_deprecated}, {@code name}, {@code label_selector} and
 * {@code architecture}, repeatable {@code sort} keys, and {@code page}/{@code per_page} paging with the API's
 * {@code meta.pagination}. Deprecated images are left out unless {@code include_deprecated=true}.
 */
final class ImageQuery {

    static final int DEFAULT_PER_PAGE = 25;
    static final int MAX_PER_PAGE = 50;

    private static final Set<String> TYPES = Set.of("system", "app", "snapshot", "backup");
    private static final Set<String> STATUSES = Set.of("available", "creating", "unavailable");
    private static final Set<String> ARCHITECTURES = Set.of("x86", "arm");
    private static final Set<String> SORT_FIELDS = Set.of("id", "name", "created");

    private final Predicate<JsonNode> filter;
    private final Comparator<JsonNode> order;
    private final long page;
    private final long perPage;

    private ImageQuery(Predicate<JsonNode> filter, Comparator<JsonNode> order, long page, long perPage) {
        this.filter = filter;
        this.order = order;
        this.page = page;
        this.perPage = perPage;
    }

    /**
     * Reads the query parameters of a list call.
     *
     * @throws FakeApiError {@code invalid_input} for a value the API would refuse
     */
    static ImageQuery from(Map<String, List<String>> params) {
        List<Predicate<JsonNode>> filters = new ArrayList<>();
        Set<String> types = allowed(params, "type", TYPES);
        if (!types.isEmpty()) {
            filters.add(image -> types.contains(image.get("type").asString()));
        }
        Set<String> statuses = allowed(params, "status", STATUSES);
        if (!statuses.isEmpty()) {
            filters.add(image -> statuses.contains(image.get("status").asString()));
        }
        Set<String> boundTo = new LinkedHashSet<>(params.getOrDefault("bound_to", List.of()));
        if (!boundTo.isEmpty()) {
            filters.add(image -> !image.get("bound_to").isNull()
                    && boundTo.contains(image.get("bound_to").asString()));
        }
        boolean includeDeprecated =
                single(params, "include_deprecated").map(ImageQuery::bool).orElse(false);
        if (!includeDeprecated) {
            filters.add(image -> image.get("deprecated").isNull());
        }
        single(params, "name")
                .ifPresent(name ->
                        filters.add(image -> name.equals(image.get("name").asString())));
        single(params, "label_selector")
                .map(LabelSelectorMatcher::parse)
                .ifPresent(selector -> filters.add(image -> selector.test(WireJson.labels(image))));
        Set<String> architectures = allowed(params, "architecture", ARCHITECTURES);
        if (!architectures.isEmpty()) {
            filters.add(
                    image -> architectures.contains(image.get("architecture").asString()));
        }
        long page = positive(params, "page", 1);
        long perPage = Math.min(MAX_PER_PAGE, positive(params, "per_page", DEFAULT_PER_PAGE));
        return new ImageQuery(filters.stream().reduce(image -> true, Predicate::and), order(params), page, perPage);
    }

    /** Filters, sorts and pages the images into the API's list answer {@code {images, meta}}. */
    ObjectNode answer(List<ObjectNode> images, JsonMapper json) {
        List<ObjectNode> matching = images.stream().filter(filter).sorted(order).toList();
        long total = matching.size();
        long lastPage = Math.max(1, (total + perPage - 1) / perPage);
        ObjectNode answer = json.createObjectNode();
        answer.putArray("images")
                .addAll(matching.stream()
                        .skip((page - 1) * perPage)
                        .limit(perPage)
                        .toList());
        ObjectNode pagination = answer.putObject("meta").putObject("pagination");
        pagination.put("page", page).put("per_page", perPage);
        putPage(pagination, "previous_page", page > 1 ? Math.min(page - 1, lastPage) : null);
        putPage(pagination, "next_page", page < lastPage ? page + 1 : null);
        pagination.put("last_page", lastPage).put("total_entries", total);
        return answer;
    }

    private static void putPage(ObjectNode pagination, String name, Long value) {
        if (value == null) {
            pagination.putNull(name);
        } else {
            pagination.put(name, value);
        }
    }

    private static Comparator<JsonNode> order(Map<String, List<String>> params) {
        Comparator<JsonNode> order = null;
        for (String sort : params.getOrDefault("sort", List.of())) {
            String[] parts = sort.split(":", 2);
            String direction = parts.length == 2 ? parts[1] : "asc";
            if (!SORT_FIELDS.contains(parts[0]) || !(direction.equals("asc") || direction.equals("desc"))) {
                throw FakeApiError.invalidInput("invalid sort '" + sort + "'");
            }
            Comparator<JsonNode> key = byField(parts[0]);
            key = direction.equals("desc") ? key.reversed() : key;
            order = order == null ? key : order.thenComparing(key);
        }
        Comparator<JsonNode> byId = byField("id");
        return order == null ? byId : order.thenComparing(byId);
    }

    private static Comparator<JsonNode> byField(String field) {
        return switch (field) {
            case "id" -> Comparator.comparingLong(image -> image.get("id").asLong());
            case "created" ->
                Comparator.comparing(
                        image -> WireTime.parse(image.get("created").asString()));
            default ->
                Comparator.comparing(
                        image -> image.get("name").isNull()
                                ? null
                                : image.get("name").asString(),
                        Comparator.nullsLast(Comparator.naturalOrder()));
        };
    }

    private static Set<String> allowed(Map<String, List<String>> params, String name, Set<String> allowed) {
        Set<String> values = new LinkedHashSet<>(params.getOrDefault(name, List.of()));
        for (String value : values) {
            if (!allowed.contains(value)) {
                throw FakeApiError.invalidInput("invalid " + name + " '" + value + "'");
            }
        }
        return values;
    }

    private static Optional<String> single(Map<String, List<String>> params, String name) {
        List<String> values = params.getOrDefault(name, List.of());
        if (values.size() > 1) {
            throw FakeApiError.invalidInput(name + " must be given at most once");
        }
        return values.stream().findFirst();
    }

    private static boolean bool(String value) {
        if (value.equals("true") || value.equals("false")) {
            return Boolean.parseBoolean(value);
        }
        throw FakeApiError.invalidInput("include_deprecated must be true or false, was '" + value + "'");
    }

    private static long positive(Map<String, List<String>> params, String name, long fallback) {
        Optional<String> value = single(params, name);
        if (value.isEmpty()) {
            return fallback;
        }
        try {
            long number = Long.parseLong(value.get());
            if (number >= 1) {
                return number;
            }
        } catch (NumberFormatException ex) {
            // reported below
        }
        throw FakeApiError.invalidInput(name + " must be a positive integer, was '" + value.get() + "'");
    }
}
