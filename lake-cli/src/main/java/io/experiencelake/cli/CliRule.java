package io.experiencelake.cli;

import io.experiencelake.core.Diagnostic;
import io.experiencelake.core.ImmutableDiagnostic;
import io.experiencelake.core.Severity;

/**
 * The rules the command reports beyond the library's {@link io.experiencelake.core.Rule}s, each
 * with a stable code: {@code LAKE-V…} are evidence verification, {@code LAKE-O…} writing outputs, {@code LAKE-M…} importing.
 */
enum CliRule {
  /** The evidence says something else than the anchor: a changed file, a stale digest, another number. */
  EVIDENCE_MISMATCH("LAKE-V001", Severity.ERROR, "The evidence says something else than its anchor: a changed file, a stale digest or another number"),
  /** The file, directory or command an anchor names is not there, or cannot be read. */
  EVIDENCE_MISSING("LAKE-V002", Severity.ERROR, "The file, directory or command an evidence anchor names is not there or cannot be read"),
  /** An evidence path leads out of the evidence root, or to something that is not a file. */
  EVIDENCE_REJECTED("LAKE-V003", Severity.ERROR, "An evidence path leads outside the evidence root or to something that is not a regular file; nothing was read"),
  /** A repro step was not run, because commands were not allowed. */
  COMMAND_NOT_RUN("LAKE-V004", Severity.WARNING, "A repro step was not run because commands were not allowed"),
  /** An output could not be written, or would have replaced something no render wrote; nothing was written. */
  OUTPUT_NOT_WRITTEN("LAKE-O001", Severity.ERROR, "An output could not be written, or would have replaced something the command did not write; nothing was written"),
  /** Something in a resume could not become part of the imported lake. */
  IMPORT_SKIPPED("LAKE-M001", Severity.WARNING, "An item of the imported resume was left out of the lake");

  private final String code;
  private final Severity severity;
  private final String description;

  CliRule(String code, Severity severity, String description) {
    this.code = code;
    this.severity = severity;
    this.description = description;
  }

  /** The stable code, e.g. {@code LAKE-V001}. */
  String code() {
    return code;
  }

  /** The severity of every diagnostic of this rule. */
  Severity severity() {
    return severity;
  }

  /** One sentence saying what the rule finds. */
  String description() {
    return description;
  }

  /** A diagnostic of this rule. */
  Diagnostic diagnostic(String pointer, String message, String hint) {
    return ImmutableDiagnostic.builder()
        .code(code)
        .severity(severity)
        .pointer(pointer)
        .message(message)
        .hint(hint)
        .build();
  }
}
