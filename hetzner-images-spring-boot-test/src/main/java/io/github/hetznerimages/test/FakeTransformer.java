package io.github.hetznerimages.test;

import static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder.responseDefinition;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.QueryParameter;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Answers every demo stub from the {@link FakeStore}. Each stub names its API operation (the spec's
 * {@code operationId}) in the transformer parameter {@code operation}; this class checks the token, reads ids,
 * query and body, calls the store, and writes the answer with the API's headers and error envelope.
 */
final class FakeTransformer implements ResponseDefinitionTransformerV2 {

    static final String NAME = "hetzner-demo";
    static final String OPERATION = "operation";

    private final FakeStore store;
    private final RateLimitBucket rateLimit;
    private final String basePath;
    private final AtomicLong correlationIds = new AtomicLong();

    FakeTransformer(FakeStore store, RateLimitBucket rateLimit, String basePath) {
        this.store = store;
        this.rateLimit = rateLimit;
        this.basePath = basePath;
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
        String operation = serveEvent.getTransformerParameters().getString(OPERATION, "unknown");
        ResponseDefinitionBuilder answer;
        try {
            if (!("Bearer " + DemoApi.TOKEN).equals(request.getHeader("Authorization"))) {
                throw new FakeApiError(401, "unauthorized", "unable to authenticate");
            }
            answer = route(operation, request);
        } catch (FakeApiError error) {
            answer = error(error);
        }
        long[] limit = rateLimit.take();
        return answer.withHeader("RateLimit-Limit", String.valueOf(limit[0]))
                .withHeader("RateLimit-Remaining", String.valueOf(limit[1]))
                .withHeader("RateLimit-Reset", String.valueOf(limit[2]))
                .withHeader("X-Correlation-Id", "local-" + correlationIds.incrementAndGet())
                .build();
    }

    private ResponseDefinitionBuilder route(String operation, LoggedRequest request) {
        List<String> path = segments(request);
        return switch (operation) {
            case "list_images" ->
                json(200, ImageQuery.from(query(request)).answer(store.images(), WireJson.MAPPER));
            case "get_image" -> json(200, wrap("image", store.image(id(path, 1))));
            case "update_image" -> json(200, wrap("image", store.update(id(path, 1), body(request))));
            case "delete_image" -> {
                store.delete(id(path, 1));
                yield responseDefinition().withStatus(204);
            }
            case "change_image_protection" ->
                json(201, wrap("action", store.changeProtection(id(path, 1), body(request))));
            case "create_server_image" -> json(201, store.createImage(id(path, 1), body(request)));
            case "get_action" -> json(200, wrap("action", store.action(id(path, 1))));
            case "get_images_action" -> json(200, wrap("action", store.action(id(path, 2))));
            case "list_image_actions" -> json(200, actionList(store.actionsOf(id(path, 1))));
            default ->
                throw new FakeApiError(
                        404, "not_found", "no such endpoint: " + request.getMethod() + " /" + String.join("/", path));
        };
    }

    private List<String> segments(LoggedRequest request) {
        String url = request.getUrl();
        int query = url.indexOf('?');
        String path = query < 0 ? url : url.substring(0, query);
        if (path.startsWith(basePath)) {
            path = path.substring(basePath.length());
        }
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

    private static Map<String, List<String>> query(LoggedRequest request) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        for (Map.Entry<String, QueryParameter> e : request.getQueryParams().entrySet()) {
            params.put(e.getKey(), List.copyOf(e.getValue().values()));
        }
        return params;
    }

    private static JsonNode body(LoggedRequest request) {
        return WireJson.body(request.getBodyAsString());
    }

    private static ObjectNode wrap(String property, ObjectNode value) {
        ObjectNode envelope = WireJson.MAPPER.createObjectNode();
        envelope.set(property, value);
        return envelope;
    }

    private static ObjectNode actionList(List<ObjectNode> actions) {
        ObjectNode answer = WireJson.MAPPER.createObjectNode();
        answer.putArray("actions").addAll(actions);
        ObjectNode pagination = answer.putObject("meta").putObject("pagination");
        pagination.put("page", 1).put("per_page", Math.max(25, actions.size()));
        pagination.putNull("previous_page").putNull("next_page");
        pagination.put("last_page", 1).put("total_entries", actions.size());
        return answer;
    }

    private static ResponseDefinitionBuilder error(FakeApiError error) {
        ObjectNode envelope = WireJson.MAPPER.createObjectNode();
        envelope.putObject("error")
                .put("code", error.code())
                .put("message", error.getMessage())
                .putNull("details");
        return json(error.status(), envelope);
    }

    private static ResponseDefinitionBuilder json(int status, JsonNode body) {
        return responseDefinition()
                .withStatus(status)
                .withHeader("Content-Type", "application/json")
                .withBody(WireJson.MAPPER.writeValueAsString(body));
    }
}
