package io.github.hetznerimages.client;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.client.AbstractBufferingClientHttpRequest;
import org.springframework.http.client.ClientHttpResponse;

/**
 * One request of a {@link JdkRequestFactory}: the body (a few hundred bytes of JSON at most) is buffered, the
 * request is sent with {@link HttpClient#send} on the calling thread, and the answer's body is read through an
 * {@link InterruptibleBody} that ends at the read time-out or an interrupt.
 */
final class JdkRequest extends AbstractBufferingClientHttpRequest {

    /** Headers the JDK client sets itself and refuses to be given. */
    private static final Set<String> RESTRICTED = restricted();

    private final HttpClient httpClient;
    private final URI uri;
    private final HttpMethod method;
    private final Duration readTimeout;

    JdkRequest(HttpClient httpClient, URI uri, HttpMethod method, Duration readTimeout) {
        this.httpClient = httpClient;
        this.uri = uri;
        this.method = method;
        this.readTimeout = readTimeout;
    }

    @Override
    public HttpMethod getMethod() {
        return method;
    }

    @Override
    public URI getURI() {
        return uri;
    }

    @Override
    protected ClientHttpResponse executeInternal(HttpHeaders headers, byte[] body) throws IOException {
        HttpRequest request = build(headers, body);
        long started = System.nanoTime();
        try {
            HttpResponse<InputStream> response = httpClient.send(request, HttpResponse.BodyHandlers.ofInputStream());
            int status = response.statusCode();
            long length = status == 204 || status == 304
                    ? 0
                    : response.headers().firstValueAsLong("content-length").orElse(-1);
            InterruptibleBody content =
                    InterruptibleBody.withDeadline(response.body(), started, readTimeout.toNanos(), length);
            return new JdkResponse(status, response.headers().map(), content);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            InterruptedIOException interrupted = new InterruptedIOException("interrupted while waiting for the answer");
            interrupted.initCause(ex);
            throw interrupted;
        }
    }

    private HttpRequest build(HttpHeaders headers, byte[] body) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(readTimeout);
        headers.forEach((name, values) -> {
            if (!RESTRICTED.contains(name)) {
                for (String value : values) {
                    builder.header(name, value == null ? "" : value);
                }
            }
        });
        HttpRequest.BodyPublisher publisher =
                body.length == 0 ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body);
        return builder.method(method.name(), publisher).build();
    }

    private static Set<String> restricted() {
        Set<String> names = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        names.addAll(List.of("connection", "content-length", "expect", "host", "upgrade"));
        return names;
    }
}
