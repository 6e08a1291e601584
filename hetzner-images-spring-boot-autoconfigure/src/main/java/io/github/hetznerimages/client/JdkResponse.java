package io.github.hetznerimages.client;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.util.CollectionUtils;

/**
 * The answer to a {@link JdkRequest}. Closing it reads what is left of the body (bounded by the body's read
 * time-out), so that the connection can carry the next request.
 */
final class JdkResponse implements ClientHttpResponse {

    private final int status;
    private final HttpHeaders headers;
    private final InterruptibleBody body;

    /**
     * @param headers the JDK's headers of the answer (read-only, names case-insensitive), viewed without a copy
     */
    JdkResponse(int status, Map<String, List<String>> headers, InterruptibleBody body) {
        this.status = status;
        this.headers = HttpHeaders.readOnlyHttpHeaders(new HttpHeaders(CollectionUtils.toMultiValueMap(headers)));
        this.body = body;
    }

    @Override
    public HttpStatusCode getStatusCode() {
        return HttpStatusCode.valueOf(status);
    }

    @Override
    public String getStatusText() {
        return getStatusCode() instanceof HttpStatus known ? known.getReasonPhrase() : "";
    }

    @Override
    public HttpHeaders getHeaders() {
        return headers;
    }

    @Override
    public InputStream getBody() {
        return body;
    }

    @Override
    public void close() {
        try (body) {
            body.skip(Long.MAX_VALUE);
        } catch (IOException ignored) {
            // the connection is dropped instead of reused
        }
    }
}
