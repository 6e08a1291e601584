package io.github.hetznerimages.test;

import static io.github.hetznerimages.test.FakeImage.requireId;
import static io.github.hetznerimages.test.FakeImage.requireNonNull;
import static io.github.hetznerimages.test.FakeImage.requireText;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * An action to put into a {@link HetznerImagesFake}, e.g. one that was already running when the test starts:
 * {@code FakeAction.running(9001, "create_image").on("server", 4711).takes(Duration.ofMinutes(2))}. Its status
 * follows the fake's clock: it runs from {@link #startedAt(Instant) its start} (default: when it is added) for
 * {@link #takes(Duration) its duration}, then reads {@code success}, or {@code error} for {@link #failed}. Immutable.
 */
public final class FakeAction {

    private final long id;
    private final String command;
    private final Instant started;
    private final Duration duration;
    private final List<StoredAction.Resource> resources;
    private final StoredAction.Failure failure;

    private FakeAction(
            long id,
            String command,
            Instant started,
            Duration duration,
            List<StoredAction.Resource> resources,
            StoredAction.Failure failure) {
        this.id = id;
        this.command = command;
        this.started = started;
        this.duration = duration;
        this.resources = List.copyOf(resources);
        this.failure = failure;
    }

    /** An action that runs for the fake's action duration (or {@link #takes(Duration)}), then succeeds. */
    public static FakeAction running(long id, String command) {
        return new FakeAction(requireId("id", id), requireText("command", command), null, null, List.of(), null);
    }

    /** An action that has already succeeded. */
    public static FakeAction succeeded(long id, String command) {
        return running(id, command).takes(Duration.ZERO);
    }

    /** An action that has already failed with this error, e.g. {@code image_creation_failed}. */
    public static FakeAction failed(long id, String command, String code, String message) {
        return new FakeAction(
                requireId("id", id),
                requireText("command", command),
                null,
                Duration.ZERO,
                List.of(),
                new StoredAction.Failure(requireText("code", code), requireText("message", message)));
    }

    /** The action's id. */
    public long id() {
        return id;
    }

    /** Working on this resource too, e.g. {@code on("image", 101)}. */
    public FakeAction on(String type, long resourceId) {
        List<StoredAction.Resource> more = new ArrayList<>(resources);
        more.add(new StoredAction.Resource(requireId("resourceId", resourceId), requireText("type", type)));
        return new FakeAction(id, command, started, duration, more, failure);
    }

    /** Started at this time (default: when it is added to the fake). */
    public FakeAction startedAt(Instant value) {
        requireNonNull("started", value);
        return new FakeAction(id, command, value, duration, resources, failure);
    }

    /** Running this long after its start before it finishes (zero: finished at once). */
    public FakeAction takes(Duration value) {
        if (value == null || value.isNegative()) {
            throw new IllegalArgumentException("duration must be zero or positive, was " + value);
        }
        return new FakeAction(id, command, started, value, resources, failure);
    }

    /** The stored form, with the fake's current time and default duration for what was not set. */
    StoredAction toStored(Instant now, Duration defaultDuration) {
        Long imageId = "create_image".equals(command)
                ? resources.stream()
                        .filter(r -> r.type().equals("image"))
                        .map(StoredAction.Resource::id)
                        .findFirst()
                        .orElse(null)
                : null;
        return new StoredAction(
                id,
                command,
                started == null ? now : started,
                duration == null ? defaultDuration : duration,
                resources,
                imageId,
                failure);
    }

    @Override
    public String toString() {
        return "FakeAction[" + id + " " + command + " on " + resources + "]";
    }
}
