package io.github.hetznerimages.test;

import java.util.List;
import java.util.Optional;

/**
 * The API operations the fake answers, one per method and path (the spec's {@code operationId} in brackets), so
 * that a test can aim a {@link FakeFault} at one of them or look for its requests.
 */
public enum FakeRoute {
    /** {@code GET /images} ({@code list_images}). */
    LIST_IMAGES("GET", "/images"),
    /** {@code GET /images/actions} ({@code list_images_actions}). */
    LIST_IMAGES_ACTIONS("GET", "/images/actions"),
    /** {@code GET /images/actions/{id}} ({@code get_images_action}). */
    GET_IMAGES_ACTION("GET", "/images/actions/{id}"),
    /** {@code GET /images/{id}} ({@code get_image}). */
    GET_IMAGE("GET", "/images/{id}"),
    /** {@code PUT /images/{id}} ({@code update_image}). */
    UPDATE_IMAGE("PUT", "/images/{id}"),
    /** {@code DELETE /images/{id}} ({@code delete_image}). */
    DELETE_IMAGE("DELETE", "/images/{id}"),
    /** {@code GET /images/{id}/actions} ({@code list_image_actions}). */
    LIST_IMAGE_ACTIONS("GET", "/images/{id}/actions"),
    /** {@code GET /images/{id}/actions/{action_id}} ({@code get_image_action}, deprecated by the API). */
    GET_IMAGE_ACTION("GET", "/images/{id}/actions/{action_id}"),
    /** {@code POST /images/{id}/actions/change_protection} ({@code change_image_protection}). */
    CHANGE_PROTECTION("POST", "/images/{id}/actions/change_protection"),
    /** {@code POST /servers/{id}/actions/create_image} ({@code create_server_image}). */
    CREATE_IMAGE("POST", "/servers/{id}/actions/create_image"),
    /** {@code GET /actions?id=..} ({@code get_actions}). */
    LIST_ACTIONS("GET", "/actions"),
    /** {@code GET /actions/{id}} ({@code get_action}). */
    GET_ACTION("GET", "/actions/{id}");

    private final String method;
    private final String pathTemplate;

    FakeRoute(String method, String pathTemplate) {
        this.method = method;
        this.pathTemplate = pathTemplate;
    }

    /** The HTTP method, e.g. {@code GET}. */
    public String method() {
        return method;
    }

    /** The path template below the base URL, e.g. {@code /images/{id}}. */
    public String pathTemplate() {
        return pathTemplate;
    }

    /** Whether a request with this method and path (below the base URL, without query) is this operation. */
    public boolean matches(String requestMethod, String path) {
        if (!method.equalsIgnoreCase(requestMethod)) {
            return false;
        }
        List<String> template = segments(pathTemplate);
        List<String> actual = segments(path);
        if (template.size() != actual.size()) {
            return false;
        }
        for (int i = 0; i < template.size(); i++) {
            if (!template.get(i).startsWith("{") && !template.get(i).equals(actual.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** The operation a request is, empty for anything the fake does not serve. */
    static Optional<FakeRoute> find(String method, String path) {
        for (FakeRoute route : values()) {
            if (route.matches(method, path)) {
                return Optional.of(route);
            }
        }
        return Optional.empty();
    }

    private static List<String> segments(String path) {
        return List.of(path.replaceFirst("^/", "").split("/", -1));
    }
}
