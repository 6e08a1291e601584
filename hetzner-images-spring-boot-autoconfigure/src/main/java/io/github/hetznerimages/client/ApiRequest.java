package io.github.hetznerimages.client;

import io.github.hetznerimages.error.TransporterException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpMethod;
import org.springframework.util.CollectionUtils;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * One call to the API, described by its method, path template (e.g. {@code /images/{id}}), variables, query and
 * body, and by whether it may be repeated. The template, never an expanded string, is what logs, exceptions and
 * metrics show, so they never carry ids or query values. Immutable.
 *
 * @param method the HTTP method
 * @param pathTemplate the path relative to the base URL, with {@code {name}} placeholders
 * @param pathVariables the values of the placeholders
 * @param query the query parameters, in order (immutable)
 * @param body the JSON body, or {@code null}
 * @param idempotent whether sending the request twice has the same effect as once, so it may be retried after a
 *     failure whose outcome is unknown
 * @param unknownOutcomeAdvice for a request that is not idempotent: what the user should check before trying
 *     again when its outcome is unknown
 */
public record ApiRequest(
        HttpMethod method,
        String pathTemplate,
        Map<String, Object> pathVariables,
        MultiValueMap<String, String> query,
        @Nullable Object body,
        boolean idempotent,
        @Nullable String unknownOutcomeAdvice) {

    private static final MultiValueMap<String, String> NO_QUERY =
            CollectionUtils.unmodifiableMultiValueMap(new LinkedMultiValueMap<>());

    /** Checks the parts and copies the variables. */
    public ApiRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(pathTemplate, "pathTemplate");
        pathVariables = Map.copyOf(pathVariables == null ? Map.of() : pathVariables);
        query = query == null || query.isEmpty() ? NO_QUERY : copyOf(query);
    }

    /** A GET of {@code pathTemplate}. */
    public static ApiRequest get(String pathTemplate) {
        return new ApiRequest(HttpMethod.GET, pathTemplate, Map.of(), NO_QUERY, null, true, null);
    }

    /** A PUT of {@code body} to {@code pathTemplate}. */
    public static ApiRequest put(String pathTemplate, Object body) {
        return new ApiRequest(HttpMethod.PUT, pathTemplate, Map.of(), NO_QUERY, body, true, null);
    }

    /** A DELETE of {@code pathTemplate}. */
    public static ApiRequest delete(String pathTemplate) {
        return new ApiRequest(HttpMethod.DELETE, pathTemplate, Map.of(), NO_QUERY, null, true, null);
    }

    /**
     * A POST whose repetition has the same effect as one call (e.g. setting protection), so it may be retried
     * like a GET.
     */
    public static ApiRequest idempotentPost(String pathTemplate, Object body) {
        return new ApiRequest(HttpMethod.POST, pathTemplate, Map.of(), NO_QUERY, body, true, null);
    }

    /**
     * A POST that creates something (e.g. an image): retried only when the API provably did not process it.
     *
     * @param unknownOutcomeAdvice what to check before trying again when the outcome is unknown
     */
    public static ApiRequest creatingPost(String pathTemplate, Object body, String unknownOutcomeAdvice) {
        return new ApiRequest(HttpMethod.POST, pathTemplate, Map.of(), NO_QUERY, body, false, unknownOutcomeAdvice);
    }

    /** A copy with one more path variable. */
    public ApiRequest withPathVariable(String name, Object value) {
        Map<String, Object> variables = new LinkedHashMap<>(pathVariables);
        variables.put(name, value);
        return new ApiRequest(method, pathTemplate, variables, query, body, idempotent, unknownOutcomeAdvice);
    }

    /** A copy with these query parameters, in order; a name with several values is repeated. */
    public ApiRequest withQuery(MultiValueMap<String, String> newQuery) {
        return new ApiRequest(method, pathTemplate, pathVariables, newQuery, body, idempotent, unknownOutcomeAdvice);
    }

    /**
     * The failure for a successful answer to this request that contradicts it, e.g. a list of actions that lacks one
     * asked for: a {@link TransporterException} with reason {@code INCONSISTENT_ANSWER}.
     *
     * @param what what the answer got wrong, for the message
     */
    public TransporterException inconsistentAnswer(String what) {
        return TransportFailures.inconsistentAnswer(this, 200, what);
    }

    /** {@code METHOD /path/{template}}, as logs and exception messages show the request. */
    public String describe() {
        return method.name() + " " + pathTemplate;
    }

    private static MultiValueMap<String, String> copyOf(MultiValueMap<String, String> query) {
        LinkedMultiValueMap<String, String> copy = new LinkedMultiValueMap<>();
        query.forEach((name, values) -> copy.put(name, List.copyOf(values)));
        return CollectionUtils.unmodifiableMultiValueMap(copy);
    }
}
