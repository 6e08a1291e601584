package io.github.hetznerimages.error;

import java.util.Locale;

/**
 * The error codes the Hetzner Cloud API documents (the error table of the official spec), with
 * {@link #UNKNOWN} for any code the API adds later. The raw code string is always kept on
 * {@link ErrorException#code()}.
 */
public enum ErrorCode {
    /** 400: the request body is not valid JSON. */
    JSON_ERROR,
    /** 401: the token is missing, invalid or unknown. */
    UNAUTHORIZED,
    /** 401: a read-only token was used for a request that writes. */
    TOKEN_READONLY,
    /** 403: the request is not permitted. */
    FORBIDDEN,
    /** 403: the request is blocked by maintenance. */
    MAINTENANCE,
    /** 403: a quota of the project or account is reached. */
    RESOURCE_LIMIT_EXCEEDED,
    /** 404: no such entity. */
    NOT_FOUND,
    /** 405: the method is not allowed on this path. */
    METHOD_NOT_ALLOWED,
    /** 409: a field value must be unique. */
    UNIQUENESS_ERROR,
    /** 409: the resource changed while the request ran; the request may be retried. */
    CONFLICT,
    /** 410: the functionality was removed. */
    DEPRECATED_API_ENDPOINT,
    /** 412: the resource is currently unavailable. */
    RESOURCE_UNAVAILABLE,
    /** 422: the input could not be parsed or processed. */
    INVALID_INPUT,
    /** 422: an error inside a service. */
    SERVICE_ERROR,
    /** 422: the resource does not support this action. */
    UNSUPPORTED_ERROR,
    /** 423: another action is running on the item. */
    LOCKED,
    /** 423: the operation is blocked by the resource's protection. */
    PROTECTED,
    /** 429: too many requests. */
    RATE_LIMIT_EXCEEDED,
    /** 500: an error in the API's backend. */
    SERVER_ERROR,
    /** 502: the backend could not answer; the request may be retried. */
    BAD_GATEWAY,
    /** 503: the service or product is not available now. */
    UNAVAILABLE,
    /** 504: no answer in time; the request may be retried. */
    TIMEOUT,
    /** A code this version of the library does not know. */
    UNKNOWN;

    /** The code as the API spells it, e.g. {@code not_found}. */
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Maps an API code string to its constant, {@link #UNKNOWN} when it is absent or not known. */
    public static ErrorCode fromValue(String code) {
        if (code == null || code.isBlank()) {
            return UNKNOWN;
        }
        for (ErrorCode candidate : values()) {
            if (candidate != UNKNOWN && candidate.value().equals(code)) {
                return candidate;
            }
        }
        return UNKNOWN;
    }
}
