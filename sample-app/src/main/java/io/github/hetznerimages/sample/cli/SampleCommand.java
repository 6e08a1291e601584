package io.github.hetznerimages.sample.cli;

/** One validated sub-command of the sample job. */
public sealed interface SampleCommand permits ListImagesCommand, SnapshotCommand, RotateCommand, HelpCommand {}
