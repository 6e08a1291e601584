package io.github.hetznerimages.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import io.github.hetznerimages.error.TransporterException;
import io.github.hetznerimages.error.TransporterException.Reason;
import io.github.hetznerimages.testsupport.HetznerApiExtension;
import java.io.IOException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;
import tools.jackson.databind.DatabindException;

/** Answers that are not usable, and no answers at all, end as TransporterExceptions that say what happened. */
class TransportFaultTest {

    @RegisterExtension
    // transport tests use synthetic paths and payloads; the service tests check the API contract
    static final HetznerApiExtension api = new HetznerApiExtension().withoutContractValidation();

    /** A hang guard, far above any expected duration; not a speed target. */
    private static final Duration GUARD = Duration.ofSeconds(10);

    record Thing(long id) {}

    /**
     * One faulty answer and what the client must make of it.
     *
     * @param status the expected status; {@code null} when the JDK may report the fault before or after the status
     *     line arrived
     */
    record Case(
            String name,
            ResponseDefinitionBuilder answer,
            Reason reason,
            OptionalInt status,
            boolean outcomeUnknown,
            Class<? extends Throwable> cause) {

        @Override
        public String toString() {
            return name;
        }
    }

    static List<Case> cases() {
        return List.of(
                new Case(
                        "connection reset",
                        aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER),
                        Reason.CONNECTION_LOST,
                        OptionalInt.empty(),
                        true,
                        IOException.class),
                new Case(
                        "empty response",
                        aResponse().withFault(Fault.EMPTY_RESPONSE),
                        Reason.CONNECTION_LOST,
                        OptionalInt.empty(),
                        true,
                        IOException.class),
                new Case(
                        "malformed chunk",
                        aResponse().withFault(Fault.MALFORMED_RESPONSE_CHUNK),
                        Reason.CONNECTION_LOST,
                        null,
                        true,
                        IOException.class),
                new Case(
                        "random data then close",
                        aResponse().withFault(Fault.RANDOM_DATA_THEN_CLOSE),
                        Reason.CONNECTION_LOST,
                        OptionalInt.empty(),
                        true,
                        IOException.class),
                new Case(
                        "HTML 502 from a proxy",
                        aResponse()
                                .withStatus(502)
                                .withHeader("Content-Type", "text/html")
                                .withBody(
                                        "<html><body><h1>502 Bad Gateway</h1>" + "x".repeat(10_000) + "</body></html>"),
                        Reason.NOT_JSON,
                        OptionalInt.of(502),
                        true,
                        null),
                new Case(
                        "HTML 403 from a proxy",
                        aResponse()
                                .withStatus(403)
                                .withHeader("Content-Type", "text/html")
                                .withBody("<html>Forbidden</html>"),
                        Reason.NOT_JSON,
                        OptionalInt.of(403),
                        false,
                        null),
                new Case(
                        "empty error body",
                        aResponse().withStatus(500),
                        Reason.EMPTY_BODY,
                        OptionalInt.of(500),
                        true,
                        null),
                new Case(
                        "200 with HTML although it says JSON",
                        aResponse()
                                .withStatus(200)
                                .withHeader("Content-Type", "application/json")
                                .withBody("<html>maintenance</html>"),
                        Reason.NOT_JSON,
                        OptionalInt.of(200),
                        true,
                        StreamReadException.class),
                new Case(
                        "200 with a text body",
                        aResponse()
                                .withStatus(200)
                                .withHeader("Content-Type", "text/plain")
                                .withBody("ok"),
                        Reason.NOT_JSON,
                        OptionalInt.of(200),
                        true,
                        null),
                new Case(
                        "200 with truncated JSON",
                        okJson("{\"id\":1,\"labels\":{\"a\":"),
                        Reason.TRUNCATED_BODY,
                        OptionalInt.of(200),
                        true,
                        UnexpectedEndOfInputException.class),
                new Case(
                        "200 with JSON that does not decode",
                        okJson("{\"id\":\"not a number\"}"),
                        Reason.UNDECODABLE,
                        OptionalInt.of(200),
                        true,
                        DatabindException.class),
                new Case(
                        "200 with an empty body",
                        aResponse().withStatus(200).withHeader("Content-Type", "application/json"),
                        Reason.EMPTY_BODY,
                        OptionalInt.of(200),
                        true,
                        null),
                new Case(
                        "a redirect",
                        aResponse().withStatus(302).withHeader("Location", "https://example.com/"),
                        Reason.UNEXPECTED_STATUS,
                        OptionalInt.of(302),
                        false,
                        null));
    }

    private HetznerClient client;

    /** Warms the client up, so that class loading never counts against a time-out. */
    @BeforeEach
    void warmUp() {
        client = api.clientBuilder().retryPolicy(RetryPolicy.NONE).build();
        api.server().stubFor(get(urlPathEqualTo("/warm")).willReturn(okJson("{\"id\":1}")));
        client.execute(ApiRequest.get("/warm"), Thing.class);
        api.server().resetRequests();
    }

    private static TransporterException fails(HetznerClient client, String path) {
        Throwable thrown = assertTimeoutPreemptively(
                GUARD, () -> catchThrowable(() -> client.execute(ApiRequest.get(path), Thing.class)));
        assertThat(thrown).isInstanceOf(TransporterException.class);
        return (TransporterException) thrown;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachFaultEndsAsTransporterExceptionSayingWhatHappened(Case c) {
        api.server().stubFor(get(urlPathEqualTo("/things/7")).willReturn(c.answer()));

        TransporterException ex = fails(client, "/things/7");

        assertThat(ex.reason()).isEqualTo(c.reason());
        if (c.status() != null) {
            assertThat(ex.status())
                    .isEqualTo(c.status().isPresent() ? c.status().getAsInt() : null);
        }
        assertThat(ex.outcomeUnknown()).isEqualTo(c.outcomeUnknown());
        assertThat(ex.method()).isEqualTo("GET");
        assertThat(ex.path()).isEqualTo("/things/7");
        if (c.cause() == null) {
            assertThat(ex.getCause()).isNull();
        } else {
            assertThat(causeChain(ex)).anyMatch(c.cause()::isInstance);
        }
        assertThat(ex.getMessage()).startsWith("GET /things/7: ").hasSizeLessThan(600);
        // this client does not retry (RetryPolicy.NONE); the JDK HttpClient itself re-sends a GET (never a POST)
        // once when the connection closed before any byte of an answer
        assertThat(api.server().findAll(getRequestedFor(urlPathEqualTo("/things/7"))))
                .hasSizeBetween(1, 2);
    }

    static List<Case> connectionFaults() {
        return cases().stream()
                .filter(c -> c.reason() == Reason.CONNECTION_LOST)
                .toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("connectionFaults")
    void aCreatingPostIsSentExactlyOnceWhateverTheConnectionFault(Case c) {
        api.server()
                .stubFor(post(urlPathEqualTo("/servers/5/actions/create_image")).willReturn(c.answer()));
        HetznerClient retrying = api.client();
        ApiRequest create = ApiRequest.creatingPost(
                        "/servers/{id}/actions/create_image",
                        java.util.Map.of("labels", java.util.Map.of("run", "r1")),
                        "look for the image by its labels before trying again")
                .withPathVariable("id", 5);

        Throwable thrown =
                assertTimeoutPreemptively(GUARD, () -> catchThrowable(() -> retrying.execute(create, Thing.class)));

        assertThat(thrown).isInstanceOfSatisfying(TransporterException.class, ex -> {
            assertThat(ex.reason()).isEqualTo(Reason.CONNECTION_LOST);
            assertThat(ex.outcomeUnknown()).isTrue();
            assertThat(ex.getMessage())
                    .startsWith("POST /servers/{id}/actions/create_image: ")
                    .contains("the outcome is unknown")
                    .endsWith("look for the image by its labels before trying again");
        });
        api.server().verify(1, postRequestedFor(urlPathEqualTo("/servers/5/actions/create_image")));
        assertThat(api.sleeper().sleeps()).isEmpty();
    }

    @Test
    void anHtmlErrorPageIsQuotedShortly() {
        api.server()
                .stubFor(get(urlPathEqualTo("/things/7"))
                        .willReturn(aResponse()
                                .withStatus(502)
                                .withHeader("Content-Type", "text/html")
                                .withBody("<html><body><h1>502 Bad Gateway</h1>" + "x".repeat(10_000))));

        TransporterException ex = fails(client, "/things/7");

        assertThat(ex.getMessage())
                .contains("HTTP 502 with a body that is not the API's error envelope (text/html)")
                .contains("<html><body><h1>502 Bad Gateway</h1>")
                .contains("bytes)");
    }

    @Test
    void aSlowAnswerTimesOutAtTheReadTimeout() {
        HetznerClient quick = api.clientBuilder()
                .retryPolicy(RetryPolicy.NONE)
                .readTimeout(Duration.ofMillis(200))
                .build();
        api.server().stubFor(get(urlPathEqualTo("/warm")).willReturn(okJson("{\"id\":1}")));
        quick.execute(ApiRequest.get("/warm"), Thing.class);
        api.server()
                .stubFor(get(urlPathEqualTo("/slow"))
                        .willReturn(okJson("{\"id\":1}").withFixedDelay(3_000)));

        long started = System.nanoTime();
        TransporterException ex = fails(quick, "/slow");
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(ex.reason()).isEqualTo(Reason.TIMED_OUT);
        assertThat(ex.outcomeUnknown()).isTrue();
        assertThat(ex.status()).isNull();
        assertThat(causeChain(ex)).anyMatch(HttpTimeoutException.class::isInstance);
        assertThat(ex.getMessage()).contains("no answer within the read time-out");
        // the time-out, not the answer, ended the call
        assertThat(took).isLessThan(Duration.ofMillis(3_000));
    }

    @Test
    void faultsLeaveNoClientThreadsBehind() {
        for (Case c : cases()) {
            api.server()
                    .stubFor(
                            get(urlPathEqualTo("/fault/" + c.name().hashCode())).willReturn(c.answer()));
        }
        runAllFaults();
        long afterFirstRound = httpClientThreads();

        for (int round = 0; round < 3; round++) {
            runAllFaults();
        }

        // a leak would add threads per failed call: 3 rounds x 13 faults
        assertThat(httpClientThreads()).isLessThanOrEqualTo(afterFirstRound + 2);
    }

    private void runAllFaults() {
        for (Case c : cases()) {
            fails(client, "/fault/" + c.name().hashCode());
        }
    }

    private static long httpClientThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(Thread::isAlive)
                .filter(thread -> thread.getName().startsWith("HttpClient-"))
                .count();
    }

    private static List<Throwable> causeChain(Throwable ex) {
        List<Throwable> chain = new ArrayList<>();
        for (Throwable cause = ex.getCause(); cause != null; cause = cause.getCause()) {
            chain.add(cause);
        }
        return chain;
    }
}
