package io.experiencelake.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code lake completion}: prints a bash script (zsh reads it too) that completes {@code lake}'s
 * commands, options and the values some options take, made by picocli's {@link AutoComplete} from
 * the whole command tree.
 */
@Command(
    name = "completion",
    header = "Prints a script that completes lake's commands and options in bash and zsh.",
    description = {
        "For this shell: source <(lake completion). For every new bash: lake completion > "
            + "~/.local/share/bash-completion/completions/lake. In zsh, run autoload -U +X bashcompinit && bashcompinit first."},
    sortOptions = false)
final class CompletionCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    CommandLine whole = LakeCli.commandLine(((LakeCommand) spec.root().userObject()).environment());
    spec.commandLine().getOut().print(AutoComplete.bash("lake", whole));
    spec.commandLine().getOut().flush();
    return LakeCli.OK;
  }
}
