package io.github.hetznerimages.contract;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Regenerates {@code src/test/resources/openapi/hetzner-images.openapi.json}, the test-scope copy of the official
 * Hetzner Cloud OpenAPI description: only the {@link #PATHS paths} this library calls (plus the deprecated
 * per-image action lookup, so the conformance matrix can list it), reduced to structure (parameters, bodies,
 * responses, schemas, enums, examples; no prose or code samples), converted from OpenAPI 3.1 to 3.0.3 by
 * {@link SchemaConverter}, with error range keys written {@code 4XX}/{@code 5XX} as OpenAPI requires and the
 * validator expects, and the source recorded in {@code info.x-source}.
 *
 * <p>Run from the repository root (see {@code src/test/resources/openapi/README.md}):
 *
 * <pre>
 * ./mvnw -q -pl hetzner-images-spring-boot-autoconfigure exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=io.github.hetznerimages.contract.SpecTrimmer \
 *   -Dexec.args="/path/to/cloud.spec.json --commit=&lt;sha&gt; --from=&lt;owner/repo:path&gt;"
 * </pre>
 */
public final class SpecTrimmer {

    /** The paths copied, in this order. */
    public static final List<String> PATHS = List.of(
            "/images",
            "/images/{id}",
            "/images/{id}/actions",
            "/images/actions",
            "/images/actions/{id}",
            "/images/{id}/actions/change_protection",
            "/images/{id}/actions/{action_id}",
            "/servers/{id}/actions/create_image",
            "/actions",
            "/actions/{id}");

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");
    private static final Pattern RANGE = Pattern.compile("[1-5]xx");
    private static final String SCHEMA_REF = "#/components/schemas/";
    private static final List<String> OPTIONS = List.of("commit", "from", "out");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final SchemaConverter schemas = new SchemaConverter();

    private SpecTrimmer() {}

    /**
     * Where a spec file came from, recorded in the copy's {@code info.x-source}.
     *
     * @param from the file's origin, e.g. {@code triargos/effect-hcloud:spec/cloud.spec.json}
     * @param commit the commit of {@code from} the file was taken at; {@code null} when not known
     * @param sha256 the SHA-256 of the file's bytes, hex
     * @param size the file's size in bytes
     */
    public record Source(String from, String commit, String sha256, long size) {}

    /**
     * Reads the official spec and writes the trimmed 3.0.3 copy.
     *
     * @param args {@code <cloud.spec.json> [--commit=<sha>] [--from=<origin>] [--out=<file>]}
     */
    public static void main(String[] args) throws IOException {
        if (args.length == 0 || args[0].startsWith("--")) {
            throw new IllegalArgumentException(
                    "usage: SpecTrimmer <cloud.spec.json> [--commit=<sha>] [--from=<origin>] [--out=<file>]");
        }
        Path input = Path.of(args[0]);
        Map<String, String> options = options(args);
        String commit = options.get("commit");
        String from = options.getOrDefault("from", "https://docs.hetzner.cloud/cloud.spec.json");
        Path output = options.containsKey("out") ? Path.of(options.get("out")) : defaultOutput();

        byte[] bytes = Files.readAllBytes(input);
        Source source = new Source(from, commit, sha256(bytes), bytes.length);
        ObjectNode trimmed = trim(JSON.readTree(bytes), source);
        Files.writeString(output, write(trimmed), StandardCharsets.UTF_8);
        System.out.println("wrote " + output + " (" + trimmed.path("paths").size() + " paths, source sha256 "
                + source.sha256() + ")");
    }

    /**
     * The trimmed 3.0.3 copy of {@code spec}.
     *
     * @throws IllegalArgumentException when a path is missing or the spec uses a 3.1 feature 3.0 cannot express
     */
    public static ObjectNode trim(JsonNode spec, Source source) {
        return trim(spec, PATHS, source);
    }

