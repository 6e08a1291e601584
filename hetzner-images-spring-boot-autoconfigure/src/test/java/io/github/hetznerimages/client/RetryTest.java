package io.github.hetznerimages.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.ScenarioMappingBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.github.hetznerimages.error.ErrorException;
import io.github.hetznerimages.error.TransporterException;
import io.github.hetznerimages.error.TransporterException.Reason;
import io.github.hetznerimages.testsupport.FakeTime;
import io.github.hetznerimages.testsupport.HetznerApiExtension;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Which failures are retried, how long the client waits, and what is never repeated. */
class RetryTest {

    @RegisterExtension
    // transport tests use synthetic paths and payloads; the service tests check the API contract
    static final HetznerApiExtension api = new HetznerApiExtension().withoutContractValidation();

    private static final Instant NOW = Instant.parse("2026-05-01T12:00:00Z");
    private static final long FAR_RESET = NOW.getEpochSecond() + 3600;
    private static final String ADVICE = "look for the image by its labels before trying again";

    record Thing(long id) {}

    record ThingEnvelope(Thing thing) {}

    private static ResponseDefinitionBuilder error(int status, String code) {
        return aResponse()
                .withStatus(status)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\":{\"code\":\"" + code + "\",\"message\":\"m\",\"details\":null}}");
    }

    private static ResponseDefinitionBuilder rateLimited(int limit) {
        return error(429, "rate_limit_exceeded")
                .withHeader("RateLimit-Limit", String.valueOf(limit))
                .withHeader("RateLimit-Remaining", "0")
                .withHeader("RateLimit-Reset", String.valueOf(FAR_RESET));
    }

    private static ResponseDefinitionBuilder thing(long id) {
        return okJson("{\"thing\":{\"id\":" + id + "}}");
    }

    private static List<Duration> seconds(long... values) {
        List<Duration> durations = new ArrayList<>();
        for (long value : values) {
            durations.add(Duration.ofSeconds(value));
        }
        return durations;
    }

    /** Stubs one answer per request, in order; the last one repeats. */
    private static void answers(Supplier<MappingBuilder> request, ResponseDefinitionBuilder... answers) {
        for (int i = 0; i < answers.length; i++) {
            ScenarioMappingBuilder stub =
                    request.get().inScenario("answers").whenScenarioStateIs(i == 0 ? Scenario.STARTED : "after-" + i);
            if (i < answers.length - 1) {
                stub = stub.willSetStateTo("after-" + (i + 1));
            }
            api.server().stubFor(stub.willReturn(answers[i]));
        }
    }

    private static int requests() {
        return api.server().findAll(anyRequestedFor(anyUrl())).size();
    }

    private static HetznerClient clientAt(Instant now) {
        return api.clientBuilder().clock(Clock.fixed(now, ZoneOffset.UTC)).build();
    }

    private static ApiRequest createImage() {
        return ApiRequest.creatingPost(
                        "/servers/{id}/actions/create_image", Map.of("labels", Map.of("run", "r1")), ADVICE)
                .withPathVariable("id", 5);
    }

    @Test
    void aGetSucceedsAfterEveryKindOfTransientFailure() {
        answers(
                () -> get(urlPathEqualTo("/things/9")),
                error(503, "unavailable"),
                aResponse()
                        .withStatus(502)
                        .withHeader("Content-Type", "text/html")
                        .withBody("<html>502</html>"),
                aResponse().withFault(Fault.MALFORMED_RESPONSE_CHUNK),
                error(409, "conflict"),
                error(504, "timeout"),
                thing(9));

        ThingEnvelope answer =
                api.client().execute(ApiRequest.get("/things/{id}").withPathVariable("id", 9), ThingEnvelope.class);

        assertThat(answer.thing().id()).isEqualTo(9);
        assertThat(requests()).isEqualTo(6);
        assertThat(api.sleeper().sleeps()).isEqualTo(seconds(1, 2, 4, 8, 16));
    }

    /** A safe-to-repeat request and the answer that ends it. */
    record Idempotent(String name, Supplier<MappingBuilder> stub, ApiRequest request, ResponseDefinitionBuilder ok) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<Idempotent> idempotentRequests() {
        return List.of(
                new Idempotent(
                        "PUT", () -> put(urlPathEqualTo("/things/9")), ApiRequest.put("/things/9", Map.of()), thing(9)),
                new Idempotent(
                        "DELETE",
                        () -> delete(urlPathEqualTo("/things/9")),
                        ApiRequest.delete("/things/9"),
                        aResponse().withStatus(204)),
                new Idempotent(
                        "change_protection",
                        () -> post(urlPathEqualTo("/things/9/actions/change_protection")),
                        ApiRequest.idempotentPost("/things/9/actions/change_protection", Map.of("delete", true)),
                        thing(9)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("idempotentRequests")
    void putDeleteAndChangeProtectionAreRetriedLikeGet(Idempotent call) {
        answers(call.stub(), error(502, "bad_gateway"), error(409, "conflict"), call.ok());

        api.client().execute(call.request(), Void.class);

        assertThat(requests()).isEqualTo(3);
        assertThat(api.sleeper().sleeps()).isEqualTo(seconds(1, 2));
    }

    @Test
    void givesUpAfterTheMaximumWithTheLastError() {
        answers(
                () -> get(urlPathEqualTo("/things/9")),
                error(503, "unavailable"),
                error(503, "unavailable"),
                error(503, "unavailable"),
                error(503, "unavailable"),
                error(503, "unavailable"),
                error(504, "timeout"),
                thing(9));

        assertThatThrownBy(() -> api.client().execute(ApiRequest.get("/things/9"), ThingEnvelope.class))
                .isInstanceOfSatisfying(
                        ErrorException.class, ex -> assertThat(ex.code()).isEqualTo("timeout"));
        assertThat(requests()).isEqualTo(6);
        assertThat(api.sleeper().sleeps()).isEqualTo(seconds(1, 2, 4, 8, 16));
    }

    @Test
    void backOffGrowsByTheMultiplierUpToTheCap() {
        api.server().stubFor(get(anyUrl()).willReturn(error(503, "unavailable")));
        RetryPolicy policy = new RetryPolicy(4, Duration.ofSeconds(1), 3.0, Duration.ofSeconds(5), 0.0);

        assertThatThrownBy(() -> api.clientBuilder()
                        .retryPolicy(policy)
                        .build()
                        .execute(ApiRequest.get("/things/9"), ThingEnvelope.class))
                .isInstanceOf(ErrorException.class);

        assertThat(api.sleeper().sleeps()).isEqualTo(seconds(1, 3, 5, 5));
    }

    @Test
    void jitterShortensEachWaitByUpToItsFraction() {
        api.server().stubFor(get(anyUrl()).willReturn(error(503, "unavailable")));
        RetryPolicy policy = RetryPolicy.DEFAULT.withJitter(0.5);

        assertThatThrownBy(() -> api.clientBuilder()
                        .retryPolicy(policy)
                        .build()
                        .execute(ApiRequest.get("/things/9"), ThingEnvelope.class))
                .isInstanceOf(ErrorException.class);

        List<Duration> sleeps = api.sleeper().sleeps();
        List<Duration> schedule = seconds(1, 2, 4, 8, 16);
        assertThat(sleeps).hasSize(5);
        for (int i = 0; i < sleeps.size(); i++) {
            assertThat(sleeps.get(i)).isBetween(schedule.get(i).dividedBy(2), schedule.get(i));
        }
    }

    @ParameterizedTest
    @CsvSource({
        "500, server_error",
        "404, not_found",
        "401, unauthorized",
        "403, forbidden",
        "422, invalid_input",
        "423, locked",
        "423, protected",
        "409, uniqueness_error"
    })
    void nonTransientErrorsAreNotRetried(int status, String code) {
        api.server().stubFor(get(anyUrl()).willReturn(error(status, code)));

        assertThatThrownBy(() -> api.client().execute(ApiRequest.get("/things/9"), ThingEnvelope.class))
                .isInstanceOfSatisfying(
                        ErrorException.class, ex -> assertThat(ex.code()).isEqualTo(code));
        assertThat(requests()).isEqualTo(1);
        assertThat(api.sleeper().sleeps()).isEmpty();
    }

    @Test
    void answersThatDoNotDecodeAreNotRetried() {
        api.server().stubFor(get(anyUrl()).willReturn(okJson("{\"thing\":{\"id\":\"x\"}}")));

        assertThatThrownBy(() -> api.client().execute(ApiRequest.get("/things/9"), ThingEnvelope.class))
                .isInstanceOfSatisfying(
                        TransporterException.class,
                        ex -> assertThat(ex.reason()).isEqualTo(Reason.UNDECODABLE));
        assertThat(requests()).isEqualTo(1);
    }

    @ParameterizedTest(name = "limit {0} -> wait {1} ms")
    @CsvSource({"3600, 1000", "7200, 500", "1800, 2000", "36000, 100"})
    void rateLimitedWaitsOneRefillIntervalNotUntilReset(int limit, long expectedMillis) {
        answers(() -> get(urlPathEqualTo("/things/9")), rateLimited(limit), thing(9));

        ThingEnvelope answer = clientAt(NOW).execute(ApiRequest.get("/things/9"), ThingEnvelope.class);

        assertThat(answer.thing().id()).isEqualTo(9);
        assertThat(requests()).isEqualTo(2);
        // RateLimit-Reset is an hour away; waiting for it would be 3600 s
        assertThat(api.sleeper().sleeps()).containsExactly(Duration.ofMillis(expectedMillis));
    }

    @Test
    void eachRepeated429WaitsOneIntervalAgainWithoutGrowing() {
        answers(
                () -> get(urlPathEqualTo("/things/9")),
                rateLimited(3600),
                rateLimited(3600),
                rateLimited(3600),
                thing(9));

        FakeTime time = new FakeTime(NOW);

        api.clientBuilder()
                .sleeper(time)
                .clock(time.clock())
                .build()
                .execute(ApiRequest.get("/things/9"), ThingEnvelope.class);

        // one interval each time, as the clock moves on with each wait (Reset stays put here, so the headers tell
        // an interval a millisecond shorter after each wait)
        assertThat(time.sleeps())
                .hasSize(3)
                .allSatisfy(wait -> assertThat(wait).isBetween(Duration.ofMillis(999), Duration.ofSeconds(1)));
    }

    @Test
    void callersFacingAnEmptyBucketTogetherAreGivenSuccessiveTurnsWithout429() throws Exception {
        api.server()
                .stubFor(get(urlPathEqualTo("/things/0"))
                        .willReturn(thing(0).withHeader("RateLimit-Limit", "3600")
                                .withHeader("RateLimit-Remaining", "0")
                                .withHeader("RateLimit-Reset", String.valueOf(FAR_RESET))));
        for (String id : List.of("1", "2")) {
            api.server().stubFor(get(urlPathEqualTo("/things/" + id)).willReturn(thing(Long.parseLong(id))));
        }
        HetznerClient client = clientAt(NOW);
        client.execute(ApiRequest.get("/things/0"), ThingEnvelope.class);
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var first = pool.submit(() -> client.execute(ApiRequest.get("/things/1"), ThingEnvelope.class));
            var second = pool.submit(() -> client.execute(ApiRequest.get("/things/2"), ThingEnvelope.class));

            assertThat(first.get().thing().id()).isEqualTo(1);
            assertThat(second.get().thing().id()).isEqualTo(2);
        } finally {
            pool.shutdownNow();
        }
        assertThat(api.sleeper().sleeps()).containsExactlyInAnyOrder(Duration.ofSeconds(1), Duration.ofSeconds(2));
        assertThat(requests()).isEqualTo(3);
    }

    @Test
    void a429WithoutRateLimitHeadersWaitsOneSecond() {
        answers(() -> get(urlPathEqualTo("/things/9")), error(429, "rate_limit_exceeded"), thing(9));

        clientAt(NOW).execute(ApiRequest.get("/things/9"), ThingEnvelope.class);

        assertThat(api.sleeper().sleeps()).isEqualTo(seconds(1));
    }

    @Test
    void rateLimitWaitsAreJitteredUpwards() {
        answers(() -> get(urlPathEqualTo("/things/9")), rateLimited(3600), thing(9));

        api.clientBuilder()
                .clock(Clock.fixed(NOW, ZoneOffset.UTC))
                .retryPolicy(RetryPolicy.DEFAULT.withJitter(0.5))
                .build()
                .execute(ApiRequest.get("/things/9"), ThingEnvelope.class);

        assertThat(api.sleeper().sleeps())
                .singleElement()
                .satisfies(wait -> assertThat(wait).isBetween(Duration.ofMillis(1000), Duration.ofMillis(1500)));
    }

    @Test
    void waitsForTheRefillBeforeSendingWhenTheLastAnswerSaidRemainingZero() {
        answers(
                () -> get(urlPathEqualTo("/things/9")),
                thing(9).withHeader("RateLimit-Limit", "7200")
                        .withHeader("RateLimit-Remaining", "0")
                        .withHeader("RateLimit-Reset", String.valueOf(FAR_RESET)),
                thing(9).withHeader("RateLimit-Limit", "7200")
                        .withHeader("RateLimit-Remaining", "1")
                        .withHeader("RateLimit-Reset", String.valueOf(FAR_RESET)),
                thing(9));
        HetznerClient client = clientAt(NOW);

        client.execute(ApiRequest.get("/things/9"), ThingEnvelope.class);
        assertThat(api.sleeper().sleeps()).isEmpty();

        client.execute(ApiRequest.get("/things/9"), ThingEnvelope.class);
        assertThat(api.sleeper().sleeps()).containsExactly(Duration.ofMillis(500));
        assertThat(requests()).isEqualTo(2);

        client.execute(ApiRequest.get("/things/9"), ThingEnvelope.class);
        assertThat(api.sleeper().sleeps()).as("one left: no wait").containsExactly(Duration.ofMillis(500));
    }

    @Test
    void createImageAfterA429IsRetried() {
        answers(() -> post(urlPathEqualTo("/servers/5/actions/create_image")), rateLimited(3600), thing(77));

        ThingEnvelope created = clientAt(NOW).execute(createImage(), ThingEnvelope.class);

        assertThat(created.thing().id()).isEqualTo(77);
        api.server().verify(2, postRequestedFor(urlPathEqualTo("/servers/5/actions/create_image")));
        assertThat(api.sleeper().sleeps()).isEqualTo(seconds(1));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"502 html", "504 html", "500 envelope", "504 envelope", "conflict"})
    void createImageIsNotRepeatedAfterAnAmbiguousFailure(String kind) {
        ResponseDefinitionBuilder answer = switch (kind) {
            case "502 html" -> aResponse().withStatus(502).withBody("<html>Bad Gateway</html>");
            case "504 html" -> aResponse().withStatus(504).withBody("<html>Gateway Timeout</html>");
            case "500 envelope" -> error(500, "server_error");
            case "504 envelope" -> error(504, "timeout");
            default -> error(409, "conflict");
        };
        answers(() -> post(urlPathEqualTo("/servers/5/actions/create_image")), answer, thing(77));

        assertThatThrownBy(() -> api.client().execute(createImage(), ThingEnvelope.class))
                .isInstanceOf(kind.equals("conflict") ? ErrorException.class : TransporterException.class)
                .satisfies(ex -> {
                    if (ex instanceof TransporterException transport) {
                        assertThat(transport.outcomeUnknown()).isTrue();
                        assertThat(transport.getMessage()).endsWith(ADVICE);
                    }
                });
        api.server().verify(1, postRequestedFor(urlPathEqualTo("/servers/5/actions/create_image")));
        assertThat(api.sleeper().sleeps()).isEmpty();
    }

    @Test
    void createImageAfterAReadTimeoutIsNotRepeated() {
        HetznerClient quick =
                api.clientBuilder().readTimeout(Duration.ofMillis(200)).build();
        api.server().stubFor(get(urlPathEqualTo("/warm")).willReturn(thing(1)));
        quick.execute(ApiRequest.get("/warm"), ThingEnvelope.class);
        api.server()
                .stubFor(post(urlPathEqualTo("/servers/5/actions/create_image"))
                        .willReturn(thing(77).withFixedDelay(2_000)));

        assertThatThrownBy(() -> quick.execute(createImage(), ThingEnvelope.class))
                .isInstanceOfSatisfying(TransporterException.class, ex -> {
                    assertThat(ex.reason()).isEqualTo(Reason.TIMED_OUT);
                    assertThat(ex.outcomeUnknown()).isTrue();
                    assertThat(ex.getMessage()).endsWith(ADVICE);
                });
        api.server().verify(1, postRequestedFor(urlPathEqualTo("/servers/5/actions/create_image")));
    }

    @Test
    void aRefusedConnectionIsRetriedEvenForCreateImage() throws IOException {
        int port = closedPort();
        WireMockServer late = new WireMockServer(options().port(port));
        late.stubFor(post(urlPathEqualTo("/servers/5/actions/create_image")).willReturn(thing(77)));
        List<Duration> sleeps = new ArrayList<>();
        HetznerClient client = api.clientBuilder()
                .baseUrl("http://localhost:" + port)
                .sleeper(duration -> {
                    sleeps.add(duration);
                    if (!late.isRunning()) {
                        late.start(); // the API comes up while the client waits
                    }
                })
                .build();
        try {
            ThingEnvelope created = client.execute(createImage(), ThingEnvelope.class);

            assertThat(created.thing().id()).isEqualTo(77);
            assertThat(sleeps).isEqualTo(seconds(1));
            late.verify(1, postRequestedFor(urlPathEqualTo("/servers/5/actions/create_image")));
        } finally {
            late.stop();
        }
    }

    @Test
    void aPortThatStaysClosedFailsAfterTheRetriesWithAKnownOutcome() throws IOException {
        HetznerClient client = api.clientBuilder()
                .baseUrl("http://localhost:" + closedPort())
                .retryPolicy(RetryPolicy.DEFAULT.withJitter(0.0).withMaxRetries(2))
                .build();

        assertThatThrownBy(() -> client.execute(createImage(), ThingEnvelope.class))
                .isInstanceOfSatisfying(TransporterException.class, ex -> {
                    assertThat(ex.reason()).isEqualTo(Reason.CONNECT_FAILED);
                    assertThat(ex.outcomeUnknown()).isFalse();
                    assertThat(ex.status()).isNull();
                    assertThat(ex.getMessage())
                            .startsWith("POST /servers/{id}/actions/create_image: the connection could not be made")
                            .doesNotContain("outcome is unknown");
                });
        assertThat(api.sleeper().sleeps()).isEqualTo(seconds(1, 2));
    }

    @Test
    void retriesCanBeTurnedOff() {
        api.server().stubFor(get(anyUrl()).willReturn(error(503, "unavailable")));

        for (RetryPolicy off : List.of(RetryPolicy.NONE, RetryPolicy.DEFAULT.withMaxRetries(0))) {
            assertThatThrownBy(() -> api.clientBuilder()
                            .retryPolicy(off)
                            .build()
                            .execute(ApiRequest.get("/things/9"), ThingEnvelope.class))
                    .isInstanceOf(ErrorException.class);
        }

        assertThat(requests()).isEqualTo(2);
        assertThat(api.sleeper().sleeps()).isEmpty();
    }

    @Test
    void anInterruptDuringTheWaitStopsRetryingAndKeepsTheFlag() {
        api.server().stubFor(get(anyUrl()).willReturn(error(503, "unavailable")));
        HetznerClient client = api.clientBuilder()
                .sleeper(duration -> {
                    throw new InterruptedException("shutting down");
                })
                .build();
        try {
            assertThatThrownBy(() -> client.execute(ApiRequest.get("/things/9"), ThingEnvelope.class))
                    .isInstanceOfSatisfying(TransporterException.class, ex -> {
                        assertThat(ex.reason()).isEqualTo(Reason.INTERRUPTED);
                        assertThat(ex.outcomeUnknown()).isFalse();
                        assertThat(ex.getSuppressed()).singleElement().isInstanceOf(ErrorException.class);
                    });
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
        assertThat(requests()).isEqualTo(1);
    }

    @Test
    void anInterruptedThreadGetsNoRetries() {
        api.server().stubFor(get(anyUrl()).willReturn(thing(9)));
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> api.client().execute(ApiRequest.get("/things/9"), ThingEnvelope.class))
                    .isInstanceOfSatisfying(
                            TransporterException.class,
                            ex -> assertThat(ex.reason()).isEqualTo(Reason.INTERRUPTED));
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
        assertThat(api.sleeper().sleeps()).isEmpty();
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
