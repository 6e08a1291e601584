package io.github.hetznerimages.client;

import io.github.hetznerimages.RateLimit;
import io.github.hetznerimages.error.ErrorDetails;
import io.github.hetznerimages.error.ErrorException;
import io.github.hetznerimages.error.TransporterException;
import io.github.hetznerimages.error.TransporterException.Reason;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.util.StreamUtils;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Decodes answers: success bodies into wire types, error bodies into {@link ErrorException}s, and anything else
 * into a {@link TransporterException} that says what was wrong with it. Never puts a whole body into a message;
 * at TRACE it logs the start of each body.
 */
final class ResponseReader {

    /** Error bodies are read up to this size; the envelope is small, a proxy's HTML page need not be read whole. */
    static final int ERROR_BODY_LIMIT = 64 * 1024;

    /**
     * Success bodies are read up to this size: 500 times a page of 50 images, so only a broken server or proxy
     * reaches it.
     */
    static final int SUCCESS_BODY_LIMIT = 16 * 1024 * 1024;

    /** How much of a body a TRACE line shows. */
    static final int TRACE_BODY_LIMIT = 2048;

    /** How much of an unusable body an exception message quotes. */
    static final int MESSAGE_BODY_LIMIT = 120;

    private static final Logger log = LoggerFactory.getLogger(HetznerClient.class);
    private static final String JSON = MediaType.APPLICATION_JSON_VALUE;
    private static final TypeReference<Map<String, Object>> RAW_DETAILS = new TypeReference<>() {};

    private final JsonMapper mapper;
    private final SafeText text;

    ResponseReader(JsonMapper mapper, SafeText text) {
        this.mapper = mapper;
        this.text = text;
    }

    /**
     * Decodes a 2xx body; empty, oversized, non-JSON, truncated and undecodable bodies become TransporterExceptions.
     * The body is read whole first (the API's answers are a few kilobytes, a page of 50 images about 35 KB), which
     * lets Jackson parse from memory and leaves the connection ready for the next request.
     */
    <T> T success(ApiRequest request, int status, HttpHeaders headers, InputStream body, Class<T> type) {
        if (!declaresJson(headers)) {
            MediaType contentType = headers.getContentType();
            if (contentType != null && !isJson(contentType)) {
                throw TransportFailures.unusable(
                        request, status, Reason.NOT_JSON, "a body that is not JSON (" + contentType + ")", null, text);
            }
        }
        byte[] bytes;
        try {
            bytes = body.readNBytes(SUCCESS_BODY_LIMIT + 1);
        } catch (IOException ex) {
            throw lost(request, status, ex);
        }
        if (log.isTraceEnabled()) {
            log.trace("{} <- HTTP {} body: {}", request.describe(), status, text.preview(bytes, TRACE_BODY_LIMIT));
        }
        if (bytes.length == 0) {
            throw TransportFailures.unusable(request, status, Reason.EMPTY_BODY, "an empty body", null, text);
        }
        if (bytes.length > SUCCESS_BODY_LIMIT) {
            throw TransportFailures.unusable(
                    request, status, Reason.UNDECODABLE, "a body over " + SUCCESS_BODY_LIMIT + " bytes", null, text);
        }
        T value;
        try {
            value = mapper.readValue(bytes, type);
        } catch (JacksonException ex) {
            throw undecodable(request, status, ex);
        }
        if (value == null) {
            throw TransportFailures.unusable(request, status, Reason.UNDECODABLE, "a JSON null body", null, text);
        }
        return value;
    }

    /**
     * Checks the body of a 2xx answer that carries no value (e.g. to DELETE): empty or JSON is fine, anything
     * else (an HTML page, text) is a {@link TransporterException}. Read as tokens, never held whole.
     */
    void noContent(ApiRequest request, int status, HttpHeaders headers, InputStream body) {
        PushbackInputStream stream = new PushbackInputStream(body, 1);
        int first;
        try {
            first = stream.read();
        } catch (IOException ex) {
            throw lost(request, status, ex);
        }
        if (first < 0) {
            return;
        }
        MediaType contentType = headers.getContentType();
        if (contentType != null && !isJson(contentType)) {
            throw TransportFailures.unusable(
                    request, status, Reason.NOT_JSON, "a body that is not JSON (" + contentType + ")", null, text);
        }
        try {
            stream.unread(first);
            try (JsonParser parser = mapper.createParser(StreamUtils.nonClosing(stream))) {
                while (parser.nextToken() != null) {
                    parser.skipChildren();
                }
            }
        } catch (IOException | JacksonIOException ex) {
            throw lost(request, status, ex instanceof JacksonIOException && ex.getCause() != null ? ex.getCause() : ex);
        } catch (JacksonException ex) {
            throw undecodable(request, status, ex);
        }
    }

