package io.github.hetznerimages.test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** JSON helpers of the demo API: the seed files and the few reads the store needs. */
final class WireJson {

    static final JsonMapper MAPPER = JsonMapper.builder().build();

    private WireJson() {}

    /** Reads a JSON resource of the demo's seed data, e.g. {@code demo/images.json}. */
    static JsonNode resource(String path) {
        try (InputStream in = WireJson.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("demo data " + path + " is missing from the classpath");
            }
            return MAPPER.readTree(in);
        } catch (IOException ex) {
            throw new UncheckedIOException("cannot read demo data " + path, ex);
        }
    }

    /**
     * Parses a request body; an empty body reads as {@code {}}.
     *
     * @throws FakeApiError {@code json_error} when the body is not a JSON object
     */
    static JsonNode body(String body) {
        if (body == null || body.isBlank()) {
            return MAPPER.createObjectNode();
        }
        try {
            JsonNode node = MAPPER.readTree(body);
            if (node.isObject()) {
                return node;
            }
        } catch (JacksonException ex) {
            // reported below
        }
        throw new FakeApiError(400, "json_error", "request body is not a valid JSON object");
    }

    /** The labels of an image (or of a request body's {@code labels}) as a map. */
    static Map<String, String> labels(JsonNode owner) {
        Map<String, String> labels = new LinkedHashMap<>();
        JsonNode node = owner.path("labels");
        node.properties().forEach(e -> labels.put(e.getKey(), e.getValue().asString()));
        return labels;
    }
}
