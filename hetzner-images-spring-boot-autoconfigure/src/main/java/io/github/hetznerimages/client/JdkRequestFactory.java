package io.github.hetznerimages.client;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Objects;
import org.springframework.http.HttpMethod;
import org.springframework.http.client.ClientHttpRequest;
import org.springframework.http.client.ClientHttpRequestFactory;

/**
 * The request factory the client sends with when it has a JDK {@link HttpClient} of its own (built by the client's
 * builder, or by the Spring Boot auto-configuration from Boot's settings): each request is sent with
 * {@link HttpClient#send} on the calling thread and its body read as it arrives, and that is all.
 *
 * <p>Why not Spring's {@code JdkClientHttpRequestFactory}: it always goes through {@code sendAsync}, whose
 * hand-over through {@code CompletableFuture}'s default executor starts a new thread for every request on a machine
 * with one or two processors; it asks every answer to be compressed, although the API's answers are a few
 * kilobytes; and it schedules a time-out task per request. Here the read time-out bounds the wait for the answer's
 * headers ({@code HttpRequest.timeout}) and, from then on, its body ({@link InterruptibleBody}, which also makes an
 * interrupt end a body read on every JDK). Thread-safe.
 */
final class JdkRequestFactory implements ClientHttpRequestFactory {

    private final HttpClient httpClient;
    private final Duration readTimeout;

    /**
     * @param httpClient sends the requests
     * @param readTimeout how long the answer's headers may take, and then its body
     */
    JdkRequestFactory(HttpClient httpClient, Duration readTimeout) {
        this.httpClient = Objects.requireNonNull(httpClient, "httpClient");
        this.readTimeout = Objects.requireNonNull(readTimeout, "readTimeout");
    }

    @Override
    public ClientHttpRequest createRequest(URI uri, HttpMethod method) {
        return new JdkRequest(httpClient, uri, method, readTimeout);
    }
}
