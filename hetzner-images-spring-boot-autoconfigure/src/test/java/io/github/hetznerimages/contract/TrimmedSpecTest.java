package io.github.hetznerimages.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Checks the committed spec copy: its provenance, its paths, and that no OpenAPI 3.1 construct is left in it. */
class TrimmedSpecTest {

    private final JsonNode spec = ContractSpec.document();

    @Test
    void isOpenApi303AndRecordsItsSource() {
        JsonNode source = spec.at("/info/x-source");

        assertThat(spec.path("openapi").asString()).isEqualTo("3.0.3");
        assertThat(source.path("from").asString()).isEqualTo("triargos/effect-hcloud:spec/cloud.spec.json");
        assertThat(source.path("commit").asString()).matches("[0-9a-f]{40}");
        assertThat(source.path("sha256").asString()).matches("[0-9a-f]{64}");
        assertThat(source.path("openapi").asString()).isEqualTo("3.1.2");
    }

    @Test
    void holdsExactlyThePathsTheTrimmerSelects() {
        assertThat(spec.path("paths").propertyNames()).containsExactlyElementsOf(SpecTrimmer.PATHS);
        assertThat(spec.at("/servers/0/url").asString()).isEqualTo("https://api.hetzner.cloud/v1");
        assertThat(spec.at("/components/securitySchemes/APIToken/scheme").asString())
                .isEqualTo("bearer");
    }

    @Test
    void containsNoOpenApi31Construct() {
        List<String> found = new ArrayList<>();
        for (var path : spec.path("paths").properties()) {
            collect31(path.getValue(), "/paths/" + path.getKey(), found);
        }

        assertThat(found).isEmpty();
    }

    @Test
    void writesErrorRangesAsTheValidatorLooksThemUp() {
        for (ContractSpec.Operation operation : ContractSpec.operations()) {
            assertThat(operation.node().path("responses").propertyNames())
                    .as(operation.operationId())
                    .contains("4XX", "5XX")
                    .doesNotContain("4xx", "5xx");
        }
    }

    /** Type lists, {@code const} and schema {@code examples} arrays below {@code node}; values are skipped. */
    private static void collect31(JsonNode node, String at, List<String> found) {
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect31(node.get(i), at + "/" + i, found);
            }
            return;
        }
        for (var field : node.properties()) {
            String key = field.getKey();
            JsonNode value = field.getValue();
            if (key.equals("example") || key.equals("enum") || key.equals("default") || key.equals("value")) {
                continue;
            }
            if ((key.equals("type") && value.isArray())
                    || key.equals("const")
                    || (key.equals("examples") && value.isArray())) {
                found.add(at + "/" + key);
            }
            collect31(value, at + "/" + key, found);
        }
    }
}
