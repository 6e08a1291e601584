package io.github.hetznerimages.client;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.springframework.web.util.UriBuilder;

/**
 * Query parameters of one request, in order, with repeated keys for multi-valued parameters
 * ({@code ?type=system&type=snapshot}, the OpenAPI {@code form}/exploded style the API expects). Values are bound
 * as URI variables, so they are fully percent-encoded: a {@code +}, {@code =} or space in a name or label
 * selector reaches the API as written. Immutable.
 */
public final class QueryParams {

    /** No parameters. */
    public static final QueryParams EMPTY = new QueryParams(List.of());

    private final List<Map.Entry<String, String>> entries;

    private QueryParams(List<Map.Entry<String, String>> entries) {
        this.entries = entries;
    }

    /** Starts an empty set of parameters. */
    public static Builder builder() {
        return new Builder();
    }

    /** The parameters in order, one entry per value. */
    public List<Map.Entry<String, String>> entries() {
        return entries;
    }

    /** The values of one parameter, in order (empty when absent). */
    public List<String> values(String name) {
        return entries.stream()
                .filter(entry -> entry.getKey().equals(name))
                .map(Map.Entry::getValue)
                .toList();
    }

    /** A copy with {@code name} set to the single {@code value}, replacing earlier values of that name. */
    public QueryParams with(String name, Object value) {
        Builder builder = new Builder();
        entries.stream().filter(entry -> !entry.getKey().equals(name)).forEach(builder.entries::add);
        return builder.add(name, value).build();
    }

    /**
     * Adds every parameter to {@code uriBuilder} as a placeholder and its value to {@code variables}, so that
     * the values are encoded as URI variables.
     */
    void applyTo(UriBuilder uriBuilder, Map<String, Object> variables) {
        for (int index = 0; index < entries.size(); index++) {
            Map.Entry<String, String> entry = entries.get(index);
            String placeholder = "q" + index;
            uriBuilder.queryParam(entry.getKey(), "{" + placeholder + "}");
            variables.put(placeholder, entry.getValue());
        }
    }

    /** Renders the parameters as an encoded query string (for logs and tests), without the leading {@code ?}. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        for (Map.Entry<String, String> entry : entries) {
            if (!text.isEmpty()) {
                text.append('&');
            }
            text.append(entry.getKey()).append('=').append(entry.getValue());
        }
        return text.toString();
    }

    /** Collects parameters; {@code null} values and empty collections are skipped. */
    public static final class Builder {

        private final List<Map.Entry<String, String>> entries = new ArrayList<>();

        private Builder() {}

        /** Adds one value; skipped when {@code null}. */
        public Builder add(String name, Object value) {
            if (value != null) {
                entries.add(Map.entry(name, String.valueOf(value)));
            }
            return this;
        }

        /** Adds each value as a repeated parameter; skipped when {@code null} or empty. */
        public Builder addAll(String name, Collection<?> values) {
            if (values != null) {
                values.forEach(value -> add(name, value));
            }
            return this;
        }

        /** The immutable parameters. */
        public QueryParams build() {
            return entries.isEmpty() ? EMPTY : new QueryParams(Collections.unmodifiableList(new ArrayList<>(entries)));
        }
    }
}
