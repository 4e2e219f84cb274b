package io.experiencelake.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;

/**
 * Every rule the library reports, each with a stable code.
 *
 * <p>Codes never change meaning: {@code LAKE-J…} are JSON (and YAML) syntax, {@code LAKE-S…} schema,
 * {@code LAKE-I…} proof-discipline invariants, {@code LAKE-L…} lint, {@code LAKE-V…} evidence
 * verification, {@code LAKE-M…} importing, {@code LAKE-O…} writing outputs, {@code LAKE-R…}
 * rendering and {@code LAKE-A…} applications (the ledger and its folders). In JSON a rule is its code. A new rule goes at the end, so a rule's position (a SARIF
 * log's {@code ruleIndex}) stays the same.
 */
public enum Rule {
  /** The input is not well-formed JSON (also NaN, Infinity, comments, bad UTF-8). */
  JSON_SYNTAX("LAKE-J001", Severity.ERROR),
  /** An object names the same key twice. */
  DUPLICATE_KEY("LAKE-J002", Severity.ERROR),
  /** Something follows the lake's closing brace. */
  TRAILING_CONTENT("LAKE-J003", Severity.ERROR),
  /** The input could not be read at all (missing file, I/O error). */
  UNREADABLE("LAKE-J004", Severity.ERROR),

  /** A value has the wrong type or shape for the schema. */
  SCHEMA("LAKE-S001", Severity.ERROR),
  /** A field the schema does not know. */
  UNKNOWN_FIELD("LAKE-S002", Severity.ERROR),
  /** A required field is missing. */
  MISSING_FIELD("LAKE-S003", Severity.ERROR),
  /** A date, month, story id, URI or other formatted string is invalid. */
  BAD_FORMAT("LAKE-S004", Severity.ERROR),

  /** Rule 1: an entry part is missing or blank. */
  BLANK_PART("LAKE-I001", Severity.ERROR),
  /** Rule 2: an ACHIEVED entry has no verifiable evidence. */
  NO_VERIFIABLE_EVIDENCE("LAKE-I002", Severity.ERROR),
  /** Rule 3: a date lies after the pinned "today". */
  FUTURE_DATE("LAKE-I003", Severity.ERROR),
  /** Rule 4: a TARGET (error) or CURRENT (warning) claim reads as done. */
  READS_AS_DONE("LAKE-I004", Severity.ERROR),
  /** Rule 5: a reference names a story, cluster, engagement or capability that does not exist. */
  UNKNOWN_REFERENCE("LAKE-I005", Severity.ERROR),
  /** Rule 5: a sub-entry story exists without its parent story. */
  MISSING_PARENT("LAKE-I006", Severity.ERROR),
  /** Rule 5: the same id is defined twice. */
  DUPLICATE_ID("LAKE-I007", Severity.ERROR),
  /** Rule 6: a digest is not 64 lowercase hex characters. */
  BAD_DIGEST("LAKE-I008", Severity.ERROR),
  /** Rule 6: an evidence path is absolute or climbs out of the evidence root. */
  UNSAFE_PATH("LAKE-I009", Severity.ERROR),
  /** An id is not a lowercase slug, or a value is out of its range. */
  BAD_ID("LAKE-I010", Severity.ERROR),
  /** An evidence anchor or status is internally inconsistent (e.g. a receipt with both path and id). */
  BAD_ANCHOR("LAKE-I011", Severity.ERROR),

  /** Rule 7: a claim is slogan-shaped: buzzwords, no measurable result, no report stat. */
  SLOGAN("LAKE-L001", Severity.WARNING),
  /** Rule 7: a cluster has no entry. */
  EMPTY_CLUSTER("LAKE-L002", Severity.WARNING),
  /** Rule 7: a story is used by no entry. */
  UNUSED_STORY("LAKE-L003", Severity.WARNING),
  /** Lint: two entries' claims share most of their words and word pairs, so one nearly repeats the other. */
  NEAR_DUPLICATE_CLAIM("LAKE-L004", Severity.WARNING),
  /** Lint: a claim runs over 40 words or 300 characters. */
  LONG_CLAIM("LAKE-L005", Severity.WARNING),

  /** Verification: the evidence says something else than its anchor (a changed file, a stale digest, another number). */
  EVIDENCE_MISMATCH("LAKE-V001", Severity.ERROR),
  /** Verification: the file, directory or command an anchor names is not there, or cannot be read. */
  EVIDENCE_MISSING("LAKE-V002", Severity.ERROR),
  /** Verification: an evidence path leads out of the evidence root, or to something that is not a file. */
  EVIDENCE_REJECTED("LAKE-V003", Severity.ERROR),
  /** Verification: a repro step was not run, because commands were not allowed. */
  COMMAND_NOT_RUN("LAKE-V004", Severity.WARNING),
  /** Importing: something in a resume could not become part of the imported lake. */
  IMPORT_SKIPPED("LAKE-M001", Severity.WARNING),

