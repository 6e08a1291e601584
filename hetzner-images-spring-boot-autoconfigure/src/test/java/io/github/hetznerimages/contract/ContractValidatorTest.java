package io.github.hetznerimages.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.STRING;

import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * Proves the trimmed 3.0 copy, loaded into the 2.46.1 validator, accepts what the API contract allows and flags
 * what it forbids, using hand-made requests and responses (no HTTP).
 */
class ContractValidatorTest {

    private static final String AUTHORIZATION = "Bearer some-token";

    private static final String IMAGE = """
            {"image": {"id": 42, "type": "system", "status": "available", "name": "ubuntu-24.04",
              "description": "Ubuntu 24.04", "image_size": null, "disk_size": 10,
              "created": "2016-01-30T23:55:00+00:00", "created_from": null, "bound_to": null,
              "os_flavor": "ubuntu", "os_version": "24.04", "rapid_deploy": false,
              "protection": {"delete": false}, "deprecated": null, "deleted": null,
              "labels": {}, "architecture": "x86"}}
            """;

    private final ContractValidator validator = ContractValidator.get();

    @Test
    void acceptsAListRequestWithRepeatedArrayParameters() {
        Request request = listImages()
                .withQueryParam("type", "system", "app")
                .withQueryParam("sort", "created:desc", "id")
                .withQueryParam("label_selector", "env=prod,!gpu")
                .withQueryParam("include_deprecated", "true")
                .withQueryParam("per_page", "50")
                .build();

        assertThat(findings(validator.validate(request))).isEmpty();
    }

    @Test
    void flagsAnUnknownTypeFilter() {
        Request request =
                listImages().withQueryParam("type", "system", "private").build();

        assertThat(findings(validator.validate(request)))
                .singleElement(STRING)
                .contains("validation.request.parameter.schema.enum")
                .contains("\"private\"");
    }

    @Test
    void flagsCommaJoinedArrayValuesBecauseTheApiExpectsRepeatedParameters() {
        Request request = listImages().withQueryParam("type", "system,app").build();

        assertThat(findings(validator.validate(request)))
                .singleElement(STRING)
                .contains("validation.request.parameter.schema.enum")
                .contains("\"system,app\"");
    }

    @Test
    void flagsANonIntegerPageSize() {
        Request request = listImages().withQueryParam("per_page", "fifty").build();

        assertThat(findings(validator.validate(request)))
                .singleElement(STRING)
                .contains("validation.request.parameter.schema.type")
                .contains("integer");
    }

    @Test
    void flagsAQueryParameterTheOperationDoesNotDeclare() {
        Request request = listImages().withQueryParam("page_size", "12").build();

        assertThat(findings(validator.validate(request)))
                .singleElement(STRING)
                .contains("validation.request.parameter.query.unexpected")
                .contains("page_size");
    }

    @Test
    void flagsAMissingAuthorizationHeader() {
        Request request = SimpleRequest.Builder.get("/images/42").build();

        assertThat(findings(validator.validate(request)))
                .singleElement(STRING)
                .contains("validation.request.security.missing");
    }

    @Test
    void flagsAnIdBelowTheMinimum() {
        Request request = SimpleRequest.Builder.get("/images/0")
                .withAuthorization(AUTHORIZATION)
                .build();

        assertThat(findings(validator.validate(request)))
                .singleElement(STRING)
                .contains("validation.request.parameter.schema.minimum");
    }

    @Test
    void flagsAPathTheApiDoesNotHaveIncludingTheV1Prefix() {
        Request request = SimpleRequest.Builder.get("/v1/images/42")
                .withAuthorization(AUTHORIZATION)
                .build();

        assertThat(findings(validator.validate(request)))
                .singleElement(STRING)
                .contains("validation.request.path.missing");
    }

    @Test
    void resolvesImageActionsPathsToTheirOwnOperations() {
        Request listAll = SimpleRequest.Builder.get("/images/actions")
                .withAuthorization(AUTHORIZATION)
                .withQueryParam("id", "1", "2")
                .build();
        Request protect = SimpleRequest.Builder.post("/images/42/actions/change_protection")
                .withAuthorization(AUTHORIZATION)
                .withContentType("application/json")
                .withBody("{\"delete\":true}")
                .build();

        assertThat(findings(validator.validate(listAll))).isEmpty();
        assertThat(findings(validator.validate(protect))).isEmpty();
    }

    @Test
    void flagsAnUpdateWithoutTheRequiredBody() {
        Request request = SimpleRequest.Builder.put("/images/42")
                .withAuthorization(AUTHORIZATION)
                .build();

        assertThat(findings(validator.validate(request)))
                .singleElement(STRING)
                .contains("validation.request.body.missing");
    }

