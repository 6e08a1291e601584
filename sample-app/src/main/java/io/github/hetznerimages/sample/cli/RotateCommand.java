package io.github.hetznerimages.sample.cli;

import io.github.hetznerimages.images.RetentionPolicy;
import java.util.Objects;

/**
 * {@code rotate}: keep the snapshots that match the selector and are among the newest {@code --keep} or younger
 * than {@code --max-age}, delete the others, skipping protected ones. Only a dry run unless {@code apply} is set.
 *
 * @param policy the retention policy the options describe (snapshots, the selector, the count and/or the age)
 * @param apply whether to really delete; {@code false} only prints what would be deleted
 */
public record RotateCommand(RetentionPolicy policy, boolean apply) implements SampleCommand {

    /** Requires a policy. */
    public RotateCommand {
        Objects.requireNonNull(policy, "policy");
    }
}
