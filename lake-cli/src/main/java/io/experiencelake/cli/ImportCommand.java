package io.experiencelake.cli;

import picocli.CommandLine.Command;

/** {@code lake import SOURCE …}: makes a starting lake from another format; each format is a subcommand. */
@Command(
    name = "import",
    header = "Makes a starting lake from another format.",
    synopsisSubcommandLabel = "FORMAT",
    subcommands = {JsonResumeImportCommand.class})
final class ImportCommand extends CommandGroup {

  /** {@code lake import} alone is a usage error: it needs a format. */
  ImportCommand() {
    super("format");
  }
}
