package io.github.hetznerimages.images;

import io.github.hetznerimages.Action;
import java.util.List;

/**
 * The wire envelope of an action list: {@code {"actions": [...], "meta": {...}}}; {@code meta} is absent on
 * {@code GET /actions?id=..}, which has no paging. Used by the services to decode; applications get
 * {@link ActionPage}s or the actions themselves.
 *
 * @param actions the actions
 * @param meta the paging state, or {@code null}
 */
public record ActionListEnvelope(List<Action> actions, ListMeta meta) {}
