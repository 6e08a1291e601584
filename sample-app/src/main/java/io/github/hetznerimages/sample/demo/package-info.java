/**
 * The embedded demo API: the library's fake of the Hetzner Cloud images API (module
 * {@code hetzner-images-spring-boot-test}) seeded with the sample's demo project, started when no token is
 * configured.
 */
package io.github.hetznerimages.sample.demo;
