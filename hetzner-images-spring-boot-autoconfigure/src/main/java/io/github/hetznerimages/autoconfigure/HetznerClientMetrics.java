package io.github.hetznerimages.autoconfigure;

import io.github.hetznerimages.client.ApiRequest;
import io.github.hetznerimages.client.HetznerClient;
import io.github.hetznerimages.error.ErrorException;
import io.github.hetznerimages.error.HetznerException;
import io.github.hetznerimages.error.TransporterException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * Counts what the client does to stay within the API's limits, in the application's {@link MeterRegistry}:
 * {@value #RETRIES} (retries, tagged with their {@code cause}), {@value #RATE_LIMITED} (answers of HTTP 429) and
 * {@value #RATE_LIMIT_WAIT} (time callers waited for the rate-limit bucket before sending). All are tagged with the
 * request's {@code method} and {@code path} template (e.g. {@code /images/{id}}).
 */
final class HetznerClientMetrics implements HetznerClient.Listener {

    /** Counter of retried attempts; tag {@code cause}: the API's error code or the transport failure's reason. */
    static final String RETRIES = "hetzner.client.retries";

    /** Counter of answers saying the rate limit was hit (HTTP 429, {@code rate_limit_exceeded}). */
    static final String RATE_LIMITED = "hetzner.ratelimit.exceeded";

    /** Timer of the waits for the rate-limit bucket (an empty bucket, or the turn after a 429). */
    static final String RATE_LIMIT_WAIT = "hetzner.ratelimit.wait";

    private final MeterRegistry registry;

    HetznerClientMetrics(MeterRegistry registry) {
        this.registry = Objects.requireNonNull(registry, "registry");
    }

    @Override
    public void rateLimited(ApiRequest request) {
        Counter.builder(RATE_LIMITED)
                .description("Answers of the Hetzner Cloud API saying the rate limit was hit (HTTP 429)")
                .baseUnit("answers")
                .tags(tags(request))
                .register(registry)
                .increment();
    }

    @Override
    public void retrying(ApiRequest request, HetznerException failure, int attempt) {
        Counter.builder(RETRIES)
                .description("Attempts the Hetzner Cloud API client repeated after a failure")
                .baseUnit("retries")
                .tags(tags(request).and("cause", cause(failure)))
                .register(registry)
                .increment();
    }

    @Override
    public void waitedForRateLimit(ApiRequest request, Duration waited) {
        Timer.builder(RATE_LIMIT_WAIT)
                .description("Time callers waited for the Hetzner Cloud API rate-limit bucket before sending")
                .tags(tags(request))
                .register(registry)
                .record(waited);
    }

    private static Tags tags(ApiRequest request) {
        return Tags.of("method", request.method().name(), "path", request.pathTemplate());
    }

    /** A bounded set of values, as the {@code error.code} tag of the service observations. */
    private static String cause(HetznerException failure) {
        if (failure instanceof ErrorException answer) {
            return answer.errorCode().value();
        }
        if (failure instanceof TransporterException transport) {
            return transport.reason().name().toLowerCase(Locale.ROOT);
        }
        return "other";
    }
}
