package io.experiencelake.cli;

import io.experiencelake.core.Diagnostic;
import io.experiencelake.core.ImmutableDiagnostic;
import io.experiencelake.core.Rule;
import io.experiencelake.core.Severity;
import io.experiencelake.core.verify.AnchorResult;
import io.experiencelake.core.verify.EntryVerification;
import io.experiencelake.core.verify.Outcome;
import io.experiencelake.core.verify.VerificationReport;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns a verification report into diagnostics at each anchor's JSON Pointer: a mismatch, a
 * missing file and a rejected path are errors, a repro step not run is a warning; verified anchors
 * and links (never verifiable) say nothing.
 *
 * <pre>{@code
 * List<Diagnostic> located = loaded.locate(EvidenceDiagnostics.of(report, "pass --allow-commands to run it"));
 * }</pre>
 */
public final class EvidenceDiagnostics {

  /** The hint of a repro step not run, in the command's words. */
  static final String ALLOW_COMMANDS = "pass --allow-commands to run it, for a lake you trust";

  private EvidenceDiagnostics() {}

  /** The summary lines of a verification: against which root, with or without commands, then the report's own summary, indented. */
  static List<String> summary(Path evidence, boolean allowCommands, VerificationReport report) {
    List<String> lines = new ArrayList<>();
    lines.add("verified against " + evidence + (allowCommands ? " (commands allowed):" : ":"));
    report.summary().lines().forEach(line -> lines.add("  " + line));
    return lines;
  }

  /** The diagnostics of {@code report}, in entry and anchor order, telling how to allow commands in the command's words. */
  static List<Diagnostic> of(VerificationReport report) {
    return of(report, ALLOW_COMMANDS);
  }

  /**
   * The diagnostics of {@code report} as warnings: what a render with evidence prints, which writes
   * its documents all the same and shows each anchor's outcome in the portfolio.
   */
  static List<Diagnostic> asWarnings(VerificationReport report) {
    return of(report).stream()
        .map(diagnostic -> (Diagnostic) ImmutableDiagnostic.copyOf(diagnostic).withSeverity(Severity.WARNING))
        .toList();
  }

  /**
   * The diagnostics of {@code report}, in entry and anchor order; a repro step that was not run
   * gets {@code allowCommandsHint}, which says how to allow commands where the caller is configured.
   */
  public static List<Diagnostic> of(VerificationReport report, String allowCommandsHint) {
    List<Diagnostic> out = new ArrayList<>();
    for (EntryVerification entry : report.entries()) {
      entry.statusProblem().ifPresent(problem -> out.add(Diagnostic.of(Rule.NO_VERIFIABLE_EVIDENCE,
          entry.pointer() + "/status", "entry '" + entry.entryId() + "': " + problem, "")));
      for (AnchorResult anchor : entry.anchors()) {
        Diagnostic diagnostic = of(anchor, allowCommandsHint);
        if (diagnostic != null) {
          out.add(diagnostic);
        }
      }
    }
    return List.copyOf(out);
  }

  /**
   * The rule and hint of each outcome that is reported (a repro step not run gets the caller's
   * hint instead); verified anchors and links say nothing.
   */
  private static final Map<Outcome, Map.Entry<Rule, String>> REPORTED = Map.of(
      Outcome.MISMATCH, Map.entry(Rule.EVIDENCE_MISMATCH,
          "if the evidence changed on purpose, update the anchor to what was found (for a file, 'lake evidence add FILE' prints the whole anchor);"
              + " otherwise the claim no longer holds"),
      Outcome.MISSING, Map.entry(Rule.EVIDENCE_MISSING, "put the evidence under the evidence root at that path, or correct the anchor's path"),
      Outcome.REJECTED, Map.entry(Rule.EVIDENCE_REJECTED,
          "keep evidence inside the evidence root as regular files: a relative path, no '..', no symbolic link leading out"),
      Outcome.NOT_RUN, Map.entry(Rule.COMMAND_NOT_RUN, ALLOW_COMMANDS));

  private static Diagnostic of(AnchorResult anchor, String allowCommandsHint) {
    Map.Entry<Rule, String> reported = REPORTED.get(anchor.outcome());
    return reported == null ? null
        : Diagnostic.of(reported.getKey(), anchor.pointer(), "entry '" + anchor.entryId() + "', " + anchor.describe(),
            anchor.outcome() == Outcome.NOT_RUN ? allowCommandsHint : reported.getValue());
  }
}
