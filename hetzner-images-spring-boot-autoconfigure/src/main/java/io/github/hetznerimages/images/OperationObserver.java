package io.github.hetznerimages.images;

import io.github.hetznerimages.images.observation.DefaultHetznerObservationConvention;
import io.github.hetznerimages.images.observation.HetznerObservationContext;
import io.github.hetznerimages.images.observation.HetznerObservationConvention;
import io.github.hetznerimages.images.observation.HetznerObservationDocumentation;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import java.util.Objects;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Wraps each service call in one {@link HetznerObservationDocumentation#OPERATION} observation, current while the
 * call runs, so the HTTP client's observations become its children. With {@link ObservationRegistry#NOOP} it only
 * calls through.
 */
final class OperationObserver {

    /** Observes nothing. */
    static final OperationObserver NONE = new OperationObserver(ObservationRegistry.NOOP, null);

    private static final HetznerObservationConvention DEFAULT = new DefaultHetznerObservationConvention();

    private final ObservationRegistry registry;
    private final @Nullable HetznerObservationConvention convention;

    OperationObserver(ObservationRegistry registry, @Nullable HetznerObservationConvention convention) {
        this.registry = Objects.requireNonNull(registry, "observationRegistry");
        this.convention = convention;
    }

    /** Runs the call as operation {@code operation}, a child of the current observation, if any. */
    <T> T observe(String operation, Supplier<T> call) {
        return registry.isNoop() ? call.get() : observation(operation).observe(call);
    }

    /**
     * Runs the call as operation {@code operation}, a child of {@code parent}: for pages fetched on another thread,
     * where the caller's observation is not current.
     */
    <T> T observe(String operation, @Nullable Observation parent, Supplier<T> call) {
        return registry.isNoop()
                ? call.get()
                : observation(operation).parentObservation(parent).observe(call);
    }

    /** Runs the call as operation {@code operation}. */
    void run(String operation, Runnable call) {
        if (registry.isNoop()) {
            call.run();
        } else {
            observation(operation).observe(call);
        }
    }

    /** The observation current on this thread, to pass to {@link #observe(String, Observation, Supplier)}. */
    @Nullable
    Observation current() {
        return registry.getCurrentObservation();
    }

    private Observation observation(String operation) {
        return HetznerObservationDocumentation.OPERATION.observation(
                convention, DEFAULT, () -> new HetznerObservationContext(operation), registry);
    }
}
