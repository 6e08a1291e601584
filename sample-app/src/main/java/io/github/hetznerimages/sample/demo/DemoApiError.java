package io.github.hetznerimages.sample.demo;

/**
 * A request the demo API refuses, answered with the Hetzner error envelope {@code {"error":{"code","message"}}}
 * and the status the real API uses for that code.
 */
final class DemoApiError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String code;

    DemoApiError(int status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    static DemoApiError notFound(String what, Object id) {
        return new DemoApiError(404, "not_found", what + " with ID '" + id + "' not found");
    }

    static DemoApiError invalidInput(String message) {
        return new DemoApiError(422, "invalid_input", message);
    }

    static DemoApiError unsupported(String message) {
        return new DemoApiError(422, "unsupported_error", message);
    }

    static DemoApiError locked(String message) {
        return new DemoApiError(423, "locked", message);
    }

    static DemoApiError protectedImage(long id) {
        return new DemoApiError(423, "protected", "image with ID '" + id + "' is delete protected");
    }

    int status() {
        return status;
    }

    String code() {
        return code;
    }
}
