package io.experiencelake.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code lake completion}: the script bash loads, asked what it completes, as bash asks it. */
class CompletionTests {

  /** What the script offers after each command line, one line each, from a bash that sourced it. */
  static String completions(Path script, String... lines) throws IOException, InterruptedException {
    StringBuilder driver = new StringBuilder("source '" + script + "' 2>/dev/null\n")
        .append("t() { COMP_WORDS=(\"$@\"); COMP_CWORD=$((${#COMP_WORDS[@]} - 1)); COMP_LINE=\"$*\"; COMP_POINT=${#COMP_LINE};")
        .append(" COMPREPLY=(); _complete_lake lake \"${COMP_WORDS[COMP_CWORD]}\" \"${COMP_WORDS[COMP_CWORD-1]}\" 2>/dev/null;")
        .append(" echo \"${COMPREPLY[*]}\"; }\n");
    for (String line : lines) {
      driver.append("t ").append(line).append('\n');
    }
    Process bash = new ProcessBuilder("bash", "-c", driver.toString())
        .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
        .redirectError(ProcessBuilder.Redirect.DISCARD)
        .start();
    String out = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(bash.waitFor(30, TimeUnit.SECONDS)).isTrue();
    return out;
  }

  @Test
  void completesCommandsSubcommandsOptionsAndRendererNamesButNotTheHiddenCommand(@TempDir Path folder) throws Exception {
    Cli.Run run = Cli.run("completion");
    Path script = Files.writeString(folder.resolve("lake.bash"), run.out());

    String offered = completions(script, "lake ''", "lake re", "lake render x.yaml --t", "lake render x.yaml --to ''",
        "lake evidence ''", "lake applications m");

    assertThat(run.exitCode()).as(run.all()).isZero();
    assertThat(offered.lines()).containsExactly(
        "validate verify render coverage hash import convert init evidence preview apply applications completion",
        "render",
        "--today --to",
        "cover-letter cv docx interview jsonresume linkedin pdf portfolio",
        "add status",
        "mark");
  }
}
