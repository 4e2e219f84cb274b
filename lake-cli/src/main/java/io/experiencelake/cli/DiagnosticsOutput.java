package io.experiencelake.cli;

import io.experiencelake.core.json.LakeJson;
import io.experiencelake.core.Diagnostic;
import java.io.PrintWriter;
import java.util.List;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/** Writes diagnostics in an {@link OutputFormat}: compiler-style text, a JSON array, or a SARIF log. */
public final class DiagnosticsOutput {

  /** The command's own JSON mapper: Jackson 3 defaults. */
  static final JsonMapper JSON = JsonMapper.builder().build();

  /** Indented JSON as {@code lake.json} is written: two spaces, {@code "key": value}, one item per line. */
  static final ObjectWriter PRETTY = JSON.writer().with(LakeJson.layout());

  private DiagnosticsOutput() {}

  /**
   * Writes {@code diagnostics} to {@code out}; in text, each on its own line (escaped for a terminal)
   * followed by the {@code summary} lines, which the machine formats leave out.
   */
  static void write(OutputFormat format, List<Diagnostic> diagnostics, List<String> summary, PrintWriter out) {
    switch (format) {
      case TEXT:
        diagnostics.forEach(d -> out.println(Terminal.safe(d.format())));
        summary.forEach(line -> out.println(Terminal.safe(line)));
        break;
      case JSON:
        out.println(PRETTY.forType(JSON.getTypeFactory().constructCollectionType(List.class, Diagnostic.class))
            .writeValueAsString(diagnostics));
        break;
      case SARIF:
        out.print(Sarif.json(diagnostics));
        break;
      default:
        throw new IllegalStateException("unknown format " + format);
    }
    out.flush();
  }

  /** {@code 2 errors, 1 warning}. */
  public static String counts(List<Diagnostic> diagnostics) {
    long errors = diagnostics.stream().filter(Diagnostic::isError).count();
    long warnings = diagnostics.size() - errors;
    return errors + (errors == 1 ? " error, " : " errors, ") + warnings + (warnings == 1 ? " warning" : " warnings");
  }

  /** Whether any diagnostic is an error. */
  static boolean hasErrors(List<Diagnostic> diagnostics) {
    return diagnostics.stream().anyMatch(Diagnostic::isError);
  }
}
