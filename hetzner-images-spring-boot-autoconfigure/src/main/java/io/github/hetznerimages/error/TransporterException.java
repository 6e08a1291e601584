package io.github.hetznerimages.error;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The call produced no usable answer: the connection failed or was reset, it timed out, or the answer was
 * empty, truncated, not JSON (an HTML page from a proxy) or JSON that does not decode, or it contradicts the
 * request (pages of a list that do not add up). The cause is kept, and {@link #reason()} says which of these
 * happened.
 *
 * <p>{@link #outcomeUnknown()} tells whether the API may have processed the request anyway. For a request that
 * creates something (a snapshot), look for the result before trying again: the message says how.
 */
public class TransporterException extends HetznerException {

    private static final long serialVersionUID = 1L;

    private final String method;
    private final String path;
    private final int status;
    private final boolean outcomeUnknown;
    private final Reason reason;

    /**
     * Creates the exception.
     *
     * @param message what went wrong, without secrets or whole response bodies
     * @param reason which kind of failure it is
     * @param method the HTTP method of the request
     * @param path the path template of the request
     * @param status the HTTP status of the answer, or {@code 0} when there was none
     * @param outcomeUnknown whether the API may have processed the request
     * @param cause the underlying failure, or {@code null}
     */
    public TransporterException(
            String message,
            Reason reason,
            String method,
            String path,
            int status,
            boolean outcomeUnknown,
            Throwable cause) {
        super(message, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
        this.method = method;
        this.path = path;
        this.status = status;
        this.outcomeUnknown = outcomeUnknown;
    }

    /**
     * Creates the exception for a failure outside the kinds the HTTP layer tells apart ({@link Reason#OTHER}).
     *
     * @param message what went wrong, without secrets or whole response bodies
     * @param method the HTTP method of the request
     * @param path the path template of the request
     * @param status the HTTP status of the answer, or {@code 0} when there was none
     * @param outcomeUnknown whether the API may have processed the request
     * @param cause the underlying failure, or {@code null}
     */
    public TransporterException(
            String message, String method, String path, int status, boolean outcomeUnknown, Throwable cause) {
        this(message, Reason.OTHER, method, path, status, outcomeUnknown, cause);
    }

    /** Which kind of failure this is. */
    public Reason reason() {
        return reason;
    }

    /** The HTTP method of the failed request. */
    public String method() {
        return method;
    }

    /** The path template of the failed request, e.g. {@code /images/{id}}. */
    public String path() {
        return path;
    }

    /** The HTTP status of the answer; {@code null} when no answer arrived. */
    public @Nullable Integer status() {
        return status > 0 ? status : null;
    }

    /**
     * Whether the API may have processed the request although no usable answer arrived (a time-out or a reset
     * after the request was sent, or an answer that could not be read). {@code false} when the request provably
     * had no effect: it never reached the API, or the API refused it.
     */
    public boolean outcomeUnknown() {
        return outcomeUnknown;
    }

    /** The kinds of failure a {@link TransporterException} stands for. */
    public enum Reason {
        /** The connection could not be made (refused, unknown host, connect time-out): nothing was sent. */
        CONNECT_FAILED,
        /** No complete answer arrived within the read time-out. */
        TIMED_OUT,
        /** The connection was reset or closed before a complete answer arrived. */
        CONNECTION_LOST,
        /** The answer had no body where one was needed. */
        EMPTY_BODY,
        /** The JSON body ended early. */
        TRUNCATED_BODY,
        /** The body is not JSON, or not the API's error envelope (e.g. an HTML page from a proxy). */
        NOT_JSON,
        /** The body is JSON but not of the expected shape. */
        UNDECODABLE,
        /** A status the API does not send, such as a redirect. */
        UNEXPECTED_STATUS,
        /**
         * A request that is not safe to repeat got an error answer from the API's backend (HTTP 5xx other than
         * {@code unavailable}), so it may have been processed; the {@link ErrorException} is the cause.
         */
        SERVER_ERROR,
        /** The thread was interrupted while sending or waiting. */
        INTERRUPTED,
        /**
         * The answer contradicts the request or the answers before it, so following it could loop or read the
         * wrong data: a page of a list that is not the page asked for, or whose {@code next_page} points back to a
         * page already requested or past its {@code last_page}. The message says what the server answered.
         */
        INCONSISTENT_ANSWER,
        /** Any other failure, raised by code built on the client. */
        OTHER
    }
}
