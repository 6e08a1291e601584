package io.github.hetznerimages.sample.cli;

import java.util.Map;
import java.util.Optional;

/**
 * {@code snapshot}: create a snapshot of a server and wait for it with a progress display.
 *
 * @param serverId the server to snapshot
 * @param labels the labels of the new snapshot (validated, in the order given)
 * @param description the description of the new snapshot; the API generates one when absent
 */
public record SnapshotCommand(long serverId, Map<String, String> labels, Optional<String> description)
        implements SampleCommand {}
