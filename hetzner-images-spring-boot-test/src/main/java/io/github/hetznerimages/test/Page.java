package io.github.hetznerimages.test;

import java.util.List;
import tools.jackson.databind.node.ObjectNode;

/**
 * One page of a list answer, with the API's {@code meta.pagination}: {@code page}, {@code per_page},
 * {@code previous_page}, {@code next_page}, {@code last_page} and {@code total_entries}.
 *
 * @param number the page asked for, from 1
 * @param perPage the page size, 1 to {@value #MAX_PER_PAGE}
 */
record Page(long number, long perPage) {

    static final int DEFAULT_PER_PAGE = 25;
    static final int MAX_PER_PAGE = 50;

    /** The list answer {@code {property: [..this page..], meta: {pagination}}} for all matching items. */
    ObjectNode answer(String property, List<ObjectNode> matching) {
        long total = matching.size();
        long lastPage = Math.max(1, (total + perPage - 1) / perPage);
        ObjectNode answer = WireJson.MAPPER.createObjectNode();
        answer.putArray(property)
                .addAll(matching.stream()
                        .skip((number - 1) * perPage)
                        .limit(perPage)
                        .toList());
        ObjectNode pagination = answer.putObject("meta").putObject("pagination");
        pagination.put("page", number).put("per_page", perPage);
        put(pagination, "previous_page", number > 1 ? Math.min(number - 1, lastPage) : null);
        put(pagination, "next_page", number < lastPage ? number + 1 : null);
        pagination.put("last_page", lastPage).put("total_entries", total);
        return answer;
    }

    private static void put(ObjectNode pagination, String name, Long value) {
        if (value == null) {
            pagination.putNull(name);
        } else {
            pagination.put(name, value);
        }
    }
}
