package io.github.hetznerimages.client;

import io.github.hetznerimages.error.ErrorException;
import io.github.hetznerimages.error.HetznerException;
import io.github.hetznerimages.error.TransporterException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one place that talks HTTP to the Hetzner Cloud API. It sends an {@link ApiRequest} through one shared
 * {@link RestClient}, decodes the answer with the private {@link HetznerJson} mapper, turns every failure into an
 * {@link ErrorException} or a {@link TransporterException}, records the rate-limit headers, and retries what is
 * safe to retry (see {@link RetryDecider}). Services build requests and read results; they never look at status
 * codes. Thread-safe; build one per application.
 *
 * <p>Part of the library's internals: applications use the services, not this class.
 */
public final class HetznerClient {

    /** The production API. */
    public static final String DEFAULT_BASE_URL = "https://api.hetzner.cloud/v1";

    static final String CORRELATION_ID = "X-Correlation-Id";

    private static final Logger log = LoggerFactory.getLogger(HetznerClient.class);
    private static final int TRACE_BODY_LIMIT = 2048;

    private final RestClient restClient;
    private final JsonMapper mapper;
    private final RetryDecider retryDecider;
    private final RateLimitTracker rateLimits;
    private final Sleeper sleeper;
    private final Clock clock;
    private final ResponseReader reader;
    private final Paging paging;

    private HetznerClient(Builder builder, RestClient restClient) {
        this.restClient = restClient;
        this.mapper = HetznerJson.mapper();
        this.retryDecider = new RetryDecider(builder.retryPolicy);
        this.rateLimits = builder.rateLimits;
        this.sleeper = builder.sleeper;
        this.clock = builder.clock;
        this.reader = new ResponseReader(mapper);
        this.paging = new Paging(builder.pagingConcurrency, builder.rateLimits, builder.clock);
    }

    /** Starts a client for the production API; {@link Builder#token(String)} is required. */
    public static Builder builder() {
        return new Builder();
    }

    /** The rate-limit state shared by every call of this client. */
    public RateLimitTracker rateLimits() {
        return rateLimits;
    }

    /** Walks the pages of list calls made through this client. */
    public Paging paging() {
        return paging;
    }

    /** The sleeper this client waits with (also used by pollers built on it). */
    public Sleeper sleeper() {
        return sleeper;
    }

    /** The clock this client reads time from. */
    public Clock clock() {
        return clock;
    }

    /**
     * Sends the request, retrying as its {@link ApiRequest#idempotent()} flag allows, and decodes the answer.
     *
     * @param responseType the wire type of the answer; {@code Void.class} for answers without a body
     * @return the decoded answer, {@code null} for {@code Void}
     * @throws ErrorException when the API answered with an error
     * @throws TransporterException when no usable answer arrived
     */
    public <T> T execute(ApiRequest request, Class<T> responseType) {
        Objects.requireNonNull(request, "request");
        int attempt = 1;
        while (true) {
            waitForRateLimit(request);
            HetznerException failure;
            try {
                return send(request, responseType, attempt);
            } catch (ErrorException | TransporterException ex) {
                failure = ex;
            }
            Duration delay = retryDecider.delayBeforeRetry(request, failure, attempt, rateLimits, random());
            if (delay == null) {
                throw failure;
            }
            log.debug(
                    "{} failed on attempt {} ({}); retrying in {} ms",
                    request.describe(),
                    attempt,
                    failure.getMessage(),
                    delay.toMillis());
            pause(request, delay, failure);
            attempt++;
        }
    }

    /**
     * Sends the request and returns one property of its wrapper answer, e.g. the {@code image} of
     * {@code {"image": {...}}}.
     *
     * @throws TransporterException when the answer lacks that property
     */
    public <W, T> T execute(ApiRequest request, Class<W> wrapperType, Function<W, T> property, String propertyName) {
        W wrapper = execute(request, wrapperType);
        T value = property.apply(wrapper);
        if (value == null) {
            throw new TransporterException(
                    request.describe() + ": the answer has no '" + propertyName + "'",
                    request.method().name(),
                    request.pathTemplate(),
                    0,
                    !request.idempotent(),
                    null);
        }
        return value;
    }

