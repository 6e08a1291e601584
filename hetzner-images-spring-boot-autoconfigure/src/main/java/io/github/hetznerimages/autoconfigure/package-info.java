/**
 * Spring Boot auto-configuration of the Hetzner Cloud images client: {@link
 * io.github.hetznerimages.autoconfigure.HetznerImagesAutoConfiguration} (the services and their shared client),
 * {@link io.github.hetznerimages.autoconfigure.HetznerProperties} ({@code hetzner.*}), the {@link
 * io.github.hetznerimages.autoconfigure.HetznerRestClientCustomizer} hook, rate-limit gauges, the failure analysis
 * of a missing token and the native-image hints.
 */
@NullMarked
package io.github.hetznerimages.autoconfigure;

import org.jspecify.annotations.NullMarked;
