package io.github.hetznerimages.client;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriUtils;

/**
 * Builds the URI of a request from the client's base URL, the path template and the query, without parsing a
 * template per call: each path variable and each query name and value is fully percent-encoded (a {@code /},
 * {@code +}, {@code =}, {@code &} or space in an id, name or label selector reaches the API as written, never as
 * syntax), and multi-valued parameters repeat their key ({@code ?type=system&type=snapshot}, the OpenAPI
 * {@code form}/exploded style the API expects).
 */
final class RequestUri {

    private RequestUri() {}

    /**
     * The absolute URI of {@code request} under {@code baseUrl}.
     *
     * @param baseUrl the API's base URL without a trailing slash, e.g. {@code https://api.hetzner.cloud/v1}
     * @throws IllegalArgumentException when the template names a variable the request has no value for
     */
    static URI uri(String baseUrl, ApiRequest request) {
        StringBuilder uri = new StringBuilder(baseUrl.length() + 64).append(baseUrl);
        appendPath(uri, request.pathTemplate(), request.pathVariables());
        char separator = '?';
        for (Map.Entry<String, List<String>> entry : request.query().entrySet()) {
            String name = encode(entry.getKey());
            for (String value : entry.getValue()) {
                uri.append(separator).append(name).append('=').append(encode(value));
                separator = '&';
            }
        }
        return URI.create(uri.toString());
    }

    private static void appendPath(StringBuilder uri, String template, Map<String, Object> variables) {
        int from = 0;
        for (int open = template.indexOf('{'); open >= 0; open = template.indexOf('{', from)) {
            int close = template.indexOf('}', open);
            if (close < 0) {
                break;
            }
            String name = template.substring(open + 1, close);
            Object value = variables.get(name);
            if (value == null) {
                throw new IllegalArgumentException("no value for the path variable '" + name + "' of " + template);
            }
            uri.append(template, from, open).append(encode(value.toString()));
            from = close + 1;
        }
        uri.append(template, from, template.length());
    }

    private static String encode(String text) {
        return UriUtils.encode(text, StandardCharsets.UTF_8);
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
