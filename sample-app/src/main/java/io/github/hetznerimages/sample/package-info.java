/** A command-line Spring Boot job that lists, snapshots and rotates Hetzner images with the starter. */
package io.github.hetznerimages.sample;
