package io.experiencelake.applications;

import io.experiencelake.core.Diagnostic;
import io.experiencelake.core.ImmutableDiagnostic;
import io.experiencelake.core.Severity;

/**
 * Every problem the applications report, each with a stable code {@code LAKE-Annn}: what
 * {@link Ledger#verify()} finds in the ledger and the application folders, and why an apply or a
 * status mark was refused.
 *
 * <pre>{@code
 * boolean torn = ledger.verify().stream().anyMatch(d -> d.code().equals(LedgerRule.TORN_LINE.code()));
 * }</pre>
 */
public enum LedgerRule {
  /** A ledger line is not a record at all: not UTF-8, not JSON, not an object, or over the line limit. */
  UNREADABLE_LINE("LAKE-A001", Severity.ERROR),
  /** The last line does not end with a line break: a crash while appending. */
  TORN_LINE("LAKE-A002", Severity.ERROR),
  /** A record has an unknown or missing field, or a value of the wrong type or form (a hash that is not hex, a folder outside the applications folder). */
  BAD_RECORD("LAKE-A003", Severity.ERROR),
  /** A record was changed after it was written: it no longer hashes to its own hash, or is not written as apply writes it. */
  EDITED_RECORD("LAKE-A004", Severity.ERROR),
  /** The chain is broken: a record was removed, inserted or moved, or records were cut from the end. */
  BROKEN_CHAIN("LAKE-A005", Severity.ERROR),
  /** A file of an application folder changed, is missing, or was added, against the folder's manifest and record. */
  FOLDER_CHANGED("LAKE-A006", Severity.ERROR),
  /** A folder among the applications has no record in the ledger. */
  UNRECORDED_FOLDER("LAKE-A007", Severity.ERROR),
  /** An apply stopped before its folder was complete; nothing was recorded for it. */
  UNFINISHED_FOLDER("LAKE-A008", Severity.WARNING),
  /** The ledger does not verify, so nothing was appended to it. */
  REFUSED("LAKE-A009", Severity.ERROR),
  /** No application has the number or folder name asked for. */
  UNKNOWN_APPLICATION("LAKE-A010", Severity.ERROR),
  /** An entry was not sent, because its evidence did not verify. */
  NOT_SENT("LAKE-A011", Severity.WARNING),
  /** A record would be longer than a ledger line may be. */
  RECORD_TOO_LONG("LAKE-A012", Severity.ERROR);

  private final String code;
  private final Severity severity;

  LedgerRule(String code, Severity severity) {
    this.code = code;
    this.severity = severity;
  }

  /** The stable code, e.g. {@code LAKE-A004}. */
  public String code() {
    return code;
  }

  /** The severity of every diagnostic of this rule. */
  public Severity severity() {
    return severity;
  }

  /** A diagnostic of this rule at {@code pointer} (a JSON Pointer inside a record, or empty). */
  Diagnostic at(String pointer, String message, String hint) {
    return ImmutableDiagnostic.builder()
        .code(code)
        .severity(severity)
        .pointer(pointer)
        .message(message)
        .hint(hint)
        .build();
  }
}
