package io.experiencelake.cli;

import picocli.CommandLine.Option;

/** {@code --allow-commands} of a command that verifies evidence only with {@code --evidence}: {@code lake render} and {@code lake apply}. */
final class AllowCommands {

  @Option(names = "--allow-commands",
      description = "With --evidence: run repro steps (their argv, no shell, inside the evidence root). Only for lakes you trust.")
  boolean allowed;
}
