package io.github.hetznerimages.sample.cli;

import io.github.hetznerimages.LabelSelector;

/**
 * {@code rotate}: keep the newest {@code keep} snapshots that match the selector and delete the rest, skipping
 * protected ones. Only a dry run unless {@code apply} is set.
 *
 * @param selector the checked label selector of the snapshots to rotate, e.g. {@code backup_type=daily}
 * @param keep how many of the newest snapshots to keep, 0 or more
 * @param apply whether to really delete; {@code false} only prints what would be deleted
 */
public record RotateCommand(LabelSelector selector, int keep, boolean apply) implements SampleCommand {}
