package io.experiencelake.cli;

import io.experiencelake.core.Diagnostic;
import io.experiencelake.core.LakeException;
import io.experiencelake.core.json.LoadedLake;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code lake validate FILE}: reads a lake and reports every problem at once: JSON or YAML syntax, the
 * schema, the proof-discipline invariants and lint.
 */
@Command(
    name = "validate",
    header = "Checks a lake: JSON or YAML syntax, schema, invariants and lint, every problem at once.",
    description = "Exits with 0 when the lake has no errors (warnings are allowed), 1 when it has any.",
    sortOptions = false)
final class ValidateCommand extends LakeFileCommand {

  @Mixin
  DiagnosticsFormat format;

  @Override
  public Integer call() {
    List<Diagnostic> diagnostics;
    String verdict;
    try {
      LoadedLake loaded = load();
      diagnostics = loaded.warnings();
      int entries = loaded.lake().entries().size();
      verdict = "valid, " + entries + (entries == 1 ? " entry, " : " entries, ");
    } catch (LakeException e) {
      diagnostics = e.diagnostics();
      verdict = "";
    }
    format.write(diagnostics, List.of(file + ": " + verdict + DiagnosticsOutput.counts(diagnostics)), out());
    return DiagnosticsOutput.hasErrors(diagnostics) ? LakeCli.FAILED : LakeCli.OK;
  }
}