    private <T> T send(ApiRequest request, Class<T> responseType, int attempt) {
        Map<String, Object> variables = new LinkedHashMap<>(request.pathVariables());
        RestClient.RequestBodySpec spec = restClient
                .method(request.method())
                .uri(request.pathTemplate(), uriBuilder -> {
                    request.query().applyTo(uriBuilder, variables);
                    return uriBuilder.build(variables);
                });
        if (request.body() != null) {
            byte[] json = mapper.writeValueAsBytes(request.body());
            if (log.isTraceEnabled()) {
                log.trace("{} request body: {}", request.describe(), ResponseReader.preview(json, TRACE_BODY_LIMIT));
            }
            spec.contentType(MediaType.APPLICATION_JSON).body(json);
        }
        if (log.isTraceEnabled() && !request.query().entries().isEmpty()) {
            log.trace("{} query: {}", request.describe(), request.query());
        }
        long started = System.nanoTime();
        try {
            return spec.exchange((httpRequest, response) -> read(request, response, responseType, attempt, started));
        } catch (RestClientException ex) {
            throw TransportFailures.noAnswer(request, ex, elapsedMillis(started));
        }
    }

    private <T> T read(
            ApiRequest request, ClientHttpResponse response, Class<T> responseType, int attempt, long started)
            throws IOException {
        int status = response.getStatusCode().value();
        HttpHeaders headers = response.getHeaders();
        RateLimit rateLimit = rateLimits.record(headers, clock.instant());
        String correlationId = headers.getFirst(CORRELATION_ID);
        log.debug(
                "{} -> {} in {} ms (attempt {}, correlation id {})",
                request.describe(),
                status,
                elapsedMillis(started),
                attempt,
                correlationId);
        if (status >= 400) {
            throw reader.error(request, status, headers, response.getBody(), correlationId, rateLimit);
        }
        if (status >= 300) {
            throw TransportFailures.unusable(request, status, "an unexpected redirect", null);
        }
        if (responseType == Void.class) {
            return null;
        }
        return reader.success(request, status, headers, openBody(request, status, response), responseType);
    }

    private static InputStream openBody(ApiRequest request, int status, ClientHttpResponse response) {
        try {
            PushbackInputStream body = new PushbackInputStream(response.getBody(), 1);
            int first = body.read();
            if (first < 0) {
                throw TransportFailures.unusable(request, status, "an empty body", null);
            }
            body.unread(first);
            return body;
        } catch (IOException ex) {
            throw TransportFailures.unusable(request, status, "a body that could not be read", ex);
        }
    }

    private void waitForRateLimit(ApiRequest request) {
        Duration delay = rateLimits.delayBeforeNextRequest(clock.instant());
        if (!delay.isZero()) {
            log.debug(
                    "{}: rate limit bucket is empty; waiting {} ms for the refill",
                    request.describe(),
                    delay.toMillis());
            pause(request, delay, null);
        }
    }

    private void pause(ApiRequest request, Duration delay, HetznerException lastFailure) {
        try {
            sleeper.sleep(delay);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            boolean outcomeUnknown =
                    lastFailure instanceof TransporterException transport && transport.outcomeUnknown();
            TransporterException interrupted = new TransporterException(
                    request.describe() + ": interrupted while waiting to send the request",
                    request.method().name(),
                    request.pathTemplate(),
                    0,
                    outcomeUnknown,
                    ex);
            if (lastFailure != null) {
                interrupted.addSuppressed(lastFailure);
            }
            throw interrupted;
        }
    }

    private static double random() {
        return ThreadLocalRandom.current().nextDouble();
    }

    private static long elapsedMillis(long startedNanos) {
        return Duration.ofNanos(System.nanoTime() - startedNanos).toMillis();
    }

    /** Configures a {@link HetznerClient}. The token is write-only: nothing here prints it. */
    public static final class Builder {

