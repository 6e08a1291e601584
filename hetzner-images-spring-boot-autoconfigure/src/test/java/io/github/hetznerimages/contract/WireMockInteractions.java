package io.github.hetznerimages.contract;

import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.Response;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.HttpHeaders;
import com.github.tomakehurst.wiremock.http.LoggedResponse;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks what went over the wire in a WireMock test against the {@link ContractValidator contract}: converts each
 * {@link ServeEvent} to the validator's {@link SimpleRequest}/{@link SimpleResponse} and collects the findings.
 *
 * <p>Every request is checked, and a request no stub matched is a finding of its own (the test sent something it
 * did not expect). A response is checked only when it is meant to be API-shaped: a 2xx that is JSON or empty, or
 * a JSON error envelope ({@code {"error": {...}}}). Faults (reset connections, garbage bytes), HTML gateway pages
 * and other deliberately foreign answers are skipped.
 */
public final class WireMockInteractions {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private WireMockInteractions() {}

    /**
     * One finding line per problem in {@code events}, oldest event first; empty when everything conforms.
     *
     * @param events the serve events, as {@code WireMockServer.getAllServeEvents()} returns them (newest first)
     */
    public static List<String> violations(List<ServeEvent> events) {
        List<ServeEvent> oldestFirst = new ArrayList<>(events);
        Collections.reverse(oldestFirst);
        List<String> violations = new ArrayList<>();
        for (ServeEvent event : oldestFirst) {
            violations.addAll(violations(event));
        }
        return List.copyOf(violations);
    }

    /** The findings for one request and, when it is API-shaped, its response. */
    public static List<String> violations(ServeEvent event) {
        LoggedRequest logged = event.getRequest();
        String exchange = logged.getMethod() + " " + logged.getUrl() + " -> "
                + event.getResponse().getStatus();
        List<String> violations = new ArrayList<>();
        if (!event.getWasMatched()) {
            violations.add(exchange + ": no stub matched this request; the test did not expect it");
        }
        Request request = request(logged);
        ValidationReport report = apiResponse(event)
                .map(response -> ContractValidator.get().validate(request, response))
                .orElseGet(() -> ContractValidator.get().validate(request));
        if (report.hasErrors()) {
            violations.add(exchange + ":\n" + ContractValidator.describe(report));
        }
        return violations;
    }

    /** The validator's view of a request WireMock received. */
    public static SimpleRequest request(LoggedRequest logged) {
        String url = logged.getUrl();
        String path = url.contains("?") ? url.substring(0, url.indexOf('?')) : url;
        SimpleRequest.Builder builder =
                new SimpleRequest.Builder(logged.getMethod().getName(), path);
        logged.getQueryParams().forEach((name, parameter) -> builder.withQueryParam(name, parameter.values()));
        headers(logged.getHeaders()).forEach(header -> builder.withHeader(header.key(), header.values()));
        if (logged.getBody() != null && logged.getBody().length > 0) {
            builder.withBody(logged.getBodyAsString());
        }
        return builder.build();
    }

    /** The validator's view of the answer to {@code event}, empty when it is deliberately not API-shaped. */
    public static Optional<Response> apiResponse(ServeEvent event) {
        LoggedResponse logged = event.getResponse();
        if (!event.getWasMatched()
                || logged.getFault() != null
                || event.getResponseDefinition().getFault() != null) {
            return Optional.empty();
        }
        String body = logged.getBody() == null ? "" : logged.getBodyAsString();
        boolean success = logged.getStatus() >= 200 && logged.getStatus() < 300;
        boolean apiShaped = success ? body.isEmpty() || isJson(logged) : isJson(logged) && isErrorEnvelope(body);
        if (!apiShaped) {
            return Optional.empty();
        }
        SimpleResponse.Builder builder = new SimpleResponse.Builder(logged.getStatus());
        headers(logged.getHeaders()).forEach(header -> builder.withHeader(header.key(), header.values()));
        if (!body.isEmpty()) {
            builder.withBody(body);
        }
        return Optional.of(builder.build());
    }

    private static List<HttpHeader> headers(HttpHeaders headers) {
        return headers == null ? List.of() : List.copyOf(headers.all());
    }

    private static boolean isJson(LoggedResponse response) {
        String type = response.getHeaders() == null
                ? null
                : response.getHeaders().getContentTypeHeader().mimeTypePart();
        return type != null && (type.equals("application/json") || type.endsWith("+json"));
    }

    private static boolean isErrorEnvelope(String body) {
        try {
            JsonNode tree = JSON.readTree(body);
            return tree.isObject() && tree.path("error").isObject();
        } catch (JacksonException ex) {
            return false;
        }
    }
}
