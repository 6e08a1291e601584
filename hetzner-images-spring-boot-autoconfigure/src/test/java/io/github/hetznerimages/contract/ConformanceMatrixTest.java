package io.github.hetznerimages.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hetznerimages.testsupport.HetznerApiExtension;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Keeps {@code conformance.json}, and so the README matrix rendered from it, honest against the spec copy: every
 * operation of the spec is either implemented or out of scope with a reason, the parameters listed are the
 * spec's, and a "validated" claim names real tests that validate with real library methods.
 */
class ConformanceMatrixTest {

    private static final String BASE_PACKAGE = "io.github.hetznerimages.";

    private final Conformance conformance = Conformance.load();

    @Test
    void everySpecOperationIsImplementedOrOutOfScope() {
        List<String> specOperations = ContractSpec.operations().stream()
                .map(operation -> operation.operationId())
                .toList();

        assertThat(conformance.operationIds()).doesNotHaveDuplicates();
        assertThat(conformance.operationIds()).containsExactlyInAnyOrderElementsOf(specOperations);
    }

    @Test
    void listedMethodsAndPathsAreTheSpecs() {
        for (Conformance.Implemented listed : conformance.implemented()) {
            ContractSpec.Operation operation = ContractSpec.operation(listed.operationId());
            assertThat(listed.method() + " " + listed.path())
                    .as(listed.operationId())
                    .isEqualTo(operation.method() + " " + operation.path());
        }
        for (Conformance.OutOfScope listed : conformance.outOfScope()) {
            ContractSpec.Operation operation = ContractSpec.operation(listed.operationId());
            assertThat(listed.method() + " " + listed.path())
                    .as(listed.operationId())
                    .isEqualTo(operation.method() + " " + operation.path());
        }
    }

    @Test
    void outOfScopeOperationsGiveAReason() {
        assertThat(conformance.outOfScope())
                .allSatisfy(listed ->
                        assertThat(listed.reason()).as(listed.operationId()).isNotBlank());
    }

    @Test
    void deprecatedOperationsAreNotImplemented() {
        List<String> deprecated = ContractSpec.operations().stream()
                .filter(ContractSpec.Operation::deprecated)
                .map(ContractSpec.Operation::operationId)
                .toList();

        assertThat(deprecated).isNotEmpty();
        assertThat(conformance.implemented())
                .extracting(Conformance.Implemented::operationId)
                .doesNotContainAnyElementsOf(deprecated);
    }

    @Test
    void everyQueryParameterIsSupportedOrExplained() {
        for (Conformance.Implemented listed : conformance.implemented()) {
            List<String> specParameters =
                    ContractSpec.operation(listed.operationId()).queryParameters();
            List<String> classified = new ArrayList<>(listed.parameters());
            classified.addAll(listed.parametersNotSupported().keySet());

            assertThat(classified).as(listed.operationId()).containsExactlyInAnyOrderElementsOf(specParameters);
            assertThat(listed.parametersNotSupported().values())
                    .as(listed.operationId())
                    .allSatisfy(reason -> assertThat(reason).isNotBlank());
        }
    }

    @Test
    void everyImplementedOperationWithAJsonAnswerHasARoundTripCase() {
        Set<String> roundTripped = new HashSet<>();
        ExampleRoundTripTest.CASES.forEach(roundTrip -> roundTripped.add(roundTrip.operationId()));

        for (Conformance.Implemented listed : conformance.implemented()) {
            ContractSpec.Operation operation = ContractSpec.operation(listed.operationId());
            boolean answersJson = operation.exampleResponse("200").isPresent()
                    || operation.exampleResponse("201").isPresent();
            assertThat(roundTripped.contains(listed.operationId()))
                    .as("round-trip case for %s", listed.operationId())
                    .isEqualTo(answersJson);
        }
    }

    @Test
    void validationClaimsAreBackedByTestsAndLibraryMethods() {
        assertThat(conformance.implemented())
                .allSatisfy(listed -> assertThat(problemsWithClaim(listed)).isEmpty());
    }

    @Test
    void aClaimNamingATestThatSkipsValidationOrAMissingMethodIsRejected() {
        Conformance.Implemented claim = claim(
                List.of("images.ImagesService#actions", "images.ImagesService#noSuchMethod"),
                List.of(HetznerApiExtensionContractTest.class.getName(), "io.github.hetznerimages.NoSuchTest"));

        assertThat(problemsWithClaim(claim))
                .containsExactlyInAnyOrder(
                        "images.ImagesService#noSuchMethod does not exist",
                        HetznerApiExtensionContractTest.class.getName()
                                + " has no static HetznerApiExtension that validates the contract",
                        "io.github.hetznerimages.NoSuchTest does not exist");
    }

    @Test
    void aClaimNamingAValidatingTestAndExistingMethodsIsAccepted() {
        Conformance.Implemented claim =
                claim(List.of("images.ImagesService#actions"), List.of(ValidatingHolder.class.getName()));

        assertThat(problemsWithClaim(claim)).isEmpty();
    }

    @Test
    void matrixHasOneRowPerOperation() {
        String markdown = ConformanceMatrix.markdown(conformance);

        for (ContractSpec.Operation operation : ContractSpec.operations()) {
            String row =
                    "| `" + operation.operationId() + "` | `" + operation.method() + " " + operation.path() + "` |";
            assertThat(markdown.split(Pattern.quote(row), -1)).as(row).hasSize(2);
        }
        assertThat(markdown).contains("| `list_images` | `GET /images` | `ImagesService.list`, ");
    }

    /** Stands for a test class whose extension validates the contract. */
    static final class ValidatingHolder {
        static final HetznerApiExtension api = new HetznerApiExtension();
    }

    /** What is wrong with an operation's "validated" claim; nothing when {@code validatedBy} is empty. */
    static List<String> problemsWithClaim(Conformance.Implemented listed) {
        List<String> problems = new ArrayList<>();
        if (listed.validatedBy().isEmpty()) {
            return problems;
        }
        for (String api : listed.api()) {
            if (!methodExists(api)) {
                problems.add(api + " does not exist");
            }
        }
        for (String test : listed.validatedBy()) {
            try {
                if (!validatesContract(Class.forName(test))) {
                    problems.add(test + " has no static HetznerApiExtension that validates the contract");
                }
            } catch (ClassNotFoundException ex) {
                problems.add(test + " does not exist");
            }
        }
        return problems;
    }

    private static boolean methodExists(String api) {
        String[] typeAndMethod = api.split("#", 2);
        try {
            Method[] methods = Class.forName(BASE_PACKAGE + typeAndMethod[0]).getMethods();
            return Arrays.stream(methods).anyMatch(method -> method.getName().equals(typeAndMethod[1]));
        } catch (ClassNotFoundException ex) {
            return false;
        }
    }

    private static boolean validatesContract(Class<?> test) {
        for (Field field : test.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && HetznerApiExtension.class.equals(field.getType())) {
                try {
                    field.setAccessible(true);
                    if (((HetznerApiExtension) field.get(null)).validatesContract()) {
                        return true;
                    }
                } catch (IllegalAccessException ex) {
                    throw new IllegalStateException(ex);
                }
            }
        }
        return false;
    }

    private static Conformance.Implemented claim(List<String> api, List<String> validatedBy) {
        return new Conformance.Implemented("get_image", "GET", "/images/{id}", api, List.of(), Map.of(), validatedBy);
    }
}
