package io.github.hetznerimages.images.observation;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;

/**
 * Names and tags the observations of the images services. Implement it (or extend
 * {@link DefaultHetznerObservationConvention}) and define it as a bean to replace the default; without Spring, pass
 * it to the services' constructors.
 */
public interface HetznerObservationConvention extends ObservationConvention<HetznerObservationContext> {

    @Override
    default boolean supportsContext(Observation.Context context) {
        return context instanceof HetznerObservationContext;
    }
}
