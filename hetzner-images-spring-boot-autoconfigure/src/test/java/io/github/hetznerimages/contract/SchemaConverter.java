package io.github.hetznerimages.contract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Rewrites one OpenAPI 3.1 schema as an OpenAPI 3.0.3 schema that {@code swagger-request-validator} 2.46.1 reads
 * correctly, and drops its prose. The rewrites: {@code "type": [X, "null"]} becomes {@code "type": X} plus
 * {@code "nullable": true}; {@code const} becomes a one-value {@code enum}; a numeric {@code exclusiveMinimum} or
 * {@code exclusiveMaximum} becomes the 3.0 boolean form; the 3.1 {@code examples} array and {@code description}
 * are dropped ({@code example} stays). A 3.1 feature with no 3.0 equivalent fails loudly instead of being
 * silently weakened. Values ({@code example}, {@code enum}, {@code default}) are copied untouched.
 */
final class SchemaConverter {

    /** JSON Schema 2020-12 keywords that OpenAPI 3.0 cannot express. */
    private static final Set<String> UNSUPPORTED = Set.of(
            "prefixItems",
            "$defs",
            "$id",
            "$anchor",
            "$dynamicRef",
            "$dynamicAnchor",
            "$schema",
            "if",
            "then",
            "else",
            "dependentSchemas",
            "dependentRequired",
            "unevaluatedProperties",
            "unevaluatedItems",
            "patternProperties",
            "propertyNames",
            "contains",
            "minContains",
            "maxContains",
            "contentMediaType",
            "contentEncoding",
            "contentSchema");

    private static final Set<String> DROPPED = Set.of("description", "examples", "$comment");

    private final Set<String> references = new TreeSet<>();

    /** The {@code $ref} targets met so far, e.g. {@code #/components/schemas/Image}. */
    Set<String> references() {
        return Set.copyOf(references);
    }

    /**
     * The 3.0 form of {@code schema}.
     *
     * @param schema a 3.1 schema object
     * @param pointer where the schema sits in the document, for error messages
     * @throws IllegalArgumentException when the schema uses a 3.1 feature with no 3.0 equivalent
     */
    ObjectNode convert(JsonNode schema, String pointer) {
        if (!schema.isObject()) {
            throw new IllegalArgumentException("schema at " + pointer + " is not an object: " + schema);
        }
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        for (var entry : schema.properties()) {
            String key = entry.getKey();
            JsonNode value = entry.getValue();
            String at = pointer + "/" + key;
            if (UNSUPPORTED.contains(key)) {
                throw new IllegalArgumentException("OpenAPI 3.0 has no equivalent of '" + key + "' at " + at);
            }
            if (DROPPED.contains(key)) {
                continue;
            }
            switch (key) {
                case "type" -> putType(out, value, at);
                case "const" ->
                    out.set("enum", JsonNodeFactory.instance.arrayNode().add(value));
                case "exclusiveMinimum", "exclusiveMaximum" -> putExclusiveBound(out, key, value);
                case "properties" -> out.set(key, convertEach(value, at));
                case "items", "not" -> out.set(key, convert(value, at));
                case "additionalProperties" -> out.set(key, value.isObject() ? convert(value, at) : value);
                case "allOf", "anyOf", "oneOf" -> out.set(key, convertAll(value, at));
                case "$ref" -> {
                    references.add(value.asString());
                    out.set(key, value);
                }
                default -> out.set(key, value.deepCopy());
            }
        }
        return out;
    }

    private ObjectNode convertEach(JsonNode properties, String pointer) {
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        for (var entry : properties.properties()) {
            out.set(entry.getKey(), convert(entry.getValue(), pointer + "/" + entry.getKey()));
        }
        return out;
    }

    private ArrayNode convertAll(JsonNode schemas, String pointer) {
        ArrayNode out = JsonNodeFactory.instance.arrayNode();
        for (int i = 0; i < schemas.size(); i++) {
            out.add(convert(schemas.get(i), pointer + "/" + i));
        }
        return out;
    }

    private static void putType(ObjectNode out, JsonNode type, String pointer) {
        if (type.isString()) {
            if (type.asString().equals("null")) {
                throw new IllegalArgumentException("OpenAPI 3.0 has no type 'null' at " + pointer);
            }
            out.set("type", type);
            return;
        }
        List<String> types = new ArrayList<>();
        boolean nullable = false;
        for (JsonNode element : type) {
            if (element.asString().equals("null")) {
                nullable = true;
            } else {
                types.add(element.asString());
            }
        }
        if (types.size() != 1) {
            throw new IllegalArgumentException("OpenAPI 3.0 allows one type, not " + type + " at " + pointer);
        }
        out.put("type", types.get(0));
        if (nullable) {
            out.put("nullable", true);
        }
    }

    private static void putExclusiveBound(ObjectNode out, String key, JsonNode value) {
        if (value.isBoolean()) {
            out.set(key, value);
            return;
        }
        out.set(key.equals("exclusiveMinimum") ? "minimum" : "maximum", value);
        out.put(key, true);
    }
}
