package io.github.hetznerimages.client;

/**
 * The {@code meta} object of a list answer.
 *
 * @param pagination the paging state of the page
 */
public record ListMeta(Pagination pagination) {}
