package io.experiencelake.cli;

import picocli.CommandLine.Command;

/**
 * {@code lake evidence add|status}: pins evidence files and says which pinned files changed, went
 * missing or were never pinned. Neither edits the lake.
 */
@Command(
    name = "evidence",
    header = "Pins evidence files (add) and lists what changed under the evidence root (status).",
    synopsisSubcommandLabel = "COMMAND",
    subcommands = {EvidenceAddCommand.class, EvidenceStatusCommand.class})
final class EvidenceCommand extends CommandGroup {

  /** {@code lake evidence} alone is a usage error: it needs {@code add} or {@code status}. */
  EvidenceCommand() {
    super("command");
  }
}
