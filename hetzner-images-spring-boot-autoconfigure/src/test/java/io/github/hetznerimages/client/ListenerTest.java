package io.github.hetznerimages.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.github.hetznerimages.error.ErrorException;
import io.github.hetznerimages.error.HetznerException;
import io.github.hetznerimages.testsupport.HetznerApiExtension;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What the client tells its {@link HetznerClient.Listener}: 429 answers, retries and rate-limit waits. */
class ListenerTest {

    @RegisterExtension
    static final HetznerApiExtension api = new HetznerApiExtension().withoutContractValidation();

    private static final Instant NOW = Instant.parse("2026-05-01T12:00:00Z");
    private static final String FAR_RESET = String.valueOf(NOW.getEpochSecond() + 3600);
    private static final ApiRequest GET_THING = ApiRequest.get("/things/{id}").withPathVariable("id", 9);

    record ThingEnvelope(Thing thing) {}

    record Thing(long id) {}

    /** Writes down every event as one line. */
    static final class RecordingListener implements HetznerClient.Listener {

        final List<String> events = new CopyOnWriteArrayList<>();

        @Override
        public void rateLimited(ApiRequest request) {
            events.add("429 " + request.describe());
        }

        @Override
        public void retrying(ApiRequest request, HetznerException failure, int attempt) {
            String cause = failure instanceof ErrorException error
                    ? error.code()
                    : failure.getClass().getSimpleName();
            events.add("retry " + request.describe() + " after attempt " + attempt + " (" + cause + ")");
        }

        @Override
        public void waitedForRateLimit(ApiRequest request, Duration waited) {
            events.add("waited " + waited.toMillis() + " ms for " + request.describe());
        }
    }

    private final RecordingListener listener = new RecordingListener();

    private HetznerClient client() {
        return api.clientBuilder()
                .clock(Clock.fixed(NOW, ZoneOffset.UTC))
                .listener(listener)
                .build();
    }

    private static ResponseDefinitionBuilder error(int status, String code) {
        return aResponse()
                .withStatus(status)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\":{\"code\":\"" + code + "\",\"message\":\"m\",\"details\":null}}");
    }

    private static ResponseDefinitionBuilder withBucket(ResponseDefinitionBuilder answer, int remaining) {
        return answer.withHeader("RateLimit-Limit", "3600")
                .withHeader("RateLimit-Remaining", String.valueOf(remaining))
                .withHeader("RateLimit-Reset", FAR_RESET);
    }

    private static void firstThen(ResponseDefinitionBuilder first, ResponseDefinitionBuilder then) {
        api.server()
                .stubFor(get(urlPathEqualTo("/things/9"))
                        .inScenario("answers")
                        .whenScenarioStateIs(Scenario.STARTED)
                        .willSetStateTo("second")
                        .willReturn(first));
        api.server()
                .stubFor(get(urlPathEqualTo("/things/9"))
                        .inScenario("answers")
                        .whenScenarioStateIs("second")
                        .willReturn(then));
    }

    @Test
    void a429ThenSuccessIsOneRateLimitedAnswerOneRetryAndOneWaitOfTheRefillInterval() {
        firstThen(withBucket(error(429, "rate_limit_exceeded"), 0), okJson("{\"thing\":{\"id\":9}}"));

        ThingEnvelope answer = client().execute(GET_THING, ThingEnvelope.class);

        assertThat(answer.thing().id()).isEqualTo(9);
        assertThat(listener.events)
                .containsExactly(
                        "429 GET /things/{id}",
                        "retry GET /things/{id} after attempt 1 (rate_limit_exceeded)",
                        "waited 1000 ms for GET /things/{id}");
        assertThat(api.sleeper().sleeps()).containsExactly(Duration.ofSeconds(1));
    }

    @Test
    void aRetriedServerErrorIsARetryWithoutRateLimitEvents() {
        firstThen(error(503, "unavailable"), okJson("{\"thing\":{\"id\":9}}"));

        client().execute(GET_THING, ThingEnvelope.class);

        assertThat(listener.events).containsExactly("retry GET /things/{id} after attempt 1 (unavailable)");
        assertThat(api.sleeper().sleeps()).containsExactly(Duration.ofSeconds(1));
    }

    @Test
    void aWaitForAnEmptyBucketIsReportedWithoutA429OrARetry() {
        api.server()
                .stubFor(get(urlPathEqualTo("/things/9")).willReturn(withBucket(okJson("{\"thing\":{\"id\":9}}"), 0)));
        HetznerClient client = client();
        client.execute(GET_THING, ThingEnvelope.class);

        client.execute(GET_THING, ThingEnvelope.class);

        assertThat(listener.events).containsExactly("waited 1000 ms for GET /things/{id}");
    }

    @Test
    void a429ThatIsNotRetriedIsStillCounted() {
        api.server()
                .stubFor(get(urlPathEqualTo("/things/9")).willReturn(withBucket(error(429, "rate_limit_exceeded"), 0)));
        HetznerClient client = api.clientBuilder()
                .clock(Clock.fixed(NOW, ZoneOffset.UTC))
                .retryPolicy(RetryPolicy.NONE)
                .listener(listener)
                .build();

        assertThatThrownBy(() -> client.execute(GET_THING, ThingEnvelope.class))
                .isInstanceOfSatisfying(
                        ErrorException.class,
                        error -> assertThat(error.isRateLimited()).isTrue());
        assertThat(listener.events).containsExactly("429 GET /things/{id}");
    }

    @Test
    void aListenerThatThrowsDoesNotChangeTheCallsResult() {
        firstThen(withBucket(error(429, "rate_limit_exceeded"), 0), okJson("{\"thing\":{\"id\":9}}"));
        HetznerClient client = api.clientBuilder()
                .clock(Clock.fixed(NOW, ZoneOffset.UTC))
                .listener(new HetznerClient.Listener() {
                    @Override
                    public void rateLimited(ApiRequest request) {
                        throw new IllegalStateException("a broken listener");
                    }
                })
                .build();

        ThingEnvelope answer = client.execute(GET_THING, ThingEnvelope.class);

        assertThat(answer.thing().id()).isEqualTo(9);
        assertThat(api.sleeper().sleeps()).containsExactly(Duration.ofSeconds(1));
    }
}
