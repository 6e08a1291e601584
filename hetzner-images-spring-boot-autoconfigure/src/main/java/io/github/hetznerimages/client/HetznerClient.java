package io.github.hetznerimages.client;

import io.github.hetznerimages.Page;
import io.github.hetznerimages.RateLimit;
import io.github.hetznerimages.error.ErrorException;
import io.github.hetznerimages.error.HetznerException;
import io.github.hetznerimages.error.TransporterException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/**
 * The one place that talks HTTP to the Hetzner Cloud API. It sends an {@link ApiRequest} through one shared
 * {@link RestClient}, decodes the answer with the private {@link HetznerJson} mapper, turns every failure into an
 * {@link ErrorException} or a {@link TransporterException}, records the rate-limit headers, and retries what is
 * safe to retry (see {@link RetryPolicy}). Services build requests and read results; they never look at status
 * codes. Thread-safe; build one per application.
 *
 * <p>Logging (SLF4J, logger {@code io.github.hetznerimages.client.HetznerClient}): DEBUG shows one line per
 * attempt (method, path template, status, duration, attempt, correlation id) and every retry decision; TRACE adds
 * the start of request and response bodies. Headers are never logged, so the token never is.
 *
 * <p>The one public entry of the transport, kept small on purpose: applications build it (or let the Spring Boot
 * auto-configuration build it) and hand it to the services; they call the services, not {@link #execute}. Without
 * Spring:
 *
 * <pre>{@code
 * HetznerClient client = HetznerClient.builder().token(System.getenv("HCLOUD_TOKEN")).build();
 * ImagesService images = new ImagesService(client, new ImageActionsService(client));
 * }</pre>
 */
public final class HetznerClient {

    /** The production API. */
    public static final String DEFAULT_BASE_URL = "https://api.hetzner.cloud/v1";

