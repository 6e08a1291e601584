/**
 * The vocabulary every part of the library shares: pages and their {@link io.github.hetznerimages.Pagination},
 * {@link io.github.hetznerimages.RateLimit}, sorting, label selectors and {@link io.github.hetznerimages.Labels}, and
 * {@link io.github.hetznerimages.Action} (actions are not images-only in the API). Depends on nothing else in the
 * library.
 */
@NullMarked
package io.github.hetznerimages;

import org.jspecify.annotations.NullMarked;
