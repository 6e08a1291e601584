package io.github.hetznerimages.sample.cli;

/** {@code --help}: print the usage. */
public record HelpCommand() implements SampleCommand {}
