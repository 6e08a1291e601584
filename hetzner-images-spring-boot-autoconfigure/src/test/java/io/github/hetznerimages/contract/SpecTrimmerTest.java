package io.github.hetznerimages.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The trimmer on a small hand-made 3.1 document; the real spec never enters the test suite. */
class SpecTrimmerTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final SpecTrimmer.Source SOURCE =
            new SpecTrimmer.Source("owner/repo:spec/cloud.spec.json", "a".repeat(40), "b".repeat(64), 1234);

    private static final String SPEC = """
            {"openapi": "3.1.2",
             "info": {"title": "Hetzner Cloud API", "version": "1.0.0", "description": "# Very long prose"},
             "servers": [{"url": "https://api.hetzner.cloud/v1"}],
             "security": [{"APIToken": []}],
             "tags": [{"name": "images"}],
             "paths": {
               "/images/{id}": {
                 "get": {
                   "operationId": "get_image", "summary": "Get an Image", "description": "Long text.",
                   "tags": ["images"], "x-codeSamples": [{"lang": "Go", "source": "..."}],
                   "parameters": [{"name": "id", "in": "path", "required": true, "description": "ID.",
                                   "schema": {"type": "integer", "format": "int64", "minimum": 1}}],
                   "responses": {
                     "200": {"description": "Request succeeded.", "content": {"application/json": {
                       "schema": {"type": "object", "properties": {"image": {"$ref": "#/components/schemas/Image"}}},
                       "examples": {"default": {"summary": "one", "value": {"image": {"id": 42, "name": null}}}}}}},
                     "4xx": {"description": "User error.", "content": {"application/json": {
                       "schema": {"type": "object", "properties": {"error": {"type": ["object", "null"]}}}}}}}
                 }
               },
               "/metrics": {"get": {"operationId": "get_metrics", "responses": {}}}
             },
             "components": {
               "securitySchemes": {"APIToken": {"type": "http", "scheme": "bearer"}},
               "schemas": {
                 "Image": {"type": "object", "properties": {"id": {"type": "integer"},
                           "name": {"type": ["string", "null"]}, "created_from": {"$ref": "#/components/schemas/CreatedFrom"}}},
                 "CreatedFrom": {"type": ["object", "null"], "properties": {"id": {"type": "integer"}}},
                 "Unused": {"type": "string"}
               }
             }}
            """;

    @Test
    void keepsOnlyTheSelectedPathsAsOpenApi303WithTheirStructure() {
        ObjectNode trimmed = trim(List.of("/images/{id}"));

        assertThat(trimmed.path("openapi").asString()).isEqualTo("3.0.3");
        assertThat(trimmed.path("paths").propertyNames()).containsExactly("/images/{id}");
        assertThat(trimmed.has("tags")).isFalse();
        JsonNode operation = trimmed.path("paths").path("/images/{id}").path("get");
        assertThat(operation.propertyNames()).containsExactly("operationId", "summary", "parameters", "responses");
        assertThat(operation.path("parameters").get(0))
                .isEqualTo(json("{\"name\": \"id\", \"in\": \"path\", \"required\": true,"
                        + " \"schema\": {\"type\": \"integer\", \"format\": \"int64\", \"minimum\": 1}}"));
    }

    @Test
    void writesErrorRangesInUpperCaseAndKeepsResponseDescriptionsAndExamples() {
        JsonNode responses = trim(List.of("/images/{id}")).at("/paths/~1images~1{id}/get/responses");

        assertThat(responses.propertyNames()).containsExactly("200", "4XX");
        assertThat(responses.at("/4XX/description").asString()).isEqualTo("User error.");
        assertThat(responses.at("/4XX/content/application~1json/schema/properties/error"))
                .isEqualTo(json("{\"type\": \"object\", \"nullable\": true}"));
        assertThat(responses.at("/200/content/application~1json/examples"))
                .isEqualTo(json("{\"default\": {\"value\": {\"image\": {\"id\": 42, \"name\": null}}}}"));
    }

    @Test
    void copiesEveryReferencedSchemaTransitivelyAndNothingElse() {
        JsonNode schemas = trim(List.of("/images/{id}")).at("/components/schemas");

        assertThat(schemas.propertyNames()).containsExactlyInAnyOrder("Image", "CreatedFrom");
        assertThat(schemas.at("/CreatedFrom"))
                .isEqualTo(
                        json(
                                "{\"type\": \"object\", \"nullable\": true, \"properties\": {\"id\": {\"type\": \"integer\"}}}"));
    }

    @Test
    void recordsTheSourceInTheInfoObject() {
        JsonNode info = trim(List.of("/images/{id}")).path("info");

        assertThat(info.path("title").asString()).isEqualTo("Hetzner Cloud API");
        assertThat(info.path("description").asString()).doesNotContain("Very long prose");
        assertThat(info.path("x-source").toString())
                .isEqualTo(json("{\"from\": \"owner/repo:spec/cloud.spec.json\", \"commit\": \"" + "a".repeat(40)
                                + "\", \"sha256\": \"" + "b".repeat(64) + "\", \"size\": 1234, \"openapi\": \"3.1.2\"}")
                        .toString());
    }

    @Test
    void failsOnAPathTheSpecDoesNotHave() {
        assertThatThrownBy(() -> trim(List.of("/images/{id}", "/volumes")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the spec has no path /volumes");
    }

    @Test
    void writesTwoSpaceIndentedJsonEndingInANewline() {
        String text = SpecTrimmer.write(json("{\"a\": [1], \"b\": {}}"));

        assertThat(text).isEqualTo("{\n  \"a\": [\n    1\n  ],\n  \"b\": {}\n}\n");
    }

    private static ObjectNode trim(List<String> paths) {
        return SpecTrimmer.trim(json(SPEC), paths, SOURCE);
    }

    private static JsonNode json(String text) {
        return JSON.readTree(text);
    }
}
