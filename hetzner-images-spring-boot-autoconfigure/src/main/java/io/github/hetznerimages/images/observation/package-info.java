/**
 * Observation of the images services: one {@code hetzner.images.operation} observation per call, with a
 * replaceable {@link io.github.hetznerimages.images.observation.HetznerObservationConvention}.
 */
@NullMarked
package io.github.hetznerimages.images.observation;

import org.jspecify.annotations.NullMarked;
