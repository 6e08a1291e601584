package io.github.hetznerimages.contract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The trimmed spec copy as a JSON tree, for tests that read its structure: the operations it declares and the
 * example answers of each. Read once from the test classpath.
 */
public final class ContractSpec {

    /** The classpath location of the trimmed spec copy. */
    public static final String RESOURCE = "/openapi/hetzner-images.openapi.json";

    private static final JsonNode SPEC = JsonMapper.builder().build().readTree(text());

    private ContractSpec() {}

    /**
     * One operation of the spec.
     *
     * @param operationId the spec's operation id, e.g. {@code get_image}
     * @param method the HTTP method in upper case
     * @param path the path template, e.g. {@code /images/{id}}
     * @param deprecated whether the spec marks the operation deprecated
     * @param node the operation object
     */
    public record Operation(String operationId, String method, String path, boolean deprecated, JsonNode node) {

        /** The names of the operation's query parameters, in spec order. */
        public List<String> queryParameters() {
            List<String> names = new ArrayList<>();
            for (JsonNode parameter : node.path("parameters")) {
                if (parameter.path("in").asString().equals("query")) {
                    names.add(parameter.path("name").asString());
                }
            }
            return names;
        }

        /** The JSON schema of the answer with {@code status}, e.g. {@code 200}; empty when it has no JSON body. */
        public Optional<JsonNode> responseSchema(String status) {
            return json(status).map(media -> media.required("schema"));
        }

        /**
         * The spec's example answer with {@code status}: the media type's first named example, else its
         * {@code example}, else one assembled from the schema's property examples (as mock servers such as Prism
         * do). Empty when that answer has no JSON body.
         */
        public Optional<JsonNode> exampleResponse(String status) {
            return json(status).map(media -> {
                JsonNode examples = media.path("examples");
                if (!examples.isEmpty()) {
                    return examples.values().iterator().next().required("value");
                }
                return media.has("example") ? media.get("example") : fromSchema(media.required("schema"));
            });
        }

        private Optional<JsonNode> json(String status) {
            JsonNode media = node.path("responses").path(status).path("content").path("application/json");
            return media.isMissingNode() ? Optional.empty() : Optional.of(media);
        }
    }

    /** The copy's text, read from the test classpath (never from outside the repository). */
    public static String text() {
        try (InputStream in = ContractSpec.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("no " + RESOURCE + " on the test classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** The whole copy. */
    public static JsonNode document() {
        return SPEC;
    }

    /** Every operation of the copy, in document order. */
    public static List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        for (var path : SPEC.required("paths").properties()) {
            for (var method : path.getValue().properties()) {
                if (method.getValue().has("operationId")) {
                    JsonNode node = method.getValue();
                    operations.add(new Operation(
                            node.required("operationId").asString(),
                            method.getKey().toUpperCase(Locale.ROOT),
                            path.getKey(),
                            node.path("deprecated").asBoolean(false),
                            node));
                }
            }
        }
        return List.copyOf(operations);
    }

    /** The operation with this id. */
    public static Operation operation(String operationId) {
        return operations().stream()
                .filter(operation -> operation.operationId().equals(operationId))
                .findFirst()
                .orElseThrow(() -> new NoSuchElementException("the spec copy has no operation " + operationId));
    }

    /** A value built from the {@code example}s of a schema and its nested properties and items. */
    static JsonNode fromSchema(JsonNode schema) {
        if (schema.has("example")) {
            return schema.get("example");
        }
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        switch (schema.path("type").asString("")) {
            case "object" -> {
                ObjectNode object = nodes.objectNode();
                for (var property : schema.path("properties").properties()) {
                    JsonNode value = fromSchema(property.getValue());
                    if (!value.isMissingNode()) {
                        object.set(property.getKey(), value);
                    }
                }
                return object;
            }
            case "array" -> {
                JsonNode item = fromSchema(schema.path("items"));
                return item.isMissingNode()
                        ? nodes.arrayNode()
                        : nodes.arrayNode().add(item);
            }
            default -> {
                if (schema.has("enum")) {
                    return schema.get("enum").get(0);
                }
                return schema.has("default") ? schema.get("default") : nodes.missingNode();
            }
        }
    }
}