    /** The trimmed 3.0.3 copy of {@code spec} with only {@code paths}. */
    static ObjectNode trim(JsonNode spec, List<String> paths, Source source) {
        return new SpecTrimmer().document(spec, paths, source);
    }

    /** The copy as the project stores it: two-space indented JSON with a final newline. */
    public static String write(JsonNode document) {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                        .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                        .withObjectEmptySeparator("")
                        .withArrayEmptySeparator(""))
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        return JSON.writer().with(printer).writeValueAsString(document) + "\n";
    }

    private ObjectNode document(JsonNode spec, List<String> selected, Source source) {
        ObjectNode out = NODES.objectNode();
        out.put("openapi", "3.0.3");
        out.set("info", info(spec, source));
        out.set("servers", spec.required("servers").deepCopy());
        out.set("security", spec.required("security").deepCopy());
        ObjectNode paths = out.putObject("paths");
        for (String path : selected) {
            JsonNode item = spec.path("paths").get(path);
            if (item == null) {
                throw new IllegalArgumentException("the spec has no path " + path);
            }
            paths.set(path, pathItem(item, "#/paths/" + path.replace("/", "~1")));
        }
        ObjectNode components = out.putObject("components");
        components.set(
                "securitySchemes",
                spec.path("components").required("securitySchemes").deepCopy());
        ObjectNode referenced = referencedSchemas(spec);
        if (!referenced.isEmpty()) {
            components.set("schemas", referenced);
        }
        return out;
    }

    private static ObjectNode info(JsonNode spec, Source source) {
        ObjectNode info = NODES.objectNode();
        info.set("title", spec.path("info").required("title"));
        info.set("version", spec.path("info").required("version"));
        info.put(
                "description",
                "Test-scope copy of the official Hetzner Cloud API description, trimmed to the operations"
                        + " hetzner-images uses and converted from OpenAPI "
                        + spec.path("openapi").asString()
                        + " to 3.0.3 by " + SpecTrimmer.class.getName() + ". Do not edit by hand: regenerate.");
        ObjectNode origin = info.putObject("x-source");
        origin.put("from", source.from());
        if (source.commit() != null) {
            origin.put("commit", source.commit());
        }
        origin.put("sha256", source.sha256());
        origin.put("size", source.size());
        origin.put("openapi", spec.path("openapi").asString());
        return info;
    }

    private ObjectNode pathItem(JsonNode item, String pointer) {
        ObjectNode out = NODES.objectNode();
        for (var entry : item.properties()) {
            String key = entry.getKey();
            if (key.equals("parameters")) {
                out.set(key, parameters(entry.getValue(), pointer + "/parameters"));
            } else if (METHODS.contains(key)) {
                out.set(key, operation(entry.getValue(), pointer + "/" + key));
            }
        }
        return out;
    }

    private ObjectNode operation(JsonNode operation, String pointer) {
        ObjectNode out = NODES.objectNode();
        copy(operation, out, "operationId", "summary", "deprecated");
        if (operation.has("parameters")) {
            out.set("parameters", parameters(operation.get("parameters"), pointer + "/parameters"));
        }
        if (operation.has("requestBody")) {
            JsonNode body = operation.get("requestBody");
            ObjectNode outBody = out.putObject("requestBody");
            copy(body, outBody, "required");
            outBody.set("content", content(body.required("content"), pointer + "/requestBody/content"));
        }
        ObjectNode responses = out.putObject("responses");
        for (var entry : operation.required("responses").properties()) {
            String code = entry.getKey();
            String key = RANGE.matcher(code).matches() ? code.toUpperCase(Locale.ROOT) : code;
            responses.set(key, response(entry.getValue(), pointer + "/responses/" + code));
        }
        copy(operation, out, "security");
        return out;
    }

    private ArrayNode parameters(JsonNode parameters, String pointer) {
        ArrayNode out = NODES.arrayNode();
        for (int i = 0; i < parameters.size(); i++) {
            JsonNode parameter = parameters.get(i);
            requireNoReference(parameter, pointer + "/" + i);
            ObjectNode outParameter = NODES.objectNode();
            copy(parameter, outParameter, "name", "in", "required", "deprecated", "style", "explode");
            outParameter.set("schema", schemas.convert(parameter.required("schema"), pointer + "/" + i + "/schema"));
            copy(parameter, outParameter, "example");
            out.add(outParameter);
        }
        return out;
    }

    private ObjectNode response(JsonNode response, String pointer) {
        requireNoReference(response, pointer);
        ObjectNode out = NODES.objectNode();
        copy(response, out, "description");
        if (response.has("content")) {
            out.set("content", content(response.get("content"), pointer + "/content"));
        }
        if (response.has("headers")) {
            ObjectNode headers = out.putObject("headers");
            for (var entry : response.get("headers").properties()) {
                String at = pointer + "/headers/" + entry.getKey();
                ObjectNode header = headers.putObject(entry.getKey());
                copy(entry.getValue(), header, "required");
                header.set("schema", schemas.convert(entry.getValue().required("schema"), at + "/schema"));
            }
        }
        return out;
    }

    private ObjectNode content(JsonNode content, String pointer) {
        ObjectNode out = NODES.objectNode();
        for (var entry : content.properties()) {
            String at = pointer + "/" + entry.getKey().replace("/", "~1");
            JsonNode media = entry.getValue();
            ObjectNode outMedia = out.putObject(entry.getKey());
            outMedia.set("schema", schemas.convert(media.required("schema"), at + "/schema"));
            copy(media, outMedia, "example");
            if (media.has("examples")) {
                ObjectNode examples = outMedia.putObject("examples");
                for (var example : media.get("examples").properties()) {
                    examples.putObject(example.getKey())
                            .set("value", example.getValue().required("value"));
                }
            }
        }
        return out;
    }

    private ObjectNode referencedSchemas(JsonNode spec) {
        ObjectNode out = NODES.objectNode();
        Deque<String> pending = new ArrayDeque<>(schemas.references());
        Set<String> seen = new HashSet<>(pending);
        while (!pending.isEmpty()) {
            String reference = pending.pop();
            if (!reference.startsWith(SCHEMA_REF)) {
                throw new IllegalArgumentException("only schema references are supported, not " + reference);
            }
            String name = reference.substring(SCHEMA_REF.length());
            JsonNode schema = spec.path("components").path("schemas").get(name);
            if (schema == null) {
                throw new IllegalArgumentException("the spec has no schema " + reference);
            }
            out.set(name, schemas.convert(schema, reference));
            for (String next : schemas.references()) {
                if (seen.add(next)) {
                    pending.push(next);
                }
            }
        }
        return out;
    }

    private static void requireNoReference(JsonNode node, String pointer) {
        if (node.has("$ref")) {
            throw new IllegalArgumentException("only schema references are supported, found one at " + pointer);
        }
    }

    private static void copy(JsonNode from, ObjectNode to, String... keys) {
        for (String key : keys) {
            if (from.has(key)) {
                to.set(key, from.get(key).deepCopy());
            }
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 1; i < args.length; i++) {
            int equals = args[i].indexOf('=');
            String name = args[i].startsWith("--") && equals > 2 ? args[i].substring(2, equals) : "";
            if (!OPTIONS.contains(name)) {
                throw new IllegalArgumentException("unknown argument " + args[i] + "; options are " + OPTIONS);
            }
            options.put(name, args[i].substring(equals + 1));
        }
        return options;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("the JDK always has SHA-256", ex);
        }
    }

    /** {@code <module>/src/test/resources/openapi/hetzner-images.openapi.json}, found from this class's location. */
    private static Path defaultOutput() {
        try {
            Path classes = Path.of(SpecTrimmer.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
            return classes.getParent().getParent().resolve("src/test/resources/openapi/hetzner-images.openapi.json");
        } catch (URISyntaxException ex) {
            throw new IllegalStateException("cannot locate the module directory", ex);
        }
    }
}
