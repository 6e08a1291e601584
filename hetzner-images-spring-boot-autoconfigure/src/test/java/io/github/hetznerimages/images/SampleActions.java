package io.github.hetznerimages.images;

import io.github.hetznerimages.Action;
import io.github.hetznerimages.ActionStatus;
import java.time.OffsetDateTime;
import java.util.List;

/** Actions built in code, for the state a test starts from. */
final class SampleActions {

    static final OffsetDateTime STARTED = OffsetDateTime.parse("2026-07-08T10:00:00Z");

    private SampleActions() {}

    /** A running {@code create_image} action on server 42. */
    static Action running(long id, int progress) {
        return new Action(
                id,
                "create_image",
                ActionStatus.RUNNING,
                progress,
                STARTED,
                null,
                List.of(new Action.Resource(42, "server")),
                null);
    }

    /** A successful {@code create_image} action. */
    static Action succeeded(long id) {
        return new Action(
                id,
                "create_image",
                ActionStatus.SUCCESS,
                100,
                STARTED,
                STARTED.plusMinutes(1),
                List.of(new Action.Resource(42, "server")),
                null);
    }

    /** A failed {@code create_image} action. */
    static Action failed(long id) {
        return new Action(
                id,
                "create_image",
                ActionStatus.ERROR,
                40,
                STARTED,
                STARTED.plusMinutes(1),
                List.of(new Action.Resource(42, "server")),
                new Action.Error("action_failed", "Action failed"));
    }
}
