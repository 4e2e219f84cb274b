package io.experiencelake.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.ScopeType;

/**
 * {@code lake}: the top of the command tree, holding the {@link Environment} its subcommands use.
 *
 * <p>A subcommand is one class: a {@code @Command} (usually a {@link LakeFileCommand}) listed in
 * {@link LakeCli#SUBCOMMANDS}, which adds only the one a command line runs, so no other is loaded.
 * {@code --help} and {@code --version} reach every subcommand through the inherited scope.
 */
@Command(
    name = "lake",
    scope = ScopeType.INHERIT,
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    sortOptions = false,
    header = "Checks, verifies, renders, measures and hashes an Experience Lake (lake.json or lake.yaml).",
    synopsisSubcommandLabel = "COMMAND",
    footerHeading = "%nExit codes:%n",
    footer = {
        "  0  success",
        "  1  the lake (or resume) has errors, a claim failed verification,",
        "     or a file could not be read or written",
        "  2  usage error: an unknown option, a missing argument or a bad value",
        "  3  internal error (a bug: please report it)"})
final class LakeCommand extends CommandGroup {

  private final Environment environment;

  /** {@code lake} alone is a usage error: it needs a command. */
  LakeCommand(Environment environment) {
    super("command");
    this.environment = environment;
  }

  /** The clock and terminal the commands use. */
  Environment environment() {
    return environment;
  }
}