    /**
     * Decodes an error answer (HTTP 4xx/5xx): the API's envelope becomes an {@link ErrorException}; a body that is
     * not the envelope (an HTML page from a proxy, nothing at all) becomes a {@link TransporterException}.
     *
     * @param rateLimit the rate-limit state to carry on the exception, or {@code null}
     */
    RuntimeException error(
            ApiRequest request,
            int status,
            HttpHeaders headers,
            InputStream body,
            String correlationId,
            RateLimit rateLimit) {
        byte[] bytes;
        try {
            bytes = body.readNBytes(ERROR_BODY_LIMIT);
        } catch (IOException ex) {
            return lost(request, status, ex);
        }
        if (log.isTraceEnabled()) {
            log.trace("{} <- HTTP {} body: {}", request.describe(), status, text.preview(bytes, TRACE_BODY_LIMIT));
        }
        if (bytes.length == 0) {
            return TransportFailures.unusable(request, status, Reason.EMPTY_BODY, "an empty error body", null, text);
        }
        JsonNode error = envelope(bytes);
        if (error == null) {
            MediaType contentType = headers.getContentType();
            String what = "a body that is not the API's error envelope"
                    + (contentType == null ? "" : " (" + contentType + ")")
                    + ": " + text.preview(bytes, MESSAGE_BODY_LIMIT);
            return TransportFailures.unusable(request, status, Reason.NOT_JSON, what, null, text);
        }
        return new ErrorException(
                request.method().name(),
                request.pathTemplate(),
                status,
                string(error.path("code")),
                text.bounded(string(error.path("message")), ERROR_BODY_LIMIT),
                details(error.path("details")),
                correlationId == null ? null : text.bounded(correlationId, MESSAGE_BODY_LIMIT),
                rateLimit);
    }

    /** The {@code error} object of an envelope with a textual {@code code}, {@code null} otherwise. */
    private JsonNode envelope(byte[] bytes) {
        JsonNode root;
        try {
            root = mapper.readTree(bytes);
        } catch (JacksonException ex) {
            return null;
        }
        JsonNode error = root == null ? null : root.path("error");
        return error != null && error.isObject() && error.path("code").isString() ? error : null;
    }

    private ErrorDetails details(JsonNode node) {
        if (node == null || !node.isObject() || node.isEmpty()) {
            return ErrorDetails.NONE;
        }
        List<ErrorDetails.FieldError> fields = new ArrayList<>();
        for (JsonNode field : node.path("fields")) {
            if (field.path("name").isString()) {
                List<String> messages = new ArrayList<>();
                for (JsonNode message : field.path("messages")) {
                    if (message.isString()) {
                        messages.add(message.asString());
                    }
                }
                fields.add(new ErrorDetails.FieldError(string(field.path("name")), messages));
            }
        }
        List<String> limits = new ArrayList<>();
        for (JsonNode limit : node.path("limits")) {
            if (limit.path("name").isString()) {
                limits.add(string(limit.path("name")));
            }
        }
        JsonNode announcement = node.path("announcement");
        return new ErrorDetails(
                fields,
                limits,
                announcement.isString() ? string(announcement) : null,
                mapper.convertValue(node, RAW_DETAILS));
    }

    private TransporterException undecodable(ApiRequest request, int status, JacksonException ex) {
        String detail = text.bounded(ex.getOriginalMessage(), 200);
        if (hasCause(ex, UnexpectedEndOfInputException.class)) {
            return TransportFailures.unusable(
                    request, status, Reason.TRUNCATED_BODY, "a truncated body: " + detail, ex, text);
        }
        if (ex instanceof StreamReadException && !(ex instanceof InputCoercionException)) {
            return TransportFailures.unusable(
                    request, status, Reason.NOT_JSON, "a body that is not JSON: " + detail, ex, text);
        }
        return TransportFailures.unusable(
                request, status, Reason.UNDECODABLE, "a body that does not decode: " + detail, ex, text);
    }

    private TransporterException lost(ApiRequest request, int status, Throwable cause) {
        return TransportFailures.bodyBroke(request, status, cause, text);
    }

    /** The text of a JSON string node; empty for anything else (missing, null, a number). */
    private static String string(JsonNode node) {
        return node != null && node.isString() ? node.asString() : "";
    }

    private static boolean hasCause(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the answer says {@code application/json} in the API's own spelling, checked without parsing it. */
    private static boolean declaresJson(HttpHeaders headers) {
        String contentType = headers.getFirst(HttpHeaders.CONTENT_TYPE);
        return contentType != null
                && contentType.regionMatches(true, 0, JSON, 0, JSON.length())
                && (contentType.length() == JSON.length() || contentType.charAt(JSON.length()) == ';');
    }

    private static boolean isJson(MediaType contentType) {
        return MediaType.APPLICATION_JSON.isCompatibleWith(contentType)
                || contentType.getSubtype().endsWith("+json");
    }
}
