/**
 * The embedded demo API: an in-process WireMock fake of the Hetzner Cloud images API with a realistic project,
 * started when no token is configured.
 */
package io.github.hetznerimages.sample.demo;
