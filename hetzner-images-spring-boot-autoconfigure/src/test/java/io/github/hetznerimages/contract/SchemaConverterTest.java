package io.github.hetznerimages.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class SchemaConverterTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final SchemaConverter converter = new SchemaConverter();

    @Test
    void turnsANullableTypeListIntoTypeAndNullable() {
        JsonNode converted = convert("{\"type\": [\"integer\", \"null\"], \"format\": \"int64\", \"example\": null}");

        assertThat(converted)
                .isEqualTo(
                        json("{\"type\": \"integer\", \"nullable\": true, \"format\": \"int64\", \"example\": null}"));
    }

    @Test
    void keepsASingleTypeListWithoutNullAsPlainType() {
        assertThat(convert("{\"type\": [\"string\"]}")).isEqualTo(json("{\"type\": \"string\"}"));
    }

    @Test
    void turnsConstIntoAOneValueEnum() {
        assertThat(convert("{\"type\": \"string\", \"const\": \"snapshot\"}"))
                .isEqualTo(json("{\"type\": \"string\", \"enum\": [\"snapshot\"]}"));
    }

    @Test
    void dropsProseAndTheExamplesArrayButKeepsExample() {
        JsonNode converted = convert(
                "{\"description\": \"Size in GB.\", \"type\": \"number\", \"examples\": [1, 2], \"example\": 2.3}");

        assertThat(converted).isEqualTo(json("{\"type\": \"number\", \"example\": 2.3}"));
    }

    @Test
    void convertsNestedPropertiesItemsAndAdditionalPropertiesButNotValues() {
        JsonNode converted = convert("""
                {"type": "object",
                 "properties": {
                   "description": {"description": "A property named description.", "type": "string"},
                   "tags": {"type": "array", "items": {"type": ["string", "null"]}},
                   "labels": {"type": "object", "additionalProperties": {"type": "string", "description": "x"}}},
                 "example": {"type": ["kept", "null"], "description": "kept"}}
                """);

        assertThat(converted).isEqualTo(json("""
                {"type": "object",
                 "properties": {
                   "description": {"type": "string"},
                   "tags": {"type": "array", "items": {"type": "string", "nullable": true}},
                   "labels": {"type": "object", "additionalProperties": {"type": "string"}}},
                 "example": {"type": ["kept", "null"], "description": "kept"}}
                """));
    }

    @Test
    void turnsANumericExclusiveBoundIntoTheBooleanForm() {
        assertThat(convert("{\"type\": \"integer\", \"exclusiveMinimum\": 0}"))
                .isEqualTo(json("{\"type\": \"integer\", \"minimum\": 0, \"exclusiveMinimum\": true}"));
    }

    @Test
    void recordsReferences() {
        convert("{\"type\": \"object\", \"properties\": {\"a\": {\"$ref\": \"#/components/schemas/Action\"}}}");

        assertThat(converter.references()).containsExactly("#/components/schemas/Action");
    }

    @Test
    void rejectsTwoRealTypes() {
        assertThatThrownBy(() -> converter.convert(json("{\"type\": [\"string\", \"integer\"]}"), "#/x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("OpenAPI 3.0 allows one type, not [\"string\",\"integer\"] at #/x/type");
    }

    @Test
    void rejectsTheNullType() {
        assertThatThrownBy(() -> converter.convert(json("{\"type\": \"null\"}"), "#/x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("OpenAPI 3.0 has no type 'null' at #/x/type");
    }

    @Test
    void rejectsKeywordsWithoutA30Equivalent() {
        String tuple = "{\"type\": \"array\", \"prefixItems\": [{\"type\": \"number\"}]}";

        assertThatThrownBy(() -> converter.convert(json(tuple), "#/paths/~1metrics"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("OpenAPI 3.0 has no equivalent of 'prefixItems' at #/paths/~1metrics/prefixItems");
    }

    private JsonNode convert(String schema) {
        return converter.convert(json(schema), "#");
    }

    private static JsonNode json(String text) {
        return JSON.readTree(text);
    }
}