  /** More problems were found than one report lists; the rest are counted (an error if any of them is). */
  TOO_MANY_PROBLEMS("LAKE-J006", Severity.ERROR),

  /** Rendering: an entry, or part of a text, was left out to keep within a length budget. */
  OVER_BUDGET("LAKE-R001", Severity.WARNING),
  /** Rendering: the options select something the lake does not have, such as an unknown cluster. */
  UNKNOWN_SELECTION("LAKE-R002", Severity.WARNING),
  /** Rendering: a text runs over its recommended length; nothing was cut. */
  TOO_LONG("LAKE-R003", Severity.WARNING),

  /**
   * A YAML lake uses what a lake cannot hold: a custom tag, aliases beyond their bounds (an
   * expansion bomb), a key that is not text, {@code .nan} or {@code .inf}.
   */
  UNSUPPORTED_YAML("LAKE-J005", Severity.ERROR),
  /** Writing outputs: an output could not be written, or would have replaced something the command did not write; nothing was written. */
  OUTPUT_NOT_WRITTEN("LAKE-O001", Severity.ERROR),
  /** Rendering: a typeset document (PDF) has characters its fonts cannot show; they print as a replacement mark. */
  UNPRINTABLE("LAKE-R004", Severity.WARNING),

  /** Applications: a ledger line is not a record at all: not UTF-8, not JSON, not an object, or over the line limit. */
  LEDGER_LINE_UNREADABLE("LAKE-A001", Severity.ERROR),
  /** Applications: the ledger's last line does not end with a line break: an append was cut short by a crash. */
  LEDGER_LINE_TORN("LAKE-A002", Severity.ERROR),
  /** Applications: a ledger record has an unknown or missing field, or a value of the wrong type or form (a hash that is not hex, a folder outside the applications folder). */
  LEDGER_BAD_RECORD("LAKE-A003", Severity.ERROR),
  /** Applications: a ledger record was changed after it was written: it no longer hashes to its own hash, or is not written as apply writes it. */
  LEDGER_RECORD_EDITED("LAKE-A004", Severity.ERROR),
  /** Applications: the ledger's chain is broken: a record was removed, inserted or moved, or records were cut from the end. */
  LEDGER_CHAIN_BROKEN("LAKE-A005", Severity.ERROR),
  /** Applications: a file of an application folder changed, is missing, or was added, against the folder's manifest and record. */
  APPLICATION_FOLDER_CHANGED("LAKE-A006", Severity.ERROR),
  /** Applications: a folder among the applications has no record in the ledger. */
  APPLICATION_FOLDER_UNRECORDED("LAKE-A007", Severity.ERROR),
  /** Applications: an apply stopped before its folder was complete; nothing was recorded for it. */
  APPLICATION_FOLDER_UNFINISHED("LAKE-A008", Severity.WARNING),
  /** Applications: the ledger does not verify, so nothing was appended to it. */
  LEDGER_APPEND_REFUSED("LAKE-A009", Severity.ERROR),
  /** Applications: no application has the number or folder name asked for. */
  UNKNOWN_APPLICATION("LAKE-A010", Severity.ERROR),
  /** Applications: an entry was not sent with an application, because its evidence did not verify. */
  ENTRY_NOT_SENT("LAKE-A011", Severity.WARNING),
  /** Applications: a ledger record would be longer than a ledger line may be. */
  LEDGER_RECORD_TOO_LONG("LAKE-A012", Severity.ERROR);

  private final String code;
  private final Severity severity;

  Rule(String code, Severity severity) {
    this.code = code;
    this.severity = severity;
  }

  /** The stable code, e.g. {@code LAKE-I002}; a rule's JSON form. */
  @JsonValue
  public String code() {
    return code;
  }

  /**
   * The rule with {@code code}.
   *
   * @throws IllegalArgumentException when no rule has it
   */
  @JsonCreator
  public static Rule ofCode(String code) {
    return Arrays.stream(values()).filter(rule -> rule.code.equals(code)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no rule has the code " + code));
  }

  /** The usual severity; {@link #READS_AS_DONE} is a warning for CURRENT entries. */
  public Severity severity() {
    return severity;
  }
}