        private RestClient.Builder restClientBuilder;
        private String baseUrl = DEFAULT_BASE_URL;
        private String token;
        private String userAgent = UserAgent.of(null);
        private RetryPolicy retryPolicy = RetryPolicy.DEFAULT;
        private RateLimitTracker rateLimits = new RateLimitTracker();
        private Sleeper sleeper = Sleeper.SYSTEM;
        private Clock clock = Clock.systemUTC();
        private ClientHttpRequestFactory requestFactory;
        private Consumer<RestClient.Builder> customizer = builder -> {};
        private int pagingConcurrency = 4;

        private Builder() {}

        /** How many pages a list-all call may fetch at once; defaults to 4. */
        public Builder pagingConcurrency(int value) {
            this.pagingConcurrency = value;
            return this;
        }

        /**
         * The builder to start from, e.g. Spring Boot's (so its request factory, customizers and observation
         * apply). Cloned before use. Defaults to {@link RestClient#builder()}.
         */
        public Builder restClientBuilder(RestClient.Builder builder) {
            this.restClientBuilder = builder;
            return this;
        }

        /** The API's base URL, e.g. a WireMock server in tests; defaults to {@link #DEFAULT_BASE_URL}. */
        public Builder baseUrl(String url) {
            this.baseUrl = url;
            return this;
        }

        /** The API token (a secret: sent as {@code Authorization: Bearer}, never logged or printed). */
        public Builder token(String apiToken) {
            this.token = apiToken;
            return this;
        }

        /** The {@code User-Agent} header; defaults to {@code hetzner-images-spring-boot/<version>}. */
        public Builder userAgent(String value) {
            this.userAgent = value;
            return this;
        }

        /** How safe calls are retried; {@link RetryPolicy#NONE} disables retries. */
        public Builder retryPolicy(RetryPolicy policy) {
            this.retryPolicy = Objects.requireNonNull(policy, "retryPolicy");
            return this;
        }

        /** Where the rate-limit state is kept; share one to expose it elsewhere. */
        public Builder rateLimitTracker(RateLimitTracker tracker) {
            this.rateLimits = Objects.requireNonNull(tracker, "rateLimitTracker");
            return this;
        }

        /** How the client waits between attempts (tests plug in one that records). */
        public Builder sleeper(Sleeper value) {
            this.sleeper = Objects.requireNonNull(value, "sleeper");
            return this;
        }

        /** The clock the client reads time from. */
        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /** A request factory that overrides the builder's (e.g. with library-specific timeouts). */
        public Builder requestFactory(ClientHttpRequestFactory factory) {
            this.requestFactory = factory;
            return this;
        }

        /** A last change to the {@link RestClient.Builder}, applied after everything this library sets. */
        public Builder customizer(Consumer<RestClient.Builder> value) {
            this.customizer = Objects.requireNonNull(value, "customizer");
            return this;
        }

        /**
         * Builds the client and its one {@link RestClient}.
         *
         * @throws IllegalArgumentException when the token or base URL is missing
         */
        public HetznerClient build() {
            if (token == null || token.isBlank()) {
                throw new IllegalArgumentException("token must not be blank: set hetzner.token or HCLOUD_TOKEN");
            }
            if (baseUrl == null || baseUrl.isBlank()) {
                throw new IllegalArgumentException("baseUrl must not be blank");
            }
            RestClient.Builder builder = restClientBuilder == null ? RestClient.builder() : restClientBuilder.clone();
            builder.baseUrl(stripTrailingSlash(baseUrl.strip())).defaultHeaders(headers -> {
                headers.setBearerAuth(token.strip());
                headers.set(HttpHeaders.USER_AGENT, userAgent);
                headers.setAccept(List.of(MediaType.APPLICATION_JSON));
            });
            if (requestFactory != null) {
                builder.requestFactory(requestFactory);
            }
            customizer.accept(builder);
            return new HetznerClient(this, builder.build());
        }

        private static String stripTrailingSlash(String url) {
            return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        }
    }
}
