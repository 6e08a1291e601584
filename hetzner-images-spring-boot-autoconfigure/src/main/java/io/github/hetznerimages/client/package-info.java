/**
 * The one place that talks HTTP to the Hetzner Cloud API: requests built from URI templates, the private JSON
 * mapper, error decoding into {@link io.github.hetznerimages.error.HetznerException}s, method-aware retries,
 * rate-limit tracking and paging. Services call {@link io.github.hetznerimages.client.HetznerClient} and never
 * look at status codes themselves.
 */
@NullMarked
package io.github.hetznerimages.client;

import org.jspecify.annotations.NullMarked;