    /**
     * The connect time-out of the request factory the builder creates: a connection to the API is made in well
     * under a second, so 10 s only fails when the network is really down, and early enough for a retry to help.
     */
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);

    /**
     * The read time-out of the request factory the builder creates: the API answers in well under a second
     * (creating an image answers once the work is queued; waiting for it is polling), so 30 s leaves room for a
     * slow page while a hung connection cannot block the caller for long.
     */
    public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(30);

    /**
     * The most pages a list-all call fetches at once unless configured otherwise; fewer when the rate-limit budget
     * holds fewer requests. Chosen from the measured curve (BENCHMARKS.md): on two cores, in a fresh JVM, listing
     * 2,000 images (40 pages) gets faster up to 16 pages at once (also over TLS, one connection each) and no faster
     * beyond.
     */
    public static final int DEFAULT_PAGING_CONCURRENCY = 16;

    static final String CORRELATION_ID = "X-Correlation-Id";

    private static final Logger log = LoggerFactory.getLogger(HetznerClient.class);

    private final Exchange exchange;
    private final RetryDecider retryDecider;
    private final RateLimitTracker rateLimits;
    private final Sleeper sleeper;
    private final Clock clock;
    private final Paging paging;
    private final Listener listener;

    private HetznerClient(Builder builder, RestClient restClient, String baseUrl) {
        this.retryDecider = new RetryDecider(builder.retryPolicy);
        this.rateLimits = builder.rateLimits;
        this.sleeper = builder.sleeper;
        this.clock = builder.clock;
        this.exchange = new Exchange(
                restClient,
                baseUrl,
                new SafeText(builder.token),
                builder.rateLimits,
                builder.clock,
                builder.readTimeout);
        this.paging = new Paging(builder.pagingConcurrency, builder.rateLimits, builder.clock, builder.pagingExecutor);
        this.listener = builder.listener;
    }

    /** Starts a client for the production API; {@link Builder#token(String)} is required. */
    public static Builder builder() {
        return new Builder();
    }

    /** The latest {@code RateLimit-Limit/-Remaining/-Reset} the API sent, empty before the first answer. */
    public Optional<RateLimit> rateLimit() {
        return rateLimits.latest();
    }

    /**
     * Every item of a list, from every page, in the API's order: page 1 first, then the pages it announces, several
     * at once within the paging concurrency and the rate-limit budget. Each page is requested once.
     *
     * @param path the list's path template, e.g. {@code /images}, named when the pages contradict each other
     * @param pages fetches one page by its number, from 1
     * @throws ErrorException when the API answered a page with an error
     * @throws TransporterException when a page got no usable answer, the pages contradict each other, or the
     *     calling thread was interrupted (reason {@code INTERRUPTED}, flag kept)
     */
    public <T> List<T> listAll(String path, LongFunction<Page<T>> pages) {
        return paging.fetchAll(resultsOf(path, pages));
    }

    /**
     * A lazy stream of every item of a list, fetching at most one page ahead of the consumer. Close it when you stop
     * early; failures surface while it is consumed, as for {@link #listAll(String, LongFunction)}.
     *
     * @param path the list's path template, e.g. {@code /images}
     * @param pages fetches one page by its number, from 1
     */
    public <T> Stream<T> stream(String path, LongFunction<Page<T>> pages) {
        return paging.stream(resultsOf(path, pages));
    }

    private static <T> PageFetcher<T> resultsOf(String path, LongFunction<Page<T>> pages) {
        Objects.requireNonNull(pages, "pages");
        return PageFetcher.of(path, pages::apply);
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
        return call(request, responseType, Function.identity(), null);
    }

    /**
     * Sends the request and returns one property of its wrapper answer, e.g. the {@code image} of
     * {@code {"image": {...}}}.
     *
     * @throws ErrorException when the API answered with an error
     * @throws TransporterException when no usable answer arrived, or the answer lacks that property
     */
    public <W, T> T execute(ApiRequest request, Class<W> wrapperType, Function<W, T> property, String propertyName) {
        Objects.requireNonNull(property, "property");
        return call(request, wrapperType, property, Objects.requireNonNull(propertyName, "propertyName"));
    }

    private <W, T> T call(ApiRequest request, Class<W> wireType, Function<W, T> extract, String propertyName) {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(wireType, "responseType");
        HetznerException lastFailure = null;
        boolean mayHaveTakenEffect = false;
        Duration rateLimitWait = Duration.ZERO;
        for (int attempt = 1; ; attempt++) {
            RateLimitTracker.Turn turn = waitForTurn(request, lastFailure, rateLimitWait);
            try {
                return exchange.perform(request, wireType, extract, propertyName, attempt, turn);
            } catch (ErrorException | TransporterException failure) {
                turn.release();
                if (alreadyDeleted(request, wireType, failure, mayHaveTakenEffect)) {
                    log.debug(
                            "{}: not_found after an attempt that may have deleted it; taken as deleted",
                            request.describe());
                    return null;
                }
                mayHaveTakenEffect |= TransportFailures.mayHaveTakenEffect(failure);
                boolean rateLimited = RetryDecider.isRateLimited(failure);
                if (rateLimited) {
                    listener.rateLimited(request);
                }
                Duration delay = retryDecider.delayBeforeRetry(request, failure, attempt, rateLimits, random());
                if (delay == null) {
                    if (attempt > 1) {
                        log.debug("{}: giving up after {} attempts", request.describe(), attempt);
                    }
                    throw failure;
                }
                log.debug(
                        "{}: attempt {} failed ({}); retrying in {} ms",
                        request.describe(),
                        attempt,
                        failure.getMessage(),
                        delay.toMillis());
                listener.retrying(request, failure, attempt);
                // after a 429 the wait is the caller's next turn in the bucket, at least the decider's delay
                rateLimitWait = rateLimited ? delay : Duration.ZERO;
                if (!rateLimited) {
                    pause(request, delay, failure);
                }
                lastFailure = failure;
            } finally {
                turn.release();
            }
        }
    }

    /**
     * A DELETE that meets {@code not_found} after an attempt that may have been processed: the earlier attempt
     * deleted it, so the call succeeded.
     */
    private static boolean alreadyDeleted(
            ApiRequest request, Class<?> wireType, HetznerException failure, boolean mayHaveTakenEffect) {
        return mayHaveTakenEffect
                && wireType == Void.class
                && request.method() == HttpMethod.DELETE
                && failure instanceof ErrorException error
                && error.isNotFound();
    }

    /**
     * Takes this caller's turn in the client's rate-limit budget and waits for it (see {@link RateLimitTracker});
     * after a 429, at least {@code minimum}. A wait for the bucket is lengthened by up to {@code jitter} of one
     * refill interval.
     */
    private RateLimitTracker.Turn waitForTurn(ApiRequest request, HetznerException lastFailure, Duration minimum) {
        if (Thread.currentThread().isInterrupted()) {
            throw TransportFailures.interruptedWhileWaiting(
                    request, new InterruptedException("interrupted before sending"), lastFailure);
        }
        RateLimitTracker.Turn turn;
        try {
            turn = rateLimits.reserve(clock.instant());
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw TransportFailures.interruptedWhileWaiting(request, ex, lastFailure);
        }
        Duration wait = turn.delay();
        if (wait.compareTo(minimum) < 0) {
            wait = minimum;
        } else if (!wait.isZero()) {
            long jitter = Math.round(rateLimits.refillInterval().toMillis()
                    * retryDecider.policy().jitter()
                    * random());
            wait = wait.plusMillis(jitter);
            log.debug(
                    "{}: the rate-limit bucket is empty; waiting {} ms for the refill",
                    request.describe(),
                    wait.toMillis());
        }
        if (!wait.isZero()) {
            try {
                pause(request, wait, lastFailure);
            } catch (TransporterException interrupted) {
                turn.release();
                throw interrupted;
            }
            listener.waitedForRateLimit(request, wait);
        }
        return turn;
    }

    private void pause(ApiRequest request, Duration delay, HetznerException lastFailure) {
        try {
            sleeper.sleep(delay);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw TransportFailures.interruptedWhileWaiting(request, ex, lastFailure);
        }
    }

    private static double random() {
        return ThreadLocalRandom.current().nextDouble();
    }

    /**
     * Hears what the client does to stay within the API's limits, e.g. to count it as metrics (the Spring Boot
     * auto-configuration publishes them to the application's {@code MeterRegistry}). Called on the calling thread,
     * after the fact; implementations must be quick and thread-safe (what they throw is logged and ignored). Every
     * method does nothing unless overridden.
     */
    public interface Listener {

        /** A listener that ignores everything, the default. */
        Listener NONE = new Listener() {};

        /**
         * An answer said the rate limit was hit (HTTP 429, {@code rate_limit_exceeded}), whether or not it is
         * retried.
         */
        default void rateLimited(ApiRequest request) {}

        /**
         * A failed attempt is retried: the next attempt follows after a back-off, or after a 429, the caller's next
         * turn in the rate-limit budget.
         *
         * @param failure why the attempt failed
         * @param attempt the number of the attempt that failed, from 1
         */
        default void retrying(ApiRequest request, HetznerException failure, int attempt) {}

        /**
         * The caller waited before sending because the rate-limit bucket was empty, or after a 429; not called when
         * the request went out at once.
         *
         * @param waited how long the caller waited
         */
        default void waitedForRateLimit(ApiRequest request, Duration waited) {}
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
        private HttpClient httpClient;
        private Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;
        private Duration readTimeout = DEFAULT_READ_TIMEOUT;
        private Consumer<RestClient.Builder> customizer = builder -> {};
        private int pagingConcurrency = DEFAULT_PAGING_CONCURRENCY;
        private Executor pagingExecutor = PagingThreads.DAEMON_THREADS;
        private Listener listener = Listener.NONE;

        private Builder() {}

        /** Who hears about retries, 429 answers and rate-limit waits; defaults to {@link Listener#NONE}. */
        public Builder listener(Listener value) {
            this.listener = GuardedListener.of(Objects.requireNonNull(value, "listener"));
            return this;
        }

        /**
         * Where list-all and stream calls fetch pages in the background; defaults to a new daemon thread per page
         * ({@code hetzner-paging-N}). The Spring Boot auto-configuration passes virtual threads when
         * {@code spring.threads.virtual.enabled=true}.
         */
        public Builder pagingExecutor(Executor executor) {
            this.pagingExecutor = Objects.requireNonNull(executor, "pagingExecutor");
            return this;
        }

        /** How many pages a list-all call may fetch at once; defaults to {@link #DEFAULT_PAGING_CONCURRENCY}. */
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

        /**
         * Names the application in the {@code User-Agent} header:
         * {@code hetzner-images-spring-boot/<version> (<name>)}; {@code null} or blank leaves it out.
         */
        public Builder applicationName(@Nullable String name) {
            this.userAgent = UserAgent.of(name);
            return this;
        }

        /** How safe calls are retried; {@link RetryPolicy#NONE} disables retries. */
        public Builder retryPolicy(RetryPolicy policy) {
            this.retryPolicy = Objects.requireNonNull(policy, "retryPolicy");
            return this;
        }

        /** Where the rate-limit state is kept (tests share one to look into it). */
        Builder rateLimitTracker(RateLimitTracker tracker) {
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

        /**
         * A request factory that overrides the {@link #restClientBuilder(RestClient.Builder) builder's} (e.g. with
         * library-specific timeouts). When set, {@link #connectTimeout} and {@link #readTimeout} are not used: the
         * factory carries its own.
         */
        public Builder requestFactory(ClientHttpRequestFactory factory) {
            this.requestFactory = factory;
            return this;
        }

        /**
         * The JDK {@code HttpClient} to send with, e.g. one built from Spring Boot's HTTP client settings; it
         * overrides the {@link #restClientBuilder(RestClient.Builder) builder's} request factory, and
         * {@link #requestFactory} overrides it. Each call is sent on the calling thread (not through
         * {@code sendAsync}, which starts a thread per request on small machines), and {@link #readTimeout} bounds
         * the wait for the answer's headers and, from then on, its body.
         */
        public Builder httpClient(HttpClient client) {
            this.httpClient = Objects.requireNonNull(client, "httpClient");
            return this;
        }

        /**
         * The connect time-out, {@link #DEFAULT_CONNECT_TIMEOUT} unless set. Applies to the JDK
         * {@code HttpClient} request factory this builder creates when neither {@link #requestFactory} nor
         * {@link #restClientBuilder} was given; with those, their factory's time-outs apply.
         *
         * @throws IllegalArgumentException when not positive
         */
        public Builder connectTimeout(Duration timeout) {
            this.connectTimeout = positive(timeout, "connectTimeout");
            return this;
        }

        /**
         * The read time-out (the answer's headers must arrive within it, and its body within it from then on),
         * {@link #DEFAULT_READ_TIMEOUT} unless set. Applies like {@link #connectTimeout}, and also with an
         * {@link #httpClient}; in every case it also tells a body that stops arriving once this
         * time has passed ({@code TIMED_OUT}) from a lost connection, so set it to the factory's time-out.
         *
         * @throws IllegalArgumentException when not positive
         */
        public Builder readTimeout(Duration timeout) {
            this.readTimeout = positive(timeout, "readTimeout");
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
            String base = absoluteUrl(stripTrailingSlash(baseUrl.strip()));
            builder.baseUrl(base).defaultHeaders(headers -> {
                headers.setBearerAuth(token.strip());
                headers.set(HttpHeaders.USER_AGENT, userAgent);
                headers.setAccept(List.of(MediaType.APPLICATION_JSON));
            });
            ClientHttpRequestFactory factory = effectiveRequestFactory();
            if (factory != null) {
                builder.requestFactory(factory);
            }
            customizer.accept(builder);
            return new HetznerClient(this, builder.build(), base);
        }

        /**
         * The factory to install: the one given; else one over the {@link #httpClient} given; else, without a
         * {@link #restClientBuilder} (whose factory, e.g. Spring Boot's, stays), one over a JDK {@code HttpClient}
         * with this builder's connect time-out; else {@code null}. The library's own {@code HttpClient} speaks
         * HTTP/1.1: a client held to about one request a second gains nothing from HTTP/2 multiplexing, and over
         * plain HTTP (proxies, test servers) the JDK would try an {@code h2c} upgrade on every request.
         */
        ClientHttpRequestFactory effectiveRequestFactory() {
            if (requestFactory != null) {
                return requestFactory;
            }
            if (httpClient == null && restClientBuilder != null) {
                return null;
            }
            HttpClient client = httpClient != null
                    ? httpClient
                    : HttpClient.newBuilder()
                            .version(HttpClient.Version.HTTP_1_1)
                            .connectTimeout(connectTimeout)
                            .build();
            return new JdkRequestFactory(client, readTimeout);
        }

        private static Duration positive(Duration timeout, String name) {
            if (timeout == null || timeout.isZero() || timeout.isNegative()) {
                throw new IllegalArgumentException(name + " must be positive, was " + timeout);
            }
            return timeout;
        }

        private static String absoluteUrl(String url) {
            URI parsed;
            try {
                parsed = new URI(url);
            } catch (URISyntaxException ex) {
                throw new IllegalArgumentException("baseUrl is not a valid URL: " + ex.getMessage(), ex);
            }
            if (!"http".equalsIgnoreCase(parsed.getScheme()) && !"https".equalsIgnoreCase(parsed.getScheme())
                    || parsed.getHost() == null) {
                throw new IllegalArgumentException("baseUrl must be an absolute http(s) URL, was " + url);
            }
            return url;
        }

        private static String stripTrailingSlash(String url) {
            return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        }
    }
}
