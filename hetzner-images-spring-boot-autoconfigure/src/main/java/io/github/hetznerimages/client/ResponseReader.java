package io.github.hetznerimages.client;

import io.github.hetznerimages.error.ErrorDetails;
import io.github.hetznerimages.error.ErrorException;
import io.github.hetznerimages.error.HetznerException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.util.StreamUtils;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** Decodes answers: success bodies into wire types, error bodies into {@link ErrorException}s. */
final class ResponseReader {

    /** Error bodies are read up to this size; the envelope is small, a proxy's HTML page need not be read whole. */
    static final int ERROR_BODY_LIMIT = 64 * 1024;

    private final JsonMapper mapper;

    ResponseReader(JsonMapper mapper) {
        this.mapper = mapper;
    }

    <T> T success(ApiRequest request, int status, HttpHeaders headers, InputStream body, Class<T> type) {
        MediaType contentType = headers.getContentType();
        if (contentType != null && !isJson(contentType)) {
            throw TransportFailures.unusable(request, status, "a body that is not JSON (" + contentType + ")", null);
        }
        T value;
        try {
            // non-closing: RestClient drains and closes the body afterwards, so the connection is reused
            value = mapper.readValue(StreamUtils.nonClosing(body), type);
        } catch (JacksonException ex) {
            throw TransportFailures.unusable(
                    request,
                    status,
                    "a body that does not decode: " + TransportFailures.bounded(ex.getOriginalMessage(), 200),
                    ex);
        }
        if (value == null) {
            throw TransportFailures.unusable(request, status, "a JSON null body", null);
        }
        return value;
    }

    HetznerException error(
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
            return TransportFailures.unusable(request, status, "an error body that could not be read", ex);
        }
        ErrorEnvelope envelope = parseEnvelope(bytes);
        if (envelope == null || envelope.error() == null || envelope.error().code() == null) {
            MediaType contentType = headers.getContentType();
            String what = bytes.length == 0
                    ? "an empty error body"
                    : "an error body that is not the API's error envelope"
                            + (contentType == null ? "" : " (" + contentType + ")");
            return TransportFailures.unusable(request, status, what, null);
        }
        ErrorEnvelope.Body error = envelope.error();
        return new ErrorException(
                request.method().name(),
                request.pathTemplate(),
                status,
                error.code(),
                error.message(),
                details(error.details()),
                correlationId,
                rateLimit);
    }

    private ErrorEnvelope parseEnvelope(byte[] bytes) {
        if (bytes.length == 0) {
            return null;
        }
        try {
            return mapper.readValue(bytes, ErrorEnvelope.class);
        } catch (JacksonException ex) {
            return null;
        }
    }

    private ErrorDetails details(Map<String, Object> raw) {
        if (raw == null || raw.isEmpty()) {
            return ErrorDetails.NONE;
        }
        ErrorEnvelope.Details known;
        try {
            known = mapper.convertValue(raw, ErrorEnvelope.Details.class);
        } catch (JacksonException ex) {
            known = new ErrorEnvelope.Details(null, null, null);
        }
        List<ErrorDetails.FieldError> fields = known.fields() == null
                ? List.of()
                : known.fields().stream()
                        .filter(field -> field != null && field.name() != null)
                        .map(field -> new ErrorDetails.FieldError(field.name(), field.messages()))
                        .toList();
        List<String> limits = known.limits() == null
                ? List.of()
                : known.limits().stream()
                        .filter(limit -> limit != null && limit.name() != null)
                        .map(ErrorEnvelope.Named::name)
                        .toList();
        return new ErrorDetails(fields, limits, known.announcement(), raw);
    }

    private static boolean isJson(MediaType contentType) {
        return MediaType.APPLICATION_JSON.isCompatibleWith(contentType)
                || contentType.getSubtype().endsWith("+json");
    }

    static String preview(byte[] body, int limit) {
        String text = new String(body, 0, Math.min(body.length, limit), StandardCharsets.UTF_8);
        return body.length > limit ? text + "... (" + body.length + " bytes)" : text;
    }

    /** The API's error envelope, as sent. */
    record ErrorEnvelope(Body error) {

        record Body(String code, String message, Map<String, Object> details) {}

        record Details(List<Field> fields, List<Named> limits, String announcement) {}

        record Field(String name, List<String> messages) {}

        record Named(String name) {}
    }
}
