package io.github.hetznerimages.error;

import java.util.OptionalInt;

/**
 * The call produced no usable answer: the connection failed or was reset, it timed out, or the answer was
 * empty, truncated, not JSON (an HTML page from a proxy) or JSON that does not decode. The cause is kept.
 *
 * <p>{@link #outcomeUnknown()} tells whether the API may have processed the request anyway. For a request
 * that creates something (a snapshot), check for the result before trying again.
 */
public class TransporterException extends HetznerException {

    private static final long serialVersionUID = 1L;

    private final String method;
    private final String path;
    private final int status;
    private final boolean outcomeUnknown;

    /**
     * Creates the exception.
     *
     * @param message what went wrong, without secrets or response bodies
     * @param method the HTTP method of the request
     * @param path the path template of the request
     * @param status the HTTP status of the answer, or {@code 0} when there was none
     * @param outcomeUnknown whether the API may have processed the request
     * @param cause the underlying failure, or {@code null}
     */
    public TransporterException(
            String message, String method, String path, int status, boolean outcomeUnknown, Throwable cause) {
        super(message, cause);
        this.method = method;
        this.path = path;
        this.status = status;
        this.outcomeUnknown = outcomeUnknown;
    }

    /** The HTTP method of the failed request. */
    public String method() {
        return method;
    }

    /** The path template of the failed request, e.g. {@code /images/{id}}. */
    public String path() {
        return path;
    }

    /** The HTTP status of the answer, empty when no answer arrived. */
    public OptionalInt status() {
        return status > 0 ? OptionalInt.of(status) : OptionalInt.empty();
    }

    /**
     * Whether the API may have processed the request although no usable answer arrived (a time-out or a reset
     * after the request was sent). {@code false} when the request provably never reached the API.
     */
    public boolean outcomeUnknown() {
        return outcomeUnknown;
    }
}
