package io.github.hetznerimages.test;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The query parameters of one request, read the way the API reads them: repeatable parameters as sets of allowed
 * values, single ones at most once, numbers positive. A value the API would refuse is a {@code 422 invalid_input}.
 */
final class QueryParams {

    private final Map<String, List<String>> params;

    QueryParams(Map<String, List<String>> params) {
        this.params = Map.copyOf(params);
    }

    /** The values of a repeatable parameter; each must be one of {@code allowed}. */
    Set<String> allowed(String name, Set<String> allowed) {
        Set<String> values = all(name);
        for (String value : values) {
            if (!allowed.contains(value)) {
                throw FakeApiError.invalidInput("invalid " + name + " '" + value + "'");
            }
        }
        return values;
    }

    /** The values of a repeatable parameter, as given. */
    Set<String> all(String name) {
        return new LinkedHashSet<>(params.getOrDefault(name, List.of()));
    }

    /** The values of a repeatable parameter as ids (positive whole numbers). */
    Set<Long> ids(String name) {
        Set<Long> ids = new LinkedHashSet<>();
        for (String value : all(name)) {
            ids.add(positive(name, value));
        }
        return ids;
    }

    /** The sort keys, as given ({@code field} or {@code field:asc|desc}). */
    List<String> sorts() {
        return params.getOrDefault("sort", List.of());
    }

    /** The value of a parameter given at most once. */
    Optional<String> single(String name) {
        List<String> values = params.getOrDefault(name, List.of());
        if (values.size() > 1) {
            throw FakeApiError.invalidInput(name + " must be given at most once");
        }
        return values.stream().findFirst();
    }

    /** A {@code true}/{@code false} parameter, {@code false} when absent. */
    boolean bool(String name) {
        Optional<String> value = single(name);
        if (value.isEmpty()) {
            return false;
        }
        if (value.get().equals("true") || value.get().equals("false")) {
            return Boolean.parseBoolean(value.get());
        }
        throw FakeApiError.invalidInput(name + " must be true or false, was '" + value.get() + "'");
    }

    /** A positive whole number given at most once, {@code fallback} when absent. */
    long positive(String name, long fallback) {
        return single(name).map(value -> positive(name, value)).orElse(fallback);
    }

    /** The page and page size of a list call, the size capped at the API's 50. */
    Page page() {
        return new Page(positive("page", 1), Math.min(Page.MAX_PER_PAGE, positive("per_page", Page.DEFAULT_PER_PAGE)));
    }

    private static long positive(String name, String value) {
        try {
            long number = Long.parseLong(value);
            if (number >= 1) {
                return number;
            }
        } catch (NumberFormatException ex) {
            // reported below
        }
        throw FakeApiError.invalidInput(name + " must be a positive integer, was '" + value + "'");
    }
}
