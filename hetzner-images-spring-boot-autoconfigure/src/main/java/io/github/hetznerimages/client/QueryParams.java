package io.github.hetznerimages.client;

import java.util.List;
import java.util.Map;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriBuilder;

/**
 * Puts a request's query on the URI: repeated keys for multi-valued parameters ({@code ?type=system&type=snapshot},
 * the OpenAPI {@code form}/exploded style the API expects), each value bound as a URI variable so that it is fully
 * percent-encoded: a {@code +}, {@code =} or space in a name or label selector reaches the API as written.
 */
final class QueryParams {

    private QueryParams() {}

    /**
     * Adds every parameter to {@code uriBuilder} as a placeholder and its value to {@code variables}, so that the
     * values are encoded as URI variables.
     */
    static void applyTo(MultiValueMap<String, String> query, UriBuilder uriBuilder, Map<String, Object> variables) {
        int index = 0;
        for (Map.Entry<String, List<String>> entry : query.entrySet()) {
            for (String value : entry.getValue()) {
                String placeholder = "q" + index++;
                uriBuilder.queryParam(entry.getKey(), "{" + placeholder + "}");
                variables.put(placeholder, value);
            }
        }
    }

    /** The query as a string for logs (not encoded), without the leading {@code ?}. */
    static String render(MultiValueMap<String, String> query) {
        StringBuilder text = new StringBuilder();
        query.forEach((name, values) -> values.forEach(value -> {
            if (!text.isEmpty()) {
                text.append('&');
            }
            text.append(name).append('=').append(value);
        }));
        return text.toString();
    }
}
