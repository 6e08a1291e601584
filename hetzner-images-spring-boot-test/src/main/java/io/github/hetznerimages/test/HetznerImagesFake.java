package io.github.hetznerimages.test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.common.Slf4jNotifier;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * A stateful fake of the Hetzner Cloud images API for tests, on WireMock, in-process on a free loopback port. It
 * holds a project (images, servers, actions) and answers like the real API for everything this library calls:
 * filters, label selectors, sort and paging with the real {@code meta.pagination}; read, update, delete (refused
 * while protected); {@code create_image}, whose image is {@code creating} and whose action runs on the fake's
 * clock until a test {@link #advance(Duration) moves it}; {@code change_protection}; action lookups; the API's
 * error envelopes (401, 404, 422, 423) and its {@code RateLimit-*} and {@code X-Correlation-Id} headers.
 *
 * <p>Tests seed it ({@link #add(FakeImage...)}), plan failures ({@link #failNext}) and check what the application
 * did ({@link #assertDeleted}, {@link #assertSent}, {@link #requests()}). In a Spring test use
 * {@code @AutoConfigureHetznerImagesFake}; in a plain JUnit 5 test {@code HetznerImagesFakeExtension}; elsewhere
 * {@link #start()} and {@link #close()}. Thread-safe.
 */
public final class HetznerImagesFake implements AutoCloseable {

    /** The token the fake accepts unless the builder sets another. */
    public static final String DEFAULT_TOKEN = "hetzner-images-fake-token";

    /** The path prefix of the API unless the builder sets another, as in {@code https://api.hetzner.cloud/v1}. */
    public static final String DEFAULT_BASE_PATH = "/v1";

    /** How long a {@code create_image} action runs on the fake's clock unless the builder sets another. */
    public static final Duration DEFAULT_ACTION_DURATION = Duration.ofSeconds(60);

    private final WireMockServer server;
    private final FakeClock clock;
    private final FakeStore store;
    private final RateLimitBucket rateLimit;
    private final Faults faults;
    private final FakeTransformer transformer;
    private final FakeAssertions assertions;
    private final Settings settings;

    private HetznerImagesFake(Settings settings) {
        this.settings = settings;
        this.clock = new FakeClock(settings.clock());
        this.store = new FakeStore(clock, settings.actionDuration());
        this.rateLimit = new RateLimitBucket(clock);
        this.faults = new Faults();
        this.transformer = new FakeTransformer(store, rateLimit, faults, settings.basePath(), settings.token());
        this.assertions = new FakeAssertions(transformer, store);
        this.server = new WireMockServer(options()
                .bindAddress("127.0.0.1")
                .dynamicPort()
                .notifier(new Slf4jNotifier(false))
                .maxRequestJournalEntries(10_000)
                .extensions(transformer));
        server.stubFor(any(anyUrl()).willReturn(aResponse().withTransformers(FakeTransformer.NAME)));
        seed();
    }

    /** Starts a fake with the default project, a clock that stands still until moved, and the default token. */
    public static HetznerImagesFake start() {
        return builder().start();
    }

    /** Settings for a fake to start. */
    public static Builder builder() {
        return new Builder();
    }

    // ---- connection ----

    /** The base URL to configure as {@code hetzner.base-url}, e.g. {@code http://127.0.0.1:41234/v1}. */
    public String baseUrl() {
        return "http://127.0.0.1:" + server.port() + settings.basePath();
    }

    /** The token the fake accepts; any other answers {@code 401 unauthorized}. */
    public String token() {
        return settings.token();
    }

    /** {@code hetzner.base-url} and {@code hetzner.token} pointing at this fake, to add to a Spring environment. */
    public Map<String, String> properties() {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("hetzner.base-url", baseUrl());
        properties.put("hetzner.token", token());
        return properties;
    }

    // ---- seeding ----

    /**
     * Puts images into the project.
     *
     * @throws IllegalArgumentException when an image with the same id is already there
     */
    public HetznerImagesFake add(FakeImage... images) {
        for (FakeImage image : images) {
            store.add(image);
        }
        return this;
    }

    /**
     * Puts servers into the project, to create images from.
     *
     * @throws IllegalArgumentException when a server with the same id is already there
     */
    public HetznerImagesFake add(FakeServer... servers) {
        for (FakeServer server : servers) {
            store.add(server);
        }
        return this;
    }

    /**
     * Puts actions into the project, e.g. one that is still running.
     *
     * @throws IllegalArgumentException when an action with the same id is already there
     */
    public HetznerImagesFake add(FakeAction... actions) {
        for (FakeAction action : actions) {
            store.add(action);
        }
        return this;
    }

    /**
     * Puts the images and servers of a JSON document into the project: {@code {"images": [..]}} with images in the
     * API's wire shape (as {@code GET /images} answers; missing fields get defaults), and
     * {@code {"servers": [{"id", "name", "architecture", "os_flavor", "os_version", "disk_size"}]}}.
     *
     * @throws IllegalArgumentException when the text is not such a document or an id is taken
     */
    public HetznerImagesFake load(String json) {
        JsonNode document;
        try {
            document = WireJson.MAPPER.readTree(json);
        } catch (JacksonException ex) {
            throw new IllegalArgumentException("not a JSON document: " + ex.getOriginalMessage(), ex);
        }
        for (JsonNode image : document.path("images")) {
            store.add(FakeImage.fromJson(image));
        }
        for (JsonNode server : document.path("servers")) {
            store.add(new FakeServer(
                    server.path("id").asLong(0),
                    server.path("name").asString(null),
                    server.path("architecture").asString("x86"),
                    server.path("os_flavor").asString("ubuntu"),
                    server.path("os_version").asString("24.04"),
                    server.path("disk_size").asInt(40)));
        }
        return this;
    }

    // ---- time ----

    /** The fake's current time. */
    public Instant now() {
        return clock.instant();
    }

    /**
     * Moves the fake's clock forward: running actions progress, and finish once their duration has passed (their
     * images turn {@code available}). No real time passes.
     *
     * @throws IllegalArgumentException when {@code duration} is null or negative
     */
    public HetznerImagesFake advance(Duration duration) {
        clock.advance(duration);
        return this;
    }

    // ---- faults ----

    /**
     * Answers the next {@code times} requests of {@code route} with {@code fault} instead of the normal answer.
     *
     * @throws IllegalArgumentException when {@code times} is below 1 or an argument is null
     */
    public HetznerImagesFake failNext(FakeRoute route, int times, FakeFault fault) {
        if (route == null || fault == null || times < 1) {
            throw new IllegalArgumentException("route and fault must not be null and times at least 1, were " + route
                    + ", " + fault + ", " + times);
        }
        faults.plan(route, times, fault);
        return this;
    }

    /**
     * Lets the next {@code create_image} start normally but its action end with this error, e.g.
     * {@code image_creation_failed}; the image turns {@code unavailable}.
     */
    public HetznerImagesFake failNextImageCreation(String code, String message) {
        store.failNextCreation(FakeImage.requireText("code", code), FakeImage.requireText("message", message));
        return this;
    }

    // ---- what happened ----

    /** The requests received so far, oldest first. */
    public List<FakeRequest> requests() {
        return transformer.journal();
    }

    /** The ids of the images in the project now. */
    public List<Long> imageIds() {
        return store.imageIds();
    }

    /** The ids of the images {@code create_image} created, in order. */
    public List<Long> createdImageIds() {
        return store.changes().created().stream().map(Changes.Created::imageId).toList();
    }

    /** The ids of the images deleted by requests, in order. */
    public List<Long> deletedImageIds() {
        return store.changes().deleted();
    }

    /** Fails unless some request matched, like Laravel's {@code ClientFake::assertSent}. */
    public void assertSent(Predicate<FakeRequest> expected) {
        assertions.sent(expected);
    }

    /** Fails if any request matched. */
    public void assertNotSent(Predicate<FakeRequest> unexpected) {
        assertions.notSent(unexpected);
    }

    /** Fails unless exactly this many requests were received. */
    public void assertSentCount(int expected) {
        assertions.sentCount(expected);
    }

    /** Fails if any request was received. */
    public void assertNothingSent() {
        assertions.sentCount(0);
    }

    /** Fails unless an image was created from this server. */
    public void assertCreatedFrom(long serverId) {
        assertions.createdFrom(serverId);
    }

    /** Fails unless exactly these images, in any order, were deleted. */
    public void assertDeleted(long... imageIds) {
        assertions.deleted(imageIds);
    }

    /** Fails if any image was deleted. */
    public void assertNothingDeleted() {
        assertions.deleted();
    }

    /** Fails unless a {@code change_protection} request last turned this image's delete protection on. */
    public void assertProtected(long imageId) {
        assertions.protectedFromDeletion(imageId);
    }

    // ---- lifecycle ----

    /**
     * Goes back to the state right after the start: the project it started with, the clock and the rate-limit
     * bucket as they were, no planned faults, no recorded requests.
     */
    public void reset() {
        store.clear();
        clock.reset();
        faults.clear();
        rateLimit.reset();
        transformer.clearJournal();
        server.resetRequests();
        seed();
    }

    /** Whether the fake is serving. */
    public boolean isRunning() {
        return server.isRunning();
    }

    /** Stops the fake; calling it again does nothing. */
    @Override
    public void close() {
        if (server.isRunning()) {
            server.stop();
        }
    }

    /** WireMock's record of the exchanges, newest first, for checking them against the API contract. */
    List<ServeEvent> serveEvents() {
        return server.getAllServeEvents();
    }

    private void seed() {
        if (settings.defaultProject()) {
            DefaultProject.seed(store);
        }
    }

    private HetznerImagesFake startServer() {
        server.start();
        return this;
    }

    /** The settings a fake was started with. */
    private record Settings(
            boolean defaultProject, Clock clock, Duration actionDuration, String token, String basePath) {}

    /** Settings of a fake to start; each method returns the builder. */
    public static final class Builder {

        private boolean defaultProject = true;
        private Clock clock;
        private Duration actionDuration = DEFAULT_ACTION_DURATION;
        private String token = DEFAULT_TOKEN;
        private String basePath = DEFAULT_BASE_PATH;

        private Builder() {}

        /** Starts with no images, servers or actions instead of the default project. */
        public Builder emptyProject() {
            this.defaultProject = false;
            return this;
        }

        /**
         * The clock the fake's time is based on (default: fixed at the start time, so it stands still until a test
         * calls {@link HetznerImagesFake#advance(Duration)}); {@link Clock#systemUTC()} makes actions run in real
         * time, as in a demo.
         */
        public Builder clock(Clock value) {
            FakeImage.requireNonNull("clock", value);
            this.clock = value;
            return this;
        }

        /**
         * How long a {@code create_image} action runs (default {@link #DEFAULT_ACTION_DURATION}); zero makes it
         * finish at once.
         */
        public Builder actionDuration(Duration value) {
            if (value == null || value.isNegative()) {
                throw new IllegalArgumentException("actionDuration must be zero or positive, was " + value);
            }
            this.actionDuration = value;
            return this;
        }

        /** The token the fake accepts (default {@link #DEFAULT_TOKEN}). */
        public Builder token(String value) {
            this.token = FakeImage.requireText("token", value);
            return this;
        }

        /** The path prefix of the API, {@code ""} or e.g. {@code /v1} (the default). */
        public Builder basePath(String value) {
            if (value == null || !(value.isEmpty() || value.matches("(/[A-Za-z0-9._-]+)+"))) {
                throw new IllegalArgumentException("basePath must be empty or like /v1, was " + value);
            }
            this.basePath = value;
            return this;
        }

        /** Starts the fake on a free loopback port. */
        public HetznerImagesFake start() {
            Clock base =
                    clock != null ? clock : Clock.fixed(Instant.now().truncatedTo(ChronoUnit.SECONDS), ZoneOffset.UTC);
            return new HetznerImagesFake(new Settings(defaultProject, base, actionDuration, token, basePath))
                    .startServer();
        }
    }
}
