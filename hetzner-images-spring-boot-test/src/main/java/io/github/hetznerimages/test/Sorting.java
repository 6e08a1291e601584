package io.github.hetznerimages.test;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;

/** The {@code sort} parameter of list calls: {@code field} or {@code field:asc|desc}, repeatable, ties by id. */
final class Sorting {

    private Sorting() {}

    /**
     * The order the sort keys ask for, then by id.
     *
     * @param sorts the sort keys as given
     * @param fields the fields the endpoint can sort by
     * @param byField the ascending comparator of a field
     * @throws FakeApiError {@code invalid_input} for a field or direction the API does not know
     */
    static Comparator<JsonNode> order(
            List<String> sorts, Set<String> fields, Function<String, Comparator<JsonNode>> byField) {
        Comparator<JsonNode> order = null;
        for (String sort : sorts) {
            String[] parts = sort.split(":", 2);
            String direction = parts.length == 2 ? parts[1] : "asc";
            if (!fields.contains(parts[0]) || !(direction.equals("asc") || direction.equals("desc"))) {
                throw FakeApiError.invalidInput("invalid sort '" + sort + "'");
            }
            Comparator<JsonNode> key = byField.apply(parts[0]);
            key = direction.equals("desc") ? key.reversed() : key;
            order = order == null ? key : order.thenComparing(key);
        }
        Comparator<JsonNode> byId =
                Comparator.comparingLong(node -> node.get("id").asLong());
        return order == null ? byId : order.thenComparing(byId);
    }

    /** A text field in natural order, {@code null} last. */
    static Comparator<JsonNode> byText(String field) {
        return Comparator.comparing(
                node -> node.get(field).isNull() ? null : node.get(field).asString(),
                Comparator.nullsLast(Comparator.naturalOrder()));
    }
}
