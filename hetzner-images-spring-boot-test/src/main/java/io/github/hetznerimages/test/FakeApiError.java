package io.github.hetznerimages.test;

/**
 * A request the fake refuses, answered with the Hetzner error envelope {@code {"error":{"code","message"}}}
 * and the status the real API uses for that code.
 */
final class FakeApiError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String code;

    FakeApiError(int status, String code, String message) {
        super(message);
        this.status = status;
        this.code = code;
    }

    static FakeApiError unauthorized() {
        return new FakeApiError(401, "unauthorized", "unable to authenticate");
    }

    static FakeApiError notFound(String what, Object id) {
        return new FakeApiError(404, "not_found", what + " with ID '" + id + "' not found");
    }

    static FakeApiError invalidInput(String message) {
        return new FakeApiError(422, "invalid_input", message);
    }

    static FakeApiError unsupported(String message) {
        return new FakeApiError(422, "unsupported_error", message);
    }

    static FakeApiError locked(String message) {
        return new FakeApiError(423, "locked", message);
    }

    static FakeApiError protectedImage(long id) {
        return new FakeApiError(423, "protected", "image with ID '" + id + "' is delete protected");
    }

    int status() {
        return status;
    }

    String code() {
        return code;
    }
}
