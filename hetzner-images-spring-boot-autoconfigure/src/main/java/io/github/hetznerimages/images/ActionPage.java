package io.github.hetznerimages.images;

import io.github.hetznerimages.Action;
import io.github.hetznerimages.Pagination;
import java.util.List;

/**
 * One page of an action list.
 *
 * @param actions the actions of the page, in the API's order
 * @param pagination the paging state; follow {@link Pagination#nextPage()} for more
 */
public record ActionPage(List<Action> actions, Pagination pagination) {

    /** Copies the actions so that the page stays immutable. */
    public ActionPage {
        actions = actions == null ? List.of() : List.copyOf(actions);
    }
}
