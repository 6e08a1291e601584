package io.github.hetznerimages.contract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import tools.jackson.databind.json.JsonMapper;

/**
 * The project's claim about the spec copy, kept in {@value #RESOURCE}: which operations the library implements
 * (with its methods, the query parameters it supports and the tests that validate its exchanges) and which it
 * leaves out, and why. {@code ConformanceMatrixTest} holds the claim against the spec; {@link ConformanceMatrix}
 * renders it for the README.
 *
 * @param description what the file is, for readers of the JSON
 * @param implemented the operations the library calls
 * @param outOfScope the operations it deliberately does not call
 */
public record Conformance(String description, List<Implemented> implemented, List<OutOfScope> outOfScope) {

    /** The classpath location of the list. */
    public static final String RESOURCE = "/openapi/conformance.json";

    /** Copies the lists. */
    public Conformance {
        implemented = List.copyOf(implemented);
        outOfScope = List.copyOf(outOfScope);
    }

    /**
     * An operation the library implements.
     *
     * @param operationId the spec's operation id
     * @param method the HTTP method
     * @param path the path template
     * @param api the library methods that call it, as {@code package.Type#method} below {@code io.github.hetznerimages}
     * @param parameters the query parameters the library can send
     * @param parametersNotSupported the operation's other query parameters, each with the reason
     * @param validatedBy test classes whose {@code HetznerApiExtension} validates this operation's exchanges
     */
    public record Implemented(
            String operationId,
            String method,
            String path,
            List<String> api,
            List<String> parameters,
            Map<String, String> parametersNotSupported,
            List<String> validatedBy) {

        /** Copies the lists. */
        public Implemented {
            api = List.copyOf(api);
            parameters = List.copyOf(parameters);
            parametersNotSupported = Map.copyOf(parametersNotSupported);
            validatedBy = List.copyOf(validatedBy);
        }
    }

    /**
     * An operation the library deliberately does not call.
     *
     * @param operationId the spec's operation id
     * @param method the HTTP method
     * @param path the path template
     * @param reason why it is left out
     */
    public record OutOfScope(String operationId, String method, String path, String reason) {}

    /** The list from the test classpath. */
    public static Conformance load() {
        try (InputStream in = Conformance.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("no " + RESOURCE + " on the test classpath");
            }
            return JsonMapper.builder().build().readValue(in, Conformance.class);
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** The {@code operationId}s of both lists, implemented first. */
    public List<String> operationIds() {
        return Stream.concat(
                        implemented.stream().map(Implemented::operationId),
                        outOfScope.stream().map(OutOfScope::operationId))
                .toList();
    }
}
