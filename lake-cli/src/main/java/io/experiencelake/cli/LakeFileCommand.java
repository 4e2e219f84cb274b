package io.experiencelake.cli;

import io.experiencelake.core.LakeException;
import io.experiencelake.core.Diagnostic;
import io.experiencelake.core.json.LakeFiles;
import io.experiencelake.core.json.LakeJson;
import io.experiencelake.core.json.LoadedLake;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/**
 * A subcommand that reads one lake file: {@code lake COMMAND FILE …}.
 *
 * <p>Adding a command that works on a lake is one class: extend this, annotate it with
 * {@code @Command(name = …)}, implement {@link #call()} with {@link #load()}, and list it in
 * {@link LakeCli#SUBCOMMANDS}.
 */
abstract class LakeFileCommand extends Subcommand {

  /** How diagnostics name standard input, read for the lake file {@code -}. */
  static final String STANDARD_INPUT = "<stdin>";

  @Parameters(index = "0", paramLabel = "FILE", description = "The lake: lake.json, lake.yaml or lake.yml; - for a lake.json on standard input.")
  Path file;

  /**
   * Reads and checks the lake, reading the file (or standard input, for {@code -}) once: the
   * loaded lake locates later diagnostics ({@link LoadedLake#locate}) from what was read.
   *
   * @throws LakeException carrying every located diagnostic when it cannot be read or has errors
   */
  LoadedLake load() {
    if (readsStandardInput()) {
      return LakeJson.read(System.in, STANDARD_INPUT, checkOptions());
    }
    return LakeFiles.read(file, checkOptions());
  }

  /** Whether the lake is read from standard input: the file {@code -}. */
  boolean readsStandardInput() {
    return file.toString().equals("-");
  }

  /**
   * Reads and checks the lake; when it cannot be loaded, writes its diagnostics as text to {@code to}
   * with a summary line ending in {@code notDone} (e.g. {@code nothing was converted}) and returns {@code null}.
   */
  LoadedLake loadOrReport(String notDone, PrintWriter to) {
    try {
      return load();
    } catch (LakeException e) {
      DiagnosticsOutput.write(OutputFormat.TEXT, e.diagnostics(),
          List.of(file + ": " + DiagnosticsOutput.counts(e.diagnostics()) + "; " + notDone), to);
      return null;
    }
  }

  /**
   * Checks an {@code --evidence} option before anything is read.
   *
   * @throws ParameterException (a usage error, exit 2) when {@code evidence} is given but is not a directory
   */
  void requireEvidenceDirectory(Path evidence) {
    if (evidence != null && !Files.isDirectory(evidence)) {
      throw new ParameterException(spec.commandLine(), "--evidence " + Terminal.safe(evidence.toString()) + ": there is no such directory");
    }
  }
}
