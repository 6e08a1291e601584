package io.github.hetznerimages.images;

import io.github.hetznerimages.SortField;
import java.util.Locale;

/** The fields an action list can be sorted by ({@code sort} of {@code GET /images/actions}). */
public enum ActionSortField implements SortField {
    /** The action's id. */
    ID,
    /** The action's command, e.g. {@code create_image}. */
    COMMAND,
    /** The action's status. */
    STATUS,
    /** When the action started. */
    STARTED,
    /** When the action finished. */
    FINISHED;

    /** The field as the API spells it. */
    @Override
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }
}
