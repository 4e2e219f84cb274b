package io.experiencelake.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code lake evidence add|status}: pins evidence files and says which pinned files changed, went
 * missing or were never pinned. Neither edits the lake.
 */
@Command(
    name = "evidence",
    header = "Pins evidence files (add) and lists what changed under the evidence root (status).",
    synopsisSubcommandLabel = "COMMAND",
    subcommands = {EvidenceAddCommand.class, EvidenceStatusCommand.class})
final class EvidenceCommand implements Runnable {

  @Spec
  CommandSpec spec;

  /** {@code lake evidence} alone is a usage error: it needs {@code add} or {@code status}. */
  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "Missing command: one of " + String.join(", ", spec.subcommands().keySet()));
  }
}
