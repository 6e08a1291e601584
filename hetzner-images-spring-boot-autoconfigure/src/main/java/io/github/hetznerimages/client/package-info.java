/**
 * The transport: the one place that talks HTTP to the Hetzner Cloud API. Its public entry is
 * {@link io.github.hetznerimages.client.HetznerClient} (with {@link io.github.hetznerimages.client.ApiRequest},
 * {@link io.github.hetznerimages.client.RetryPolicy} and {@link io.github.hetznerimages.client.Sleeper}); everything
 * else is package-private, one job per class: an attempt's send and read ({@code Exchange}), decoding answers and
 * errors ({@code ResponseReader}), building the exceptions ({@code TransportFailures}), the retry decision
 * ({@code RetryDecider}), the shared rate-limit budget ({@code RateLimitTracker}), and paging with its guard
 * ({@code Paging}, {@code PageSequence}). Services never look at status codes themselves.
 */
@NullMarked
package io.github.hetznerimages.client;

import org.jspecify.annotations.NullMarked;
