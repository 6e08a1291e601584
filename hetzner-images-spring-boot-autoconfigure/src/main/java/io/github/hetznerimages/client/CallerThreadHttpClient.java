package io.github.hetznerimages.client;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.Authenticator;
import java.net.CookieHandler;
import java.net.ProxySelector;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;

/**
 * A JDK {@link HttpClient} whose {@code sendAsync} sends on the calling thread: Spring's
 * {@code JdkClientHttpRequest} always calls {@code sendAsync} and then blocks on the result, and the JDK's public
 * {@code sendAsync} hands the answer over through {@code CompletableFuture}'s default executor, which on a machine
 * with one or two processors starts a new thread for every request. {@link HttpClient#send} makes no such hand-over.
 *
 * <p>Because the call returns only once the answer's headers have arrived, a request without a time-out of its own
 * gets {@code headersTimeout}; Spring's read time-out then bounds the body from that point on.
 */
final class CallerThreadHttpClient extends HttpClient {

    private final HttpClient delegate;
    private final Duration headersTimeout;

    CallerThreadHttpClient(HttpClient delegate, Duration headersTimeout) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
        this.headersTimeout = Objects.requireNonNull(headersTimeout, "headersTimeout");
    }

    @Override
    public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler)
            throws IOException, InterruptedException {
        return delegate.send(withTimeout(request), handler);
    }

    @Override
    public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        try {
            return CompletableFuture.completedFuture(send(request, handler));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            InterruptedIOException failure = new InterruptedIOException("interrupted while waiting for the answer");
            failure.initCause(e);
            return CompletableFuture.failedFuture(failure);
        } catch (IOException | RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /** Sends like {@link #sendAsync(HttpRequest, HttpResponse.BodyHandler)}: server pushes are refused, as by {@code send}. */
    @Override
    public <T> CompletableFuture<HttpResponse<T>> sendAsync(
            HttpRequest request,
            HttpResponse.BodyHandler<T> handler,
            HttpResponse.PushPromiseHandler<T> pushPromiseHandler) {
        return sendAsync(request, handler);
    }

    private HttpRequest withTimeout(HttpRequest request) {
        if (request.timeout().isPresent()) {
            return request;
        }
        return HttpRequest.newBuilder(request, (name, value) -> true)
                .timeout(headersTimeout)
                .build();
    }

    @Override
    public Optional<CookieHandler> cookieHandler() {
        return delegate.cookieHandler();
    }

    @Override
    public Optional<Duration> connectTimeout() {
        return delegate.connectTimeout();
    }

    @Override
    public Redirect followRedirects() {
        return delegate.followRedirects();
    }

    @Override
    public Optional<ProxySelector> proxy() {
        return delegate.proxy();
    }

    @Override
    public SSLContext sslContext() {
        return delegate.sslContext();
    }

    @Override
    public SSLParameters sslParameters() {
        return delegate.sslParameters();
    }

    @Override
    public Optional<Authenticator> authenticator() {
        return delegate.authenticator();
    }

    @Override
    public Version version() {
        return delegate.version();
    }

    @Override
    public Optional<Executor> executor() {
        return delegate.executor();
    }
}
