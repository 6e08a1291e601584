package io.github.hetznerimages.test;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The query of an action list call ({@code GET /images/actions}, {@code GET /images/{id}/actions}): the filters
 * {@code id} (only where the endpoint has it) and {@code status}, repeatable {@code sort} keys, and paging with the
 * API's {@code meta.pagination}.
 */
final class ActionQuery {

    private static final Set<String> STATUSES = Set.of("running", "success", "error");
    private static final Set<String> SORT_FIELDS = Set.of("id", "command", "status", "started", "finished");

    private final Set<Long> ids;
    private final Set<String> statuses;
    private final Comparator<JsonNode> order;
    private final Page page;

    private ActionQuery(Set<Long> ids, Set<String> statuses, Comparator<JsonNode> order, Page page) {
        this.ids = ids;
        this.statuses = statuses;
        this.order = order;
        this.page = page;
    }

    /**
     * Reads the query parameters of an action list call.
     *
     * @param withIds whether the endpoint has the {@code id} filter
     * @throws FakeApiError {@code invalid_input} for a value the API would refuse
     */
    static ActionQuery from(QueryParams params, boolean withIds) {
        Set<Long> ids = withIds ? params.ids("id") : Set.of();
        return new ActionQuery(
                ids,
                params.allowed("status", STATUSES),
                Sorting.order(params.sorts(), SORT_FIELDS, ActionQuery::byField),
                params.page());
    }

    /** Filters, sorts and pages the actions (in wire shape) into the API's answer {@code {actions, meta}}. */
    ObjectNode answer(List<ObjectNode> actions) {
        return page.answer(
                "actions",
                actions.stream()
                        .filter(a -> ids.isEmpty() || ids.contains(a.get("id").asLong()))
                        .filter(a -> statuses.isEmpty()
                                || statuses.contains(a.get("status").asString()))
                        .sorted(order)
                        .toList());
    }

    private static Comparator<JsonNode> byField(String field) {
        return switch (field) {
            case "id" -> Comparator.comparingLong(action -> action.get("id").asLong());
            default -> Sorting.byText(field);
        };
    }
}
