package io.github.hetznerimages.images;

import io.github.hetznerimages.Pagination;

/**
 * The {@code meta} object of a list answer.
 *
 * @param pagination the paging state of the page
 */
record ListMeta(Pagination pagination) {}
