package io.github.hetznerimages.test;

import static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder.responseDefinition;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.http.QueryParameter;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Answers every request from the {@link FakeStore}: finds the {@link FakeRoute}, applies a planned
 * {@link FakeFault}, checks the token, reads ids, query and body, calls the store, and writes the answer with the
 * API's {@code RateLimit-*} and {@code X-Correlation-Id} headers and error envelope. Records each request.
 */
final class FakeTransformer implements ResponseDefinitionTransformerV2 {

    static final String NAME = "hetzner-images-fake";

    private final FakeStore store;
    private final RateLimitBucket rateLimit;
    private final Faults faults;
    private final String basePath;
    private final String authorization;
    private final AtomicLong correlationIds = new AtomicLong();
    private final List<FakeRequest> journal = new ArrayList<>();

    FakeTransformer(FakeStore store, RateLimitBucket rateLimit, Faults faults, String basePath, String token) {
        this.store = store;
        this.rateLimit = rateLimit;
        this.faults = faults;
        this.basePath = basePath;
        this.authorization = "Bearer " + token;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    @Override
    public ResponseDefinition transform(ServeEvent serveEvent) {
        LoggedRequest request = serveEvent.getRequest();
        String fullPath = request.getUrl().replaceFirst("\\?.*$", "");
        boolean underBase = fullPath.startsWith(basePath + "/");
        String path = underBase ? fullPath.substring(basePath.length()) : fullPath;
        Optional<FakeRoute> route =
                underBase ? FakeRoute.find(request.getMethod().getName(), path) : Optional.empty();
        Optional<FakeFault> fault = route.flatMap(faults::take);
        ResponseDefinitionBuilder answer;
        if (fault.isPresent() && fault.get().kind() != FakeFault.Kind.SLOW) {
            answer = faulted(fault.get());
        } else {
            answer = answer(route, request, path);
            if (fault.isPresent()) {
                answer.withFixedDelay((int) fault.get().delay().toMillis());
            }
        }
        ResponseDefinition definition = answer.build();
        record(request, path, definition.getFault() == null ? definition.getStatus() : 0);
        return definition;
    }

    /** The requests received so far, oldest first. */
    List<FakeRequest> journal() {
        synchronized (journal) {
            return List.copyOf(journal);
        }
    }

    /** Forgets the requests received so far. */
    void clearJournal() {
        synchronized (journal) {
            journal.clear();
        }
    }

    private ResponseDefinitionBuilder answer(Optional<FakeRoute> route, LoggedRequest request, String path) {
        ResponseDefinitionBuilder answer;
        try {
            if (!authorization.equals(request.getHeader("Authorization"))) {
                throw FakeApiError.unauthorized();
            }
            answer = route.map(r -> route(r, request, segments(path)))
                    .orElseThrow(() -> new FakeApiError(
                            404, "not_found", "no such endpoint: " + request.getMethod() + " " + path));
        } catch (FakeApiError error) {
            answer = error(error.status(), error.code(), error.getMessage());
        }
        return withHeaders(answer, false);
    }

    private ResponseDefinitionBuilder faulted(FakeFault fault) {
        return switch (fault.kind()) {
            case RESET -> responseDefinition().withFault(Fault.CONNECTION_RESET_BY_PEER);
            case UNDECODABLE ->
                withHeaders(
                        responseDefinition()
                                .withStatus(200)
                                .withHeader("Content-Type", "application/json")
                                .withBody("{\"image\": {\"id\": 42, \"na"),
                        false);
            default -> withHeaders(error(fault.status(), fault.code(), fault.message()), fault.status() == 429);
        };
    }

    private ResponseDefinitionBuilder route(FakeRoute route, LoggedRequest request, List<String> path) {
        return switch (route) {
            case LIST_IMAGES -> json(200, ImageQuery.from(query(request)).answer(store.images()));
            case LIST_IMAGES_ACTIONS ->
                json(200, ActionQuery.from(query(request), true).answer(store.imageActions()));
            case GET_IMAGES_ACTION -> json(200, WireJson.wrap("action", store.imageAction(id(path, 2))));
            case GET_IMAGE -> json(200, WireJson.wrap("image", store.image(id(path, 1))));
            case UPDATE_IMAGE -> json(200, WireJson.wrap("image", store.update(id(path, 1), body(request))));
            case DELETE_IMAGE -> {
                store.delete(id(path, 1));
                yield responseDefinition().withStatus(204);
            }
            case LIST_IMAGE_ACTIONS ->
                json(200, ActionQuery.from(query(request), false).answer(store.actionsOf(id(path, 1))));
            case GET_IMAGE_ACTION -> json(200, WireJson.wrap("action", imageAction(id(path, 1), id(path, 3))));
            case CHANGE_PROTECTION ->
                json(201, WireJson.wrap("action", store.changeProtection(id(path, 1), body(request))));
            case CREATE_IMAGE -> json(201, store.createImage(id(path, 1), body(request)));
            case LIST_ACTIONS -> json(200, actionList(store.actions(requiredIds(query(request)))));
            case GET_ACTION -> json(200, WireJson.wrap("action", store.action(id(path, 1))));
        };
    }

    private ObjectNode imageAction(long imageId, long actionId) {
        return store.actionsOf(imageId).stream()
                .filter(a -> a.get("id").asLong() == actionId)
                .findFirst()
                .orElseThrow(() -> FakeApiError.notFound("action", actionId));
    }

    private static Set<Long> requiredIds(QueryParams query) {
        Set<Long> ids = query.ids("id");
        if (ids.isEmpty()) {
            throw FakeApiError.invalidInput("id is required");
        }
        return ids;
    }

    private ResponseDefinitionBuilder withHeaders(ResponseDefinitionBuilder answer, boolean exhausted) {
        long[] limit = rateLimit.take();
        return answer.withHeader("RateLimit-Limit", String.valueOf(limit[0]))
                .withHeader("RateLimit-Remaining", exhausted ? "0" : String.valueOf(limit[1]))
                .withHeader("RateLimit-Reset", String.valueOf(limit[2]))
                .withHeader("X-Correlation-Id", "local-" + correlationIds.incrementAndGet());
    }

    private void record(LoggedRequest request, String path, int status) {
        Map<String, List<String>> query = new LinkedHashMap<>();
        request.getQueryParams().forEach((name, parameter) -> query.put(name, List.copyOf(parameter.values())));
        String body = request.getBodyAsString();
        synchronized (journal) {
            journal.add(new FakeRequest(
                    request.getMethod().getName(), path, query, request.getUrl(), body == null ? "" : body, status));
        }
    }

    private static List<String> segments(String path) {
        return List.of(path.replaceFirst("^/", "").split("/"));
    }

    private static long id(List<String> path, int index) {
        String raw = path.get(index);
        try {
            long id = Long.parseLong(raw);
            if (id >= 1) {
                return id;
            }
        } catch (NumberFormatException ex) {
            // reported below
        }
        throw FakeApiError.invalidInput("invalid id '" + raw + "'");
    }

    private static QueryParams query(LoggedRequest request) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        for (Map.Entry<String, QueryParameter> e : request.getQueryParams().entrySet()) {
            params.put(e.getKey(), List.copyOf(e.getValue().values()));
        }
        return new QueryParams(params);
    }

    private static JsonNode body(LoggedRequest request) {
        return WireJson.body(request.getBodyAsString());
    }

    private static ObjectNode actionList(List<ObjectNode> actions) {
        ObjectNode answer = WireJson.MAPPER.createObjectNode();
        answer.putArray("actions").addAll(actions);
        return answer;
    }

    private static ResponseDefinitionBuilder error(int status, String code, String message) {
        ObjectNode envelope = WireJson.MAPPER.createObjectNode();
        envelope.putObject("error").put("code", code).put("message", message).putNull("details");
        return json(status, envelope);
    }

    private static ResponseDefinitionBuilder json(int status, JsonNode body) {
        return responseDefinition()
                .withStatus(status)
                .withHeader("Content-Type", "application/json")
                .withBody(WireJson.MAPPER.writeValueAsString(body));
    }
}
