package io.experiencelake.cli;

import io.experiencelake.core.Diagnostic;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * {@code --format} of a command whose output is the lake's diagnostics, in any of the three
 * formats: {@code lake validate} and {@code lake verify}.
 */
final class DiagnosticsFormat {

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text (compiler-style lines), json (an array of diagnostics) or sarif (SARIF 2.1.0). Default: ${DEFAULT-VALUE}.")
  OutputFormat format;

  /** Writes {@code diagnostics} to {@code out} in the chosen format, as {@link DiagnosticsOutput#write} does. */
  void write(List<Diagnostic> diagnostics, List<String> summary, PrintWriter out) {
    DiagnosticsOutput.write(format, diagnostics, summary, out);
  }
}
