package io.github.hetznerimages.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import com.github.tomakehurst.wiremock.http.Fault;
import io.github.hetznerimages.testsupport.HetznerApiExtension;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.LoggerFactory;

/** What the client logs, and that the token is in no log line and no exception message. */
class HetznerClientLoggingTest {

    @RegisterExtension
    // transport tests use synthetic paths and payloads; the service tests check the API contract
    static final HetznerApiExtension api = new HetznerApiExtension().withoutContractValidation();

    private static final String TOKEN = HetznerApiExtension.TOKEN;

    record Thing(long id) {}

    record ThingEnvelope(Thing thing) {}

    private final Logger logger = (Logger) LoggerFactory.getLogger("io.github.hetznerimages");
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
    private Level previousLevel;

    @BeforeEach
    void captureLogs() {
        previousLevel = logger.getLevel();
        logger.setLevel(Level.TRACE);
        appender.start();
        logger.addAppender(appender);
    }

    @AfterEach
    void releaseLogs() {
        logger.detachAppender(appender);
        logger.setLevel(previousLevel);
    }

    private List<String> lines() {
        List<String> lines = new ArrayList<>();
        for (ILoggingEvent event : appender.list) {
            String line = event.getLevel() + " " + event.getFormattedMessage();
            if (event.getThrowableProxy() != null) {
                line += " " + ThrowableProxyUtil.asString(event.getThrowableProxy());
            }
            lines.add(line);
        }
        return lines;
    }

    @Test
    void debugShowsOneLinePerAttemptWithTemplateStatusDurationAttemptAndCorrelationId() {
        api.server()
                .stubFor(get(urlPathEqualTo("/things/42"))
                        .willReturn(okJson("{\"thing\":{\"id\":42}}").withHeader("X-Correlation-Id", "corr-9")));

        api.client().execute(ApiRequest.get("/things/{id}").withPathVariable("id", 42), ThingEnvelope.class);

        assertThat(lines())
                .filteredOn(line -> line.startsWith("DEBUG"))
                .singleElement()
                .asString()
                .matches("DEBUG GET /things/\\{id} -> HTTP 200 in \\d+ ms \\(attempt 1, correlation id corr-9\\)");
        assertThat(lines()).noneMatch(line -> line.contains("/things/42"));
    }

    @Test
    void retriesAreLoggedWithTheirReasonAndWait() {
        api.server()
                .stubFor(get(urlPathEqualTo("/things/42"))
                        .willReturn(aResponse()
                                .withStatus(503)
                                .withHeader("Content-Type", "application/json")
                                .withBody("{\"error\":{\"code\":\"unavailable\",\"message\":\"later\"}}")));

        catchThrowable(() -> api.clientBuilder()
                .retryPolicy(RetryPolicy.DEFAULT.withJitter(0.0).withMaxRetries(1))
                .build()
                .execute(ApiRequest.get("/things/{id}").withPathVariable("id", 42), ThingEnvelope.class));

        assertThat(lines())
                .filteredOn(line -> line.startsWith("DEBUG"))
                .containsSubsequence(
                        "DEBUG GET /things/{id}: attempt 1 failed (GET /things/{id} failed: HTTP 503 unavailable:"
                                + " later); retrying in 1000 ms",
                        "DEBUG GET /things/{id}: giving up after 2 attempts")
                .anyMatch(line -> line.contains("(attempt 2, correlation id none)"));
    }

    @Test
    void traceShowsBodiesButOnlyTheirStart() {
        String big = "{\"thing\":{\"id\":1,\"description\":\"" + "d".repeat(20_000) + "\"}}";
        api.server().stubFor(put(urlPathEqualTo("/things/1")).willReturn(okJson(big)));

        api.client()
                .execute(
                        ApiRequest.put("/things/{id}", Map.of("description", "new"))
                                .withPathVariable("id", 1),
                        ThingEnvelope.class);

        assertThat(lines())
                .contains("TRACE PUT /things/{id} request body: {\"description\":\"new\"}")
                .anySatisfy(line -> assertThat(line)
                        .startsWith("TRACE PUT /things/{id} <- HTTP 200 body: {\"thing\":{\"id\":1,")
                        .endsWith("... (" + big.length() + " bytes)")
                        .hasSizeLessThan(ResponseReader.TRACE_BODY_LIMIT + 100));
    }

    @Test
    void theTokenIsNeverLoggedNorInAnyExceptionMessage() {
        api.server().stubFor(put(urlPathEqualTo("/things/1")).willReturn(okJson("{\"thing\":{\"id\":1}}")));
        api.server()
                .stubFor(get(urlPathEqualTo("/unauthorized"))
                        .willReturn(aResponse()
                                .withStatus(401)
                                .withHeader("Content-Type", "application/json")
                                .withHeader("X-Correlation-Id", "corr-401")
                                .withBody("{\"error\":{\"code\":\"unauthorized\",\"message\":\"unable to"
                                        + " authenticate\",\"details\":null}}")));
        // a misconfigured proxy that echoes the request, token included
        api.server()
                .stubFor(get(urlPathEqualTo("/echo"))
                        .willReturn(aResponse()
                                .withStatus(400)
                                .withHeader("Content-Type", "text/plain")
                                .withBody("Authorization: Bearer " + TOKEN + "\nUser-Agent: x")));
        api.server().stubFor(get(urlPathEqualTo("/echo-json")).willReturn(okJson("{\"id\":\"Bearer " + TOKEN + "\"}")));
        api.server()
                .stubFor(get(urlPathEqualTo("/reset"))
                        .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        api.server()
                .stubFor(get(urlPathEqualTo("/slow"))
                        .willReturn(okJson("{\"id\":1}").withFixedDelay(2_000)));
        HetznerClient client = api.clientBuilder()
                .readTimeout(Duration.ofMillis(300))
                .retryPolicy(RetryPolicy.DEFAULT.withJitter(0.0).withMaxRetries(1))
                .build();

        client.execute(
                ApiRequest.put("/things/{id}", Map.of("labels", Map.of("a", "b")))
                        .withPathVariable("id", 1),
                ThingEnvelope.class);
        List<Throwable> failures = new ArrayList<>();
        for (String path : List.of("/unauthorized", "/echo", "/echo-json", "/reset", "/slow")) {
            failures.add(catchThrowable(() -> client.execute(ApiRequest.get(path), Thing.class)));
        }

        assertThat(failures).doesNotContainNull().hasSize(5);
        assertThat(failures.get(1)).hasMessageContaining("Authorization: Bearer [redacted]");
        List<String> texts = new ArrayList<>(lines());
        for (Throwable failure : failures) {
            for (Throwable t = failure; t != null; t = t.getCause()) {
                texts.add(String.valueOf(t.getMessage()));
                texts.add(t.toString());
            }
            for (Throwable suppressed : failure.getSuppressed()) {
                texts.add(String.valueOf(suppressed.getMessage()));
            }
        }
        assertThat(lines()).anyMatch(line -> line.startsWith("TRACE")).anyMatch(line -> line.contains("[redacted]"));
        assertThat(texts).noneMatch(text -> text.contains(TOKEN));
        assertThat(texts).noneMatch(text -> text.contains(TOKEN.substring(0, 16)));
    }
}
