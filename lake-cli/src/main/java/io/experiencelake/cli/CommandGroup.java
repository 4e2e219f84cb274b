package io.experiencelake.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * A command that only groups subcommands ({@code lake}, {@code lake evidence}, {@code lake import},
 * {@code lake applications}): run alone it is a usage error, {@code Missing command: one of …},
 * naming its subcommands.
 */
abstract class CommandGroup implements Runnable {

  @Spec
  CommandSpec spec;

  /** What a command line that names no subcommand lacks, e.g. {@code command} or {@code format}. */
  private final String missing;

  /**
   * Makes a group whose usage error says what is missing.
   *
   * @param missing what the command line lacks when it names no subcommand, e.g. {@code command}
   */
  CommandGroup(String missing) {
    this.missing = missing;
  }

  /** Run alone, the group is a usage error: it needs one of its subcommands. */
  @Override
  public final void run() {
    throw new ParameterException(spec.commandLine(), "Missing " + missing + ": one of " + String.join(", ", spec.subcommands().keySet()));
  }
}
