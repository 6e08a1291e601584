package io.github.hetznerimages.images;

import io.github.hetznerimages.Action;
import io.github.hetznerimages.Page;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The wire envelope of an action list: {@code {"actions": [...], "meta": {...}}}; {@code meta} is absent on
 * {@code GET /actions?id=..}, which has no paging. Used by the services to decode; applications get
 * {@link Page}s or the actions themselves.
 *
 * @param actions the actions
 * @param meta the paging state, or {@code null}
 */
record ActionListEnvelope(
        @Nullable List<Action> actions, @Nullable ListMeta meta) {

    /** The page as applications see it; {@code null} when the answer has no {@code actions}. */
    @Nullable
    Page<Action> toPage() {
        return actions == null ? null : new Page<>(actions, meta == null ? null : meta.pagination());
    }
}
