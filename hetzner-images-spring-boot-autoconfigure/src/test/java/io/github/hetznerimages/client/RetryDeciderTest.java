package io.github.hetznerimages.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.hetznerimages.RateLimit;
import io.github.hetznerimages.error.ErrorDetails;
import io.github.hetznerimages.error.ErrorException;
import io.github.hetznerimages.error.HetznerException;
import io.github.hetznerimages.error.TransporterException;
import io.github.hetznerimages.error.TransporterException.Reason;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The retry table: failure kind x request kind -> retried or not. */
class RetryDeciderTest {

    private final RetryDecider decider = new RetryDecider(RetryPolicy.DEFAULT.withJitter(0.0));
    private final RateLimitTracker tracker = new RateLimitTracker();

    private static ApiRequest request(String kind) {
        return switch (kind) {
            case "get" -> ApiRequest.get("/images/{id}");
            case "put" -> ApiRequest.put("/images/{id}", Map.of());
            case "delete" -> ApiRequest.delete("/images/{id}");
            case "protect" -> ApiRequest.idempotentPost("/images/{id}/actions/change_protection", Map.of());
            case "create" -> ApiRequest.creatingPost("/servers/{id}/actions/create_image", Map.of(), "look");
            default -> throw new IllegalArgumentException(kind);
        };
    }

    private static HetznerException failure(String kind) {
        String[] parts = kind.split(" ");
        if (parts[0].equals("error")) {
            int status = Integer.parseInt(parts[1]);
            return new ErrorException("GET", "/x", status, parts[2], "m", ErrorDetails.NONE, null, null);
        }
        Reason reason = Reason.valueOf(parts[1]);
        int status = parts.length > 2 ? Integer.parseInt(parts[2]) : 0;
        return new TransporterException("m", reason, "GET", "/x", status, reason != Reason.CONNECT_FAILED, null);
    }

    @ParameterizedTest(name = "{0} after {1}: {2}")
    @CsvSource({
        // idempotent requests: transient failures are retried
        "get,     error 503 unavailable,        backoff",
        "get,     error 502 bad_gateway,        backoff",
        "get,     error 504 timeout,            backoff",
        "get,     error 409 conflict,           backoff",
        "put,     error 409 conflict,           backoff",
        "delete,  error 503 unavailable,        backoff",
        "protect, error 504 timeout,            backoff",
        "get,     transport TIMED_OUT,          backoff",
        "delete,  transport CONNECTION_LOST,    backoff",
        "get,     transport NOT_JSON 502,       backoff",
        "put,     transport EMPTY_BODY 503,     backoff",
        "get,     transport CONNECT_FAILED,     backoff",
        // rate limited: any request, after one refill interval
        "get,     error 429 rate_limit_exceeded, refill",
        "create,  error 429 rate_limit_exceeded, refill",
        "create,  transport NOT_JSON 429,       refill",
        // never sent: any request
        "create,  transport CONNECT_FAILED,     backoff",
        // the rest is final
        "create,  transport CONNECTION_LOST,    final",
        "create,  transport TIMED_OUT,          final",
        "create,  transport NOT_JSON 502,       final",
        "create,  transport SERVER_ERROR 500,   final",
        "create,  error 409 conflict,           final",
        "create,  error 503 unavailable,        final",
        "get,     error 500 server_error,       final",
        "get,     error 404 not_found,          final",
        "get,     error 423 locked,             final",
        "get,     transport NOT_JSON 200,       final",
        "get,     transport TRUNCATED_BODY 200, final",
        "get,     transport UNDECODABLE 200,    final",
        "get,     transport INTERRUPTED,        final",
        "get,     transport OTHER,              final"
    })
    void decides(String requestKind, String failureKind, String expected) {
        Duration delay = decider.delayBeforeRetry(request(requestKind), failure(failureKind), 1, tracker, 0.0);

        Duration wanted = switch (expected) {
            case "backoff" -> Duration.ofSeconds(1);
            case "refill" -> Duration.ofSeconds(1);
            default -> null;
        };
        assertThat(delay).isEqualTo(wanted);
    }

    @Test
    void nothingIsRetriedOnceTheRetriesAreUsedUp() {
        HetznerException unavailable = failure("error 503 unavailable");

        assertThat(decider.delayBeforeRetry(request("get"), unavailable, 5, tracker, 0.0))
                .isEqualTo(Duration.ofSeconds(16));
        assertThat(decider.delayBeforeRetry(request("get"), unavailable, 6, tracker, 0.0))
                .isNull();
    }

    @Test
    void aRateLimitWaitFollowsTheLimitOfTheAnswerNotTheBackOff() {
        RateLimit limit = new RateLimit(7200, 0, Instant.EPOCH.plusSeconds(3600), Instant.EPOCH);
        ErrorException rateLimited =
                new ErrorException("GET", "/x", 429, "rate_limit_exceeded", "m", ErrorDetails.NONE, null, limit);

        assertThat(decider.delayBeforeRetry(request("get"), rateLimited, 4, tracker, 0.0))
                .isEqualTo(Duration.ofMillis(500));
    }

    @Test
    void aRateLimitWaitIsJitteredUpwardsOnly() {
        RetryDecider jittered = new RetryDecider(RetryPolicy.DEFAULT);

        assertThat(jittered.refillDelay(Optional.empty(), 0.0)).isEqualTo(Duration.ofSeconds(1));
        assertThat(jittered.refillDelay(Optional.empty(), 0.5)).isEqualTo(Duration.ofMillis(1250));
    }
}
