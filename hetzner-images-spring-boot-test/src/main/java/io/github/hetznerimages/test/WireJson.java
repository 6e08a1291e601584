package io.github.hetznerimages.test;

import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** JSON helpers of the fake: its mapper, request bodies and the few reads the store needs. */
final class WireJson {

    static final JsonMapper MAPPER = JsonMapper.builder().build();

    private WireJson() {}

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

    /** {@code {"property": value}}. */
    static ObjectNode wrap(String property, JsonNode value) {
        ObjectNode envelope = MAPPER.createObjectNode();
        envelope.set(property, value);
        return envelope;
    }
}
