package io.github.hetznerimages.autoconfigure;

import io.github.hetznerimages.RateLimit;
import io.github.hetznerimages.client.HetznerClient;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.util.Objects;
import java.util.function.ToIntFunction;

/**
 * Publishes the latest rate-limit headers of the Hetzner Cloud API as gauges: {@value #REMAINING} (requests left in
 * the bucket) and {@value #LIMIT} (requests allowed per hour). Both read {@code NaN} until an answer carried the
 * headers. Spring Boot binds it to the application's meter registry.
 */
public final class HetznerRateLimitMetrics implements MeterBinder {

    /** The gauge of the requests left in the bucket ({@code RateLimit-Remaining}). */
    public static final String REMAINING = "hetzner.ratelimit.remaining";

    /** The gauge of the requests allowed per hour ({@code RateLimit-Limit}). */
    public static final String LIMIT = "hetzner.ratelimit.limit";

    private final HetznerClient client;

    /**
     * Creates the gauges' source.
     *
     * @param client the client whose rate-limit state to publish
     */
    public HetznerRateLimitMetrics(HetznerClient client) {
        this.client = Objects.requireNonNull(client, "client");
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        gauge(
                        REMAINING,
                        "Requests left in the Hetzner Cloud API rate-limit bucket, as of the latest answer",
                        RateLimit::remaining)
                .register(registry);
        gauge(LIMIT, "Requests per hour the Hetzner Cloud API allows, as of the latest answer", RateLimit::limit)
                .register(registry);
    }

    private Gauge.Builder<HetznerClient> gauge(String name, String description, ToIntFunction<RateLimit> value) {
        return Gauge.builder(name, client, source -> read(source, value))
                .description(description)
                .baseUnit("requests")
                .strongReference(true);
    }

    private static double read(HetznerClient source, ToIntFunction<RateLimit> value) {
        return source.rateLimit()
                .map(rateLimit -> (double) value.applyAsInt(rateLimit))
                .orElse(Double.NaN);
    }
}
