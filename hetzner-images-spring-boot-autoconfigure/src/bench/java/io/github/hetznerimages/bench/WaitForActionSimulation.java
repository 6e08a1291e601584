package io.github.hetznerimages.bench;

import io.github.hetznerimages.Action;
import io.github.hetznerimages.ActionStatus;
import io.github.hetznerimages.client.HetznerClient;
import io.github.hetznerimages.images.ImageActionsService;
import io.github.hetznerimages.images.WaitOptions;
import io.github.hetznerimages.testsupport.FakeTime;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.mock.http.client.MockClientHttpRequest;
import org.springframework.mock.http.client.MockClientHttpResponse;

/**
 * How many polls a wait for an action costs and how late it sees the action finish. Runs the real
 * {@link ImageActionsService#waitFor(Action, WaitOptions)} on an in-memory transport with a simulated clock: the
 * client's {@code Sleeper} advances the clock instead of sleeping, and {@code GET /actions/{id}} answers
 * {@code running} until the simulated time reaches the action's end, then {@code success} (with a full rate-limit
 * bucket, so no slow-down). Our schedule is {@link WaitOptions#defaults()}; the official clients' fixed 0.5 s
 * (hcloud-go) and 1 s polling run through the same waiter with the interval pinned.
 */
final class WaitForActionSimulation {

    /** Action durations, spread {@code ±10 %} around each nominal one so a lucky poll phase does not decide. */
    static final List<Duration> ACTIONS = List.of(Duration.ofSeconds(5), Duration.ofSeconds(30), Duration.ofMinutes(5));

    private static final int SAMPLES = 1_001;
    private static final long ACTION_ID = 13;

    private WaitForActionSimulation() {}

    /** One schedule's cost for one action length: mean polls, mean and worst delay until the finish is seen. */
    record Result(
            String schedule, Duration action, double meanPolls, double meanDelaySeconds, double maxDelaySeconds) {}

    static List<Result> run() {
        List<Result> results = new ArrayList<>();
        for (Duration action : ACTIONS) {
            results.add(
                    measure("ours: `WaitOptions.defaults()` (1 s doubling to 10 s)", action, WaitOptions.defaults()));
            results.add(measure("fixed 0.5 s (hcloud-go)", action, fixed(Duration.ofMillis(500))));
            results.add(measure("fixed 1 s", action, fixed(Duration.ofSeconds(1))));
        }
        return results;
    }

    private static WaitOptions fixed(Duration interval) {
        return WaitOptions.defaults().withPollInterval(interval).withMaxPollInterval(interval);
    }

    /** Waits for {@link #SAMPLES} actions of {@code action ±10 %} with {@code options}, each started at "now". */
    static Result measure(String name, Duration action, WaitOptions options) {
        FakeApi api = new FakeApi();
        HetznerClient client = HetznerClient.builder()
                .baseUrl("http://api.invalid")
                .token(BenchClients.TOKEN)
                .requestFactory(api)
                .clock(api.clock)
                .sleeper(api.time)
                .build();
        ImageActionsService actions = new ImageActionsService(client);
        double polls = 0;
        double delays = 0;
        double worst = 0;
        long nominal = action.toMillis();
        for (int sample = 0; sample < SAMPLES; sample++) {
            Instant started = api.clock.instant();
            api.finishesAt = started.plusMillis(Math.round(nominal * (0.9 + 0.2 * sample / (SAMPLES - 1))));
            api.polls = 0;
            Action done = actions.waitFor(api.action(ActionStatus.RUNNING, 0), options);
            if (!done.isSuccessful() || api.clock.instant().isBefore(api.finishesAt)) {
                throw new IllegalStateException("waitFor returned " + done.status() + " before the action finished");
            }
            polls += api.polls;
            double delay = Duration.between(api.finishesAt, api.clock.instant()).toMillis() / 1000.0;
            delays += delay;
            worst = Math.max(worst, delay);
        }
        return new Result(name, action, polls / SAMPLES, delays / SAMPLES, worst);
    }

    /** The in-memory API: {@code GET /actions/{id}} for one action that finishes at {@link #finishesAt}. */
    private static final class FakeApi implements ClientHttpRequestFactory {

        final FakeTime time = new FakeTime(Instant.parse("2026-01-01T00:00:00Z"));
        final Clock clock = time.clock();
        Instant finishesAt;
        Instant started;
        long polls;

        @Override
        public MockClientHttpRequest createRequest(URI uri, HttpMethod method) {
            if (method != HttpMethod.GET || !uri.getPath().equals("/actions/" + ACTION_ID)) {
                throw new IllegalStateException("unexpected request " + method + " " + uri);
            }
            polls++;
            Instant now = clock.instant();
            String json = now.isBefore(finishesAt)
                    ? actionJson("running", progress(now), "null")
                    : actionJson("success", 100, "\"" + finishesAt + "\"");
            MockClientHttpResponse response =
                    new MockClientHttpResponse(json.getBytes(StandardCharsets.UTF_8), HttpStatus.OK);
            response.getHeaders().setContentType(MediaType.APPLICATION_JSON);
            response.getHeaders().set("RateLimit-Limit", "3600");
            response.getHeaders().set("RateLimit-Remaining", "3599");
            response.getHeaders().set("RateLimit-Reset", Long.toString(now.getEpochSecond() + 1));
            MockClientHttpRequest request = new MockClientHttpRequest(method, uri);
            request.setResponse(response);
            return request;
        }

        /** The action as the caller got it from the create call, and records when it started. */
        Action action(ActionStatus status, int progress) {
            started = clock.instant();
            return new Action(
                    ACTION_ID,
                    "create_image",
                    status,
                    progress,
                    OffsetDateTime.ofInstant(started, ZoneOffset.UTC),
                    null,
                    List.of(new Action.Resource(4711, "image")),
                    null);
        }

        private int progress(Instant now) {
            long total = Duration.between(started, finishesAt).toMillis();
            return (int) Math.min(99, Duration.between(started, now).toMillis() * 100 / Math.max(1, total));
        }

        private String actionJson(String status, int progress, String finished) {
            return "{\"action\":{\"id\":" + ACTION_ID + ",\"command\":\"create_image\",\"status\":\"" + status
                    + "\",\"progress\":" + progress + ",\"started\":\"" + started + "\",\"finished\":" + finished
                    + ",\"resources\":[{\"id\":4711,\"type\":\"image\"}],\"error\":null}}";
        }
    }
}
