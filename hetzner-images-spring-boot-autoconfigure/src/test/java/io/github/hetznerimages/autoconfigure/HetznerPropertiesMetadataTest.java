package io.github.hetznerimages.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The configuration metadata an IDE shows: every {@code hetzner.*} key, with a description and its default. */
class HetznerPropertiesMetadataTest {

    /** Every key with its default; {@code null} where there is none (or it comes from spring.http.clients). */
    private static final Map<String, String> EXPECTED = expected();

    private static Map<String, JsonNode> properties;

    @BeforeAll
    static void readMetadata() throws IOException {
        try (InputStream in = HetznerPropertiesMetadataTest.class.getResourceAsStream(
                "/META-INF/spring-configuration-metadata.json")) {
            assertThat(in).as("generated configuration metadata").isNotNull();
            JsonNode root = JsonMapper.builder().build().readTree(in);
            properties = new LinkedHashMap<>();
            StreamSupport.stream(root.get("properties").spliterator(), false)
                    .filter(property -> property.get("name").asString().startsWith("hetzner."))
                    .forEach(property -> properties.put(property.get("name").asString(), property));
        }
    }

    @Test
    void listsExactlyTheDocumentedKeys() {
        assertThat(properties.keySet()).containsExactlyInAnyOrderElementsOf(EXPECTED.keySet());
    }

    @Test
    void everyKeyHasADescriptionInBootsStyle() {
        properties.forEach((name, property) -> {
            JsonNode description = property.get("description");
            assertThat(description).as("description of %s", name).isNotNull();
            String text = description.asString();
            assertThat(text)
                    .as("description of %s", name)
                    .isNotBlank()
                    .endsWith(".")
                    .doesNotStartWith("The ");
            if ("java.lang.Boolean".equals(property.get("type").asString())) {
                assertThat(text).as("description of %s", name).startsWith("Whether ");
            }
        });
    }

    @Test
    void everyKeyWithADefaultShowsIt() {
        EXPECTED.forEach((name, expectedDefault) -> {
            JsonNode actual = properties.get(name).get("defaultValue");
            if (expectedDefault == null) {
                assertThat(actual).as("default of %s", name).isNull();
            } else {
                assertThat(actual).as("default of %s", name).isNotNull();
                assertThat(actual.asString()).as("default of %s", name).isEqualTo(expectedDefault);
            }
        });
    }

    @Test
    void tokenDescriptionNamesTheEnvironmentVariable() {
        assertThat(properties.get("hetzner.token").get("description").asString())
                .contains("HCLOUD_TOKEN");
    }

    private static Map<String, String> expected() {
        Map<String, String> keys = new LinkedHashMap<>();
        keys.put("hetzner.enabled", "true");
        keys.put("hetzner.token", null);
        keys.put("hetzner.base-url", "https://api.hetzner.cloud/v1");
        keys.put("hetzner.http.connect-timeout", "10s");
        keys.put("hetzner.http.read-timeout", "30s");
        keys.put("hetzner.http.redirects", null);
        keys.put("hetzner.http.cookie-handling", null);
        keys.put("hetzner.http.ssl.bundle", null);
        keys.put("hetzner.retry.enabled", "true");
        keys.put("hetzner.retry.max-retries", "5");
        keys.put("hetzner.retry.initial-backoff", "1s");
        keys.put("hetzner.retry.multiplier", "2");
        keys.put("hetzner.retry.max-backoff", "60s");
        keys.put("hetzner.retry.jitter", "0.5");
        keys.put("hetzner.actions.poll-interval", "1s");
        keys.put("hetzner.actions.max-poll-interval", "10s");
        keys.put("hetzner.actions.timeout", "30m");
        keys.put("hetzner.paging.concurrency", "16");
        return keys;
    }
}