    @Test
    void acceptsACorrectRequestAndResponsePair() {
        assertThat(findings(validator.validate(getImage(), json(200, IMAGE)))).isEmpty();
    }

    @Test
    void flagsAStringWhereTheResponseNeedsABoolean() {
        String body = IMAGE.replace("\"rapid_deploy\": false", "\"rapid_deploy\": \"false\"");

        assertThat(findings(validator.validate(getImage(), json(200, body))))
                .singleElement(STRING)
                .contains("validation.response.body.schema.type")
                .contains("/image/rapid_deploy");
    }

    @Test
    void flagsAnUnknownEnumValueInAResponse() {
        String body = IMAGE.replace("\"os_flavor\": \"ubuntu\"", "\"os_flavor\": \"arch\"");

        assertThat(findings(validator.validate(getImage(), json(200, body))))
                .singleElement(STRING)
                .contains("validation.response.body.schema.enum")
                .contains("/image/os_flavor");
    }

    @Test
    void flagsAResponseMissingARequiredNullableField() {
        String body = IMAGE.replace("\"bound_to\": null,", "");

        assertThat(findings(validator.validate(getImage(), json(200, body))))
                .singleElement(STRING)
                .contains("validation.response.body.schema.required")
                .contains("bound_to");
    }

    @Test
    void acceptsErrorEnvelopesOnEveryErrorStatus() {
        String envelope = "{\"error\":{\"code\":\"not_found\",\"message\":\"image not found\",\"details\":null}}";

        assertThat(findings(validator.validate(getImage(), json(404, envelope))))
                .isEmpty();
        assertThat(findings(validator.validate(getImage(), json(429, envelope))))
                .isEmpty();
        assertThat(findings(validator.validate(getImage(), json(503, envelope))))
                .isEmpty();
    }

    @Test
    void flagsAnErrorEnvelopeWithoutMessage() {
        String envelope = "{\"error\":{\"code\":\"not_found\"}}";

        assertThat(findings(validator.validate(getImage(), json(404, envelope))))
                .singleElement(STRING)
                .contains("validation.response.body.schema.required")
                .contains("message");
    }

    @Test
    void flagsAStatusTheOperationDoesNotDeclare() {
        Request delete = SimpleRequest.Builder.delete("/images/42")
                .withAuthorization(AUTHORIZATION)
                .build();

        assertThat(findings(validator.validate(
                        delete, SimpleResponse.Builder.noContent().build())))
                .isEmpty();
        assertThat(findings(validator.validate(delete, json(200, "{}"))))
                .singleElement(STRING)
                .contains("validation.response.status.unknown");
    }

    static Stream<ContractSpec.Operation> operationsWithJsonAnswers() {
        return ContractSpec.operations().stream()
                .filter(operation -> successStatus(operation).isPresent());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("operationsWithJsonAnswers")
    void acceptsTheSpecsOwnExamples(ContractSpec.Operation operation) {
        String status = successStatus(operation).orElseThrow();
        String path = operation.path().replace("{id}", "42").replace("{action_id}", "13");
        SimpleRequest.Builder request =
                new SimpleRequest.Builder(operation.method(), path).withAuthorization(AUTHORIZATION);
        if (operation.operationId().equals("get_actions")) {
            request.withQueryParam("id", "42", "43");
        }
        JsonNode body = operation.node().path("requestBody").path("content").path("application/json");
        if (!body.isMissingNode()) {
            request.withContentType("application/json")
                    .withBody(ContractSpec.fromSchema(body.required("schema")).toString());
        }
        String answer = operation.exampleResponse(status).orElseThrow().toString();

        assertThat(findings(validator.validate(request.build(), json(Integer.parseInt(status), answer))))
                .isEmpty();
    }

    private static Optional<String> successStatus(ContractSpec.Operation operation) {
        return Stream.of("200", "201")
                .filter(status -> operation.exampleResponse(status).isPresent())
                .findFirst();
    }

    private static SimpleRequest.Builder listImages() {
        return SimpleRequest.Builder.get("/images").withAuthorization(AUTHORIZATION);
    }

    private static Request getImage() {
        return SimpleRequest.Builder.get("/images/42")
                .withAuthorization(AUTHORIZATION)
                .build();
    }

    private static SimpleResponse json(int status, String body) {
        return SimpleResponse.Builder.status(status)
                .withContentType("application/json")
                .withBody(body)
                .build();
    }

    /** Each error of the report as {@code key: message}. */
    private static List<String> findings(ValidationReport report) {
        return report.getMessages().stream()
                .filter(message -> message.getLevel() == ValidationReport.Level.ERROR)
                .map(message -> message.getKey() + ": " + message.getMessage())
                .toList();
    }
}
