package io.github.hetznerimages.client;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.hetznerimages.testsupport.HetznerApiExtension;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The client sends on the calling thread (no thread per request) and, on its own, speaks HTTP/1.1. */
class CallerThreadHttpClientTest {

    @RegisterExtension
    static final HetznerApiExtension api = new HetznerApiExtension().withoutContractValidation();

    private static final Duration READ_TIMEOUT = Duration.ofSeconds(7);

    record Thing(long id) {}

    record ThingEnvelope(Thing thing) {}

    @Test
    void everyCallIsSentOnTheCallingThreadNeverThroughSendAsync() {
        api.server().stubFor(get(urlPathEqualTo("/things/7")).willReturn(okJson("{\"thing\":{\"id\":7}}")));
        Recording recording = new Recording(HttpClient.newHttpClient());
        HetznerClient client = api.clientBuilder()
                .httpClient(recording)
                .readTimeout(READ_TIMEOUT)
                .build();

        for (int i = 0; i < 3; i++) {
            assertThat(fetchThing(client)).isEqualTo(new Thing(7));
        }

        assertThat(recording.sendThreads)
                .containsExactly(Thread.currentThread(), Thread.currentThread(), Thread.currentThread());
        assertThat(recording.sendAsyncCalls).hasValue(0);
        assertThat(recording.timeouts).containsOnly(Optional.of(READ_TIMEOUT));
    }

    @Test
    void clientOfItsOwnSpeaksHttp11WithoutAnUpgradeAttempt() {
        api.server().stubFor(get(urlPathEqualTo("/things/7")).willReturn(okJson("{\"thing\":{\"id\":7}}")));
        HetznerClient client = HetznerClient.builder()
                .baseUrl(api.baseUrl())
                .token(HetznerApiExtension.TOKEN)
                .build();

        fetchThing(client);

        api.server().verify(getRequestedFor(urlPathEqualTo("/things/7")).withoutHeader("Upgrade"));
    }

    @Test
    void aTimeoutOfTheRequestIsKept() throws Exception {
        Recording recording = new Recording(HttpClient.newHttpClient());
        api.server().stubFor(get(urlPathEqualTo("/things/7")).willReturn(okJson("{}")));
        HttpRequest request = HttpRequest.newBuilder(URI.create(api.baseUrl() + "/things/7"))
                .timeout(Duration.ofSeconds(3))
                .build();

        HttpResponse<String> response = new CallerThreadHttpClient(recording, READ_TIMEOUT)
                .sendAsync(request, HttpResponse.BodyHandlers.ofString())
                .get();

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(recording.timeouts).containsExactly(Optional.of(Duration.ofSeconds(3)));
    }

    @Test
    void anInterruptedSendFailsTheAnswerWithInterruptedIoExceptionAndKeepsTheInterrupt() {
        HttpClient interrupted = new Recording(HttpClient.newHttpClient()) {
            @Override
            public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler)
                    throws InterruptedException {
                throw new InterruptedException("stop");
            }
        };

        CompletableFuture<HttpResponse<String>> answer = new CallerThreadHttpClient(interrupted, READ_TIMEOUT)
                .sendAsync(
                        HttpRequest.newBuilder(URI.create(api.baseUrl())).build(),
                        HttpResponse.BodyHandlers.ofString());

        assertThat(Thread.interrupted()).as("interrupt flag restored").isTrue();
        assertThat(answer)
                .failsWithin(Duration.ZERO)
                .withThrowableOfType(ExecutionException.class)
                .withCauseInstanceOf(InterruptedIOException.class);
    }

    @Test
    void aFailedSendFailsTheAnswerWithTheSameException() {
        IOException failure = new IOException("connection reset");
        HttpClient failing = new Recording(HttpClient.newHttpClient()) {
            @Override
            public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler)
                    throws IOException {
                throw failure;
            }
        };

        CompletableFuture<HttpResponse<String>> answer = new CallerThreadHttpClient(failing, READ_TIMEOUT)
                .sendAsync(
                        HttpRequest.newBuilder(URI.create(api.baseUrl())).build(),
                        HttpResponse.BodyHandlers.ofString(),
                        null);

        assertThat(answer)
                .failsWithin(Duration.ZERO)
                .withThrowableOfType(ExecutionException.class)
                .withCause(failure);
    }

    @Test
    void describesItselfAsTheClientItWraps() {
        HttpClient delegate = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2))
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();

        HttpClient client = new CallerThreadHttpClient(delegate, READ_TIMEOUT);

        assertThat(client.version()).isEqualTo(HttpClient.Version.HTTP_1_1);
        assertThat(client.connectTimeout()).contains(Duration.ofSeconds(2));
        assertThat(client.followRedirects()).isEqualTo(HttpClient.Redirect.NORMAL);
        assertThat(client.sslContext()).isSameAs(delegate.sslContext());
        assertThat(client.sslParameters().getProtocols())
                .isEqualTo(delegate.sslParameters().getProtocols());
        assertThat(client.proxy()).isEqualTo(delegate.proxy());
        assertThat(client.cookieHandler()).isEqualTo(delegate.cookieHandler());
        assertThat(client.authenticator()).isEqualTo(delegate.authenticator());
        assertThat(client.executor()).isEqualTo(delegate.executor());
    }

    private static Thing fetchThing(HetznerClient client) {
        return client.execute(
                ApiRequest.get("/things/{id}").withPathVariable("id", 7),
                ThingEnvelope.class,
                ThingEnvelope::thing,
                "thing");
    }

    /** Records how it is called, then sends with the real client. */
    private static class Recording extends HttpClient {

        private final HttpClient delegate;
        final List<Thread> sendThreads = new CopyOnWriteArrayList<>();
        final List<Optional<Duration>> timeouts = new CopyOnWriteArrayList<>();
        final AtomicInteger sendAsyncCalls = new AtomicInteger();

        Recording(HttpClient delegate) {
            this.delegate = delegate;
        }

        @Override
        public <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler)
                throws IOException, InterruptedException {
            sendThreads.add(Thread.currentThread());
            timeouts.add(request.timeout());
            return delegate.send(request, handler);
        }

        @Override
        public <T> CompletableFuture<HttpResponse<T>> sendAsync(
                HttpRequest request, HttpResponse.BodyHandler<T> handler) {
            sendAsyncCalls.incrementAndGet();
            return delegate.sendAsync(request, handler);
        }

        @Override
        public <T> CompletableFuture<HttpResponse<T>> sendAsync(
                HttpRequest request,
                HttpResponse.BodyHandler<T> handler,
                HttpResponse.PushPromiseHandler<T> pushPromiseHandler) {
            sendAsyncCalls.incrementAndGet();
            return delegate.sendAsync(request, handler, pushPromiseHandler);
        }

        @Override
        public Optional<java.net.CookieHandler> cookieHandler() {
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
        public Optional<java.net.ProxySelector> proxy() {
            return delegate.proxy();
        }

        @Override
        public javax.net.ssl.SSLContext sslContext() {
            return delegate.sslContext();
        }

        @Override
        public javax.net.ssl.SSLParameters sslParameters() {
            return delegate.sslParameters();
        }

        @Override
        public Optional<java.net.Authenticator> authenticator() {
            return delegate.authenticator();
        }

        @Override
        public Version version() {
            return delegate.version();
        }

        @Override
        public Optional<java.util.concurrent.Executor> executor() {
            return delegate.executor();
        }
    }
}
