package io.experiencelake.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code lake import SOURCE …}: makes a starting lake from another format; each format is a subcommand. */
@Command(
    name = "import",
    header = "Makes a starting lake from another format.",
    synopsisSubcommandLabel = "FORMAT",
    subcommands = {JsonResumeImportCommand.class})
final class ImportCommand implements Runnable {

  @Spec
  CommandSpec spec;

  /** {@code lake import} alone is a usage error: it needs a format. */
  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "Missing format: one of " + String.join(", ", spec.subcommands().keySet()));
  }
}
