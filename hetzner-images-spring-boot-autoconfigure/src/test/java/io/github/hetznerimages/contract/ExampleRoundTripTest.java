package io.github.hetznerimages.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.github.hetznerimages.images.CreatedImage;
import io.github.hetznerimages.testsupport.Internals;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Proves our wire models match the official spec field by field: for each operation, the spec's example answer
 * (read from the trimmed copy) is decoded with the library's mapper into our model, encoded again, and every
 * field of the example must come back under the same name with the same value (timestamps as instants, numbers
 * by value). Renaming a record component, or giving it a type that loses data, fails here. In the other
 * direction, every field our model writes must be declared by the spec's schema, so a model cannot invent one; the
 * only exception is a field a shared model has for another operation, named in the case and left {@code null}.
 */
class ExampleRoundTripTest {

    /** Our mapper, writing {@code null}s too, so that a field whose example is {@code null} must still be named. */
    private static final JsonMapper ENCODER = Internals.wireMapper()
            .rebuild()
            .changeDefaultPropertyInclusion(inclusion -> inclusion.withValueInclusion(JsonInclude.Include.ALWAYS))
            .build();

    /**
     * One decoded answer.
     *
     * @param operationId the spec operation
     * @param status the answer's status code
     * @param model the record our code decodes that answer into
     * @param unusedFields fields (as JSON pointers) the model has for another operation and this answer lacks; the
     *     model must leave them {@code null} here
     */
    record Case(String operationId, String status, Class<?> model, List<String> unusedFields) {

        /** An answer that uses every field of its model. */
        Case(String operationId, String status, Class<?> model) {
            this(operationId, status, model, List.of());
        }

        @Override
        public String toString() {
            return operationId + " " + status + " as " + model.getSimpleName();
        }
    }

    static final List<Case> CASES = List.of(
            new Case("list_images", "200", wire("ImageListEnvelope")),
            new Case("get_image", "200", wire("ImageEnvelope")),
            new Case("update_image", "200", wire("ImageEnvelope")),
            new Case("list_image_actions", "200", wire("ActionListEnvelope")),
            new Case("list_images_actions", "200", wire("ActionListEnvelope")),
            new Case("get_images_action", "200", wire("ActionEnvelope")),
            new Case("change_image_protection", "201", wire("ActionEnvelope")),
            new Case("create_server_image", "201", CreatedImage.class),
            // the envelope of the paged action lists; GET /actions has no paging, so its meta stays null
            new Case("get_actions", "200", wire("ActionListEnvelope"), List.of("/meta")),
            new Case("get_action", "200", wire("ActionEnvelope")));

    static Stream<Case> cases() {
        return CASES.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void specExampleSurvivesOurModelFieldByField(Case roundTrip) {
        ContractSpec.Operation operation = ContractSpec.operation(roundTrip.operationId());
        JsonNode example = operation.exampleResponse(roundTrip.status()).orElseThrow();

        Object decoded = Internals.wireMapper().treeToValue(example, roundTrip.model());
        JsonNode encoded = ENCODER.valueToTree(decoded);

        assertThat(example.size()).as("example of %s", roundTrip).isPositive();
        assertThat(differences(example, encoded, ""))
                .as("fields of the spec example lost by our model")
                .isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void ourModelWritesOnlyFieldsTheSpecDeclares(Case roundTrip) {
        ContractSpec.Operation operation = ContractSpec.operation(roundTrip.operationId());
        JsonNode schema = operation.responseSchema(roundTrip.status()).orElseThrow();
        JsonNode example = operation.exampleResponse(roundTrip.status()).orElseThrow();

        JsonNode encoded = ENCODER.valueToTree(Internals.wireMapper().treeToValue(example, roundTrip.model()));

        assertThat(undeclared(encoded, schema, ""))
                .as("fields our model writes that the spec lacks")
                .containsExactlyInAnyOrderElementsOf(roundTrip.unusedFields());
        assertThat(roundTrip.unusedFields())
                .as("fields of another operation, left empty")
                .allSatisfy(pointer ->
                        assertThat(encoded.at(pointer).isNull()).as(pointer).isTrue());
    }

    /** Where {@code actual} differs from {@code expected}, for every field of {@code expected}. */
    static List<String> differences(JsonNode expected, JsonNode actual, String path) {
        List<String> found = new ArrayList<>();
        if (expected.isObject()) {
            for (var field : expected.properties()) {
                String at = path + "/" + field.getKey();
                if (!actual.has(field.getKey())) {
                    found.add(at + " is missing (example: " + field.getValue() + ")");
                } else {
                    found.addAll(differences(field.getValue(), actual.get(field.getKey()), at));
                }
            }
        } else if (expected.isArray()) {
            if (!actual.isArray() || actual.size() != expected.size()) {
                found.add(path + " should be " + expected + " but was " + actual);
            } else {
                for (int i = 0; i < expected.size(); i++) {
                    found.addAll(differences(expected.get(i), actual.get(i), path + "/" + i));
                }
            }
        } else if (!sameValue(expected, actual)) {
            found.add(path + " should be " + expected + " but was " + actual);
        }
        return found;
    }

    private static boolean sameValue(JsonNode expected, JsonNode actual) {
        if (expected.isNumber() && actual.isNumber()) {
            return expected.decimalValue().compareTo(actual.decimalValue()) == 0;
        }
        if (expected.isString() && actual.isString() && !expected.equals(actual)) {
            Optional<OffsetDateTime> left = timestamp(expected.asString());
            Optional<OffsetDateTime> right = timestamp(actual.asString());
            return left.isPresent() && right.isPresent() && left.get().isEqual(right.get());
        }
        return expected.equals(actual);
    }

    private static Optional<OffsetDateTime> timestamp(String text) {
        try {
            return Optional.of(OffsetDateTime.parse(text));
        } catch (DateTimeParseException ex) {
            return Optional.empty();
        }
    }

    /** The fields of {@code encoded} that {@code schema} does not declare. */
    static List<String> undeclared(JsonNode encoded, JsonNode schema, String path) {
        List<String> found = new ArrayList<>();
        if (encoded.isObject() && schema.has("properties")) {
            for (var field : encoded.properties()) {
                String at = path + "/" + field.getKey();
                JsonNode property = schema.get("properties").get(field.getKey());
                if (property == null) {
                    found.add(at);
                } else {
                    found.addAll(undeclared(field.getValue(), property, at));
                }
            }
        } else if (encoded.isObject() && schema.path("additionalProperties").isObject()) {
            for (var field : encoded.properties()) {
                found.addAll(
                        undeclared(field.getValue(), schema.get("additionalProperties"), path + "/" + field.getKey()));
            }
        } else if (encoded.isArray() && schema.has("items")) {
            for (int i = 0; i < encoded.size(); i++) {
                found.addAll(undeclared(encoded.get(i), schema.get("items"), path + "/" + i));
            }
        }
        return found;
    }

    /** A package-private wire envelope of the images package, by its simple name. */
    private static Class<?> wire(String simpleName) {
        return Internals.type("io.github.hetznerimages.images." + simpleName);
    }
}
