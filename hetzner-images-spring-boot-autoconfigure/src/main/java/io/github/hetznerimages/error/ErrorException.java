package io.github.hetznerimages.error;

import io.github.hetznerimages.client.RateLimit;
import java.util.Objects;
import java.util.Optional;

/**
 * The API answered with its error envelope {@code {"error":{"code","message","details"}}}. Carries the HTTP
 * status, the API's code (raw and typed), its message and details, the {@code X-Correlation-Id} to quote to
 * Hetzner support, and the rate-limit headers of the answer. Branch on it with the predicates
 * ({@link #isNotFound()}, {@link #isRateLimited()}, ...) or {@link #is(ErrorCode)}.
 */
public class ErrorException extends HetznerException {

    private static final long serialVersionUID = 1L;

    private final String method;
    private final String path;
    private final int status;
    private final String code;
    private final String apiMessage;
    private final transient ErrorDetails details;
    private final String correlationId;
    private final transient RateLimit rateLimit;

    /**
     * Creates the exception for one error answer.
     *
     * @param method the HTTP method of the request
     * @param path the path template of the request, e.g. {@code /images/{id}}
     * @param status the HTTP status of the answer
     * @param code the API's error code, e.g. {@code not_found}
     * @param apiMessage the API's human-readable message
     * @param details the structured details, {@link ErrorDetails#NONE} when none
     * @param correlationId the {@code X-Correlation-Id} header, or {@code null}
     * @param rateLimit the rate-limit headers of the answer, or {@code null}
     */
    public ErrorException(
            String method,
            String path,
            int status,
            String code,
            String apiMessage,
            ErrorDetails details,
            String correlationId,
            RateLimit rateLimit) {
        super(describe(method, path, status, code, apiMessage, correlationId));
        this.method = method;
        this.path = path;
        this.status = status;
        this.code = Objects.requireNonNullElse(code, "");
        this.apiMessage = Objects.requireNonNullElse(apiMessage, "");
        this.details = Objects.requireNonNullElse(details, ErrorDetails.NONE);
        this.correlationId = correlationId;
        this.rateLimit = rateLimit;
    }

    /** Copies another error answer, for subclasses that give it a more specific type. */
    protected ErrorException(ErrorException source) {
        this(
                source.method,
                source.path,
                source.status,
                source.code,
                source.apiMessage,
                source.details,
                source.correlationId,
                source.rateLimit);
    }

    private static String describe(
            String method, String path, int status, String code, String message, String correlationId) {
        StringBuilder text = new StringBuilder()
                .append(method)
                .append(' ')
                .append(path)
                .append(" failed: HTTP ")
                .append(status)
                .append(' ')
                .append(code)
                .append(": ")
                .append(message);
        if (correlationId != null) {
            text.append(" (correlation id ").append(correlationId).append(')');
        }
        return text.toString();
    }

    /** The HTTP method of the failed request. */
    public String method() {
        return method;
    }

    /** The path template of the failed request, e.g. {@code /images/{id}}; never holds ids or query values. */
    public String path() {
        return path;
    }

    /** The HTTP status of the answer. */
    public int status() {
        return status;
    }

    /** The API's error code as it sent it, e.g. {@code not_found}. */
    public String code() {
        return code;
    }

    /** The API's error code as a constant, {@link ErrorCode#UNKNOWN} for codes this library does not know. */
    public ErrorCode errorCode() {
        return ErrorCode.fromValue(code);
    }

    /** The API's own message, without the request context that {@link #getMessage()} adds. */
    public String apiMessage() {
        return apiMessage;
    }

    /** The structured details of the error ({@link ErrorDetails#NONE} when the API sent none). */
    public ErrorDetails details() {
        return details;
    }

    /** The {@code X-Correlation-Id} of the answer, to quote when asking Hetzner support. */
    public Optional<String> correlationId() {
        return Optional.ofNullable(correlationId);
    }

    /** The rate-limit headers of the answer, when it had them. */
    public Optional<RateLimit> rateLimit() {
        return Optional.ofNullable(rateLimit);
    }

    /** Whether the API answered with the given code. */
    public boolean is(ErrorCode expected) {
        return errorCode() == expected;
    }

    /** Whether the resource does not exist ({@code not_found}). */
    public boolean isNotFound() {
        return is(ErrorCode.NOT_FOUND);
    }

    /** Whether the rate limit was exceeded ({@code rate_limit_exceeded} or HTTP 429). */
    public boolean isRateLimited() {
        return is(ErrorCode.RATE_LIMIT_EXCEEDED) || status == 429;
    }

    /** Whether the input was rejected ({@code invalid_input}); see {@link #details()} for the fields. */
    public boolean isInvalidInput() {
        return is(ErrorCode.INVALID_INPUT);
    }

    /** Whether the token is missing, invalid, or read-only for a write. */
    public boolean isUnauthorized() {
        return is(ErrorCode.UNAUTHORIZED) || is(ErrorCode.TOKEN_READONLY);
    }

    /** Whether the resource's protection blocked the operation ({@code protected}). */
    public boolean isProtected() {
        return is(ErrorCode.PROTECTED);
    }

    /** Whether another action is running on the resource ({@code locked}). */
    public boolean isLocked() {
        return is(ErrorCode.LOCKED);
    }

    /** Whether the resource changed while the request ran ({@code conflict}). */
    public boolean isConflict() {
        return is(ErrorCode.CONFLICT);
    }
}
