package io.github.hetznerimages.autoconfigure;

import io.github.hetznerimages.RateLimit;
import io.github.hetznerimages.client.RateLimitTracker;
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

    private final RateLimitTracker tracker;

    /**
     * Creates the gauges' source.
     *
     * @param tracker the rate-limit state of the client to publish
     */
    public HetznerRateLimitMetrics(RateLimitTracker tracker) {
        this.tracker = Objects.requireNonNull(tracker, "tracker");
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

    private Gauge.Builder<RateLimitTracker> gauge(String name, String description, ToIntFunction<RateLimit> value) {
        return Gauge.builder(name, tracker, source -> read(source, value))
                .description(description)
                .baseUnit("requests")
                .strongReference(true);
    }

    private static double read(RateLimitTracker source, ToIntFunction<RateLimit> value) {
        return source.latest()
                .map(rateLimit -> (double) value.applyAsInt(rateLimit))
                .orElse(Double.NaN);
    }
}
