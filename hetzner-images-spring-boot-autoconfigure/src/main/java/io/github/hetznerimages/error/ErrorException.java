package io.github.hetznerimages.error;

import io.github.hetznerimages.RateLimit;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The API answered with its error envelope {@code {"error":{"code","message","details"}}}. Carries the HTTP
 * status, the API's code (raw and typed), its message and details, the {@code X-Correlation-Id} to quote to
 * Hetzner support, and the rate-limit state when the answer arrived. Branch on it with the predicates
 * ({@link #isNotFound()}, {@link #isRateLimited()}, ...) or {@link #is(ErrorCode)}.
 *
 * <p>{@link #getMessage()} reads {@code GET /images/{id} failed: HTTP 404 not_found: image not found (correlation
 * id abc)}: the path template, never ids, query values or the token; the API's message is cut at
 * {@value #MESSAGE_LIMIT} characters there ({@link #apiMessage()} has it whole).
 */
public class ErrorException extends HetznerException {

    /** The longest part of the API's message that {@link #getMessage()} quotes. */
    public static final int MESSAGE_LIMIT = 500;

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
     * @param rateLimit the rate-limit state when the answer arrived, or {@code null}
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
                .append(code == null || code.isEmpty() ? "(no code)" : code)
                .append(": ")
                .append(bounded(message));
        if (correlationId != null) {
            text.append(" (correlation id ").append(correlationId).append(')');
        }
        return text.toString();
    }

    private static String bounded(String message) {
        if (message == null) {
            return "";
        }
        return message.length() <= MESSAGE_LIMIT ? message : message.substring(0, MESSAGE_LIMIT) + "...";
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

    /** The {@code X-Correlation-Id} of the answer, to quote when asking Hetzner support; {@code null} if none. */
    public @Nullable String correlationId() {
        return correlationId;
    }

    /**
     * The rate-limit state when the answer arrived: its own {@code RateLimit-*} headers, or the latest the client
     * had seen when the answer carried none; {@code null} when no answer carried them yet.
     */
    public @Nullable RateLimit rateLimit() {
        return rateLimit;
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

    /** Whether the token lacks the permission for this request ({@code forbidden}). */
    public boolean isForbidden() {
        return is(ErrorCode.FORBIDDEN);
    }

    /** Whether a quota of the project or account is reached ({@code resource_limit_exceeded}). */
    public boolean isResourceLimitExceeded() {
        return is(ErrorCode.RESOURCE_LIMIT_EXCEEDED);
    }

    /** Whether the API's backend failed (HTTP 5xx); such errors are often transient. */
    public boolean isServerError() {
        return status >= 500;
    }
}
