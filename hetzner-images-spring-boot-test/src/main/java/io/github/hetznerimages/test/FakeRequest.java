package io.github.hetznerimages.test;

import java.util.List;
import java.util.Map;

/**
 * A request the fake received, as recorded for assertions.
 *
 * @param method the HTTP method, e.g. {@code GET}
 * @param path the path below the base URL, without query, e.g. {@code /images/42}
 * @param query the query parameters, decoded, in the order received
 * @param url the path and query exactly as received, including the base path, e.g. {@code /v1/images?type=snapshot}
 * @param body the request body, empty when there was none
 * @param status the status answered, or 0 when the connection was reset on purpose
 */
public record FakeRequest(
        String method, String path, Map<String, List<String>> query, String url, String body, int status) {

    /** Copies the query. */
    public FakeRequest {
        query = Map.copyOf(query);
    }

    /** Whether this request is the given operation. */
    public boolean is(FakeRoute route) {
        return route.matches(method, path);
    }

    /** The first value of a query parameter, or {@code null} when it was not sent. */
    public String queryParam(String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** {@code METHOD url}, e.g. {@code GET /v1/images?type=snapshot}. */
    @Override
    public String toString() {
        return method + " " + url;
    }
}
