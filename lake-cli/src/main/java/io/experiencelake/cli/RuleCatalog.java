package io.experiencelake.cli;

import io.experiencelake.core.Rule;
import io.experiencelake.core.Severity;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Every rule code {@code lake} can report, with a name, a
 * short description and a default severity: the {@code rules} of a SARIF log.
 */
final class RuleCatalog {

  /** One rule: {@code LAKE-I002}, {@code NoVerifiableEvidence}, a sentence, a severity. */
  record Entry(String code, String name, String description, Severity severity) {}

  private static final Map<Rule, String> DESCRIPTIONS = new EnumMap<>(Rule.class);

  static {
    DESCRIPTIONS.put(Rule.JSON_SYNTAX, "The input is not well-formed JSON or YAML: a syntax error, NaN or Infinity, a comment, invalid UTF-8 or a parser limit passed");
    DESCRIPTIONS.put(Rule.DUPLICATE_KEY, "An object names the same key twice (in YAML, also through a merge key)");
    DESCRIPTIONS.put(Rule.TRAILING_CONTENT, "Something follows the end of the lake's JSON object, or a second YAML document");
    DESCRIPTIONS.put(Rule.UNREADABLE, "The input could not be read: a missing file, a folder, an I/O error or a file too large");
    DESCRIPTIONS.put(Rule.SCHEMA, "A value has the wrong type or shape for the lake's JSON Schema");
    DESCRIPTIONS.put(Rule.UNKNOWN_FIELD, "A field the lake's JSON Schema does not know");
    DESCRIPTIONS.put(Rule.MISSING_FIELD, "A required field is missing");
    DESCRIPTIONS.put(Rule.BAD_FORMAT, "A date, month, story id, URI or other formatted string is invalid");
    DESCRIPTIONS.put(Rule.BLANK_PART, "An entry part (claim, constraint, decision…) or other required text is missing or blank");
    DESCRIPTIONS.put(Rule.NO_VERIFIABLE_EVIDENCE, "An ACHIEVED entry has no verifiable evidence (links do not count)");
    DESCRIPTIONS.put(Rule.FUTURE_DATE, "A date lies after today");
    DESCRIPTIONS.put(Rule.READS_AS_DONE, "A TARGET (or CURRENT) claim reads as done");
    DESCRIPTIONS.put(Rule.UNKNOWN_REFERENCE, "A reference names a story, cluster, engagement or capability that does not exist");
    DESCRIPTIONS.put(Rule.MISSING_PARENT, "A sub-entry story exists without its parent story");
    DESCRIPTIONS.put(Rule.DUPLICATE_ID, "The same id is defined twice");
    DESCRIPTIONS.put(Rule.BAD_DIGEST, "A digest is not 64 lowercase hex characters");
    DESCRIPTIONS.put(Rule.UNSAFE_PATH, "An evidence path is absolute or climbs out of the evidence root");
    DESCRIPTIONS.put(Rule.BAD_ID, "An id is not a lowercase slug, or a value is out of its range");
    DESCRIPTIONS.put(Rule.BAD_ANCHOR, "An evidence anchor or status is internally inconsistent");
    DESCRIPTIONS.put(Rule.SLOGAN, "A claim is slogan-shaped: buzzwords, no measurable result and no report stat");
    DESCRIPTIONS.put(Rule.EMPTY_CLUSTER, "A cluster has no entry");
    DESCRIPTIONS.put(Rule.UNUSED_STORY, "A story is used by no entry");
    DESCRIPTIONS.put(Rule.EVIDENCE_MISMATCH, "The evidence says something else than its anchor: a changed file, a stale digest or another number");
    DESCRIPTIONS.put(Rule.EVIDENCE_MISSING, "The file, directory or command an evidence anchor names is not there or cannot be read");
    DESCRIPTIONS.put(Rule.EVIDENCE_REJECTED, "An evidence path leads outside the evidence root or to something that is not a regular file; nothing was read");
    DESCRIPTIONS.put(Rule.COMMAND_NOT_RUN, "A repro step was not run because commands were not allowed");
    DESCRIPTIONS.put(Rule.IMPORT_SKIPPED, "An item of the imported resume was left out of the lake");
    DESCRIPTIONS.put(Rule.TOO_MANY_PROBLEMS, "More problems were found than one report lists; the rest are counted");
    DESCRIPTIONS.put(Rule.UNSUPPORTED_YAML, "A YAML lake uses what a lake cannot hold: a custom tag, aliases beyond their bounds, a key that is not text, .nan or .inf");
    DESCRIPTIONS.put(Rule.OUTPUT_NOT_WRITTEN, "An output could not be written, or would have replaced something the command did not write; nothing was written");
    DESCRIPTIONS.put(Rule.UNPRINTABLE, "A typeset document (PDF) has characters its fonts cannot show; they print as a replacement mark");
    DESCRIPTIONS.put(Rule.LEDGER_LINE_UNREADABLE, "A ledger line is not a record at all: not UTF-8, not JSON, not an object, or over the line limit");
    DESCRIPTIONS.put(Rule.LEDGER_LINE_TORN, "The ledger's last line does not end with a line break: an append was cut short by a crash");
    DESCRIPTIONS.put(Rule.LEDGER_BAD_RECORD, "A ledger record has an unknown or missing field, or a value of the wrong type or form (a hash that is not hex, a folder outside the applications folder)");
    DESCRIPTIONS.put(Rule.LEDGER_RECORD_EDITED, "A ledger record was changed after it was written: it no longer hashes to its own hash, or is not written as apply writes it");
    DESCRIPTIONS.put(Rule.LEDGER_CHAIN_BROKEN, "The ledger's chain is broken: a record was removed, inserted or moved, or records were cut from the end");
    DESCRIPTIONS.put(Rule.APPLICATION_FOLDER_CHANGED, "A file of an application folder changed, is missing, or was added, against the folder's manifest and record");
    DESCRIPTIONS.put(Rule.APPLICATION_FOLDER_UNRECORDED, "A folder among the applications has no record in the ledger");
    DESCRIPTIONS.put(Rule.APPLICATION_FOLDER_UNFINISHED, "An apply stopped before its folder was complete; nothing was recorded for it");
    DESCRIPTIONS.put(Rule.LEDGER_APPEND_REFUSED, "The ledger does not verify, so nothing was appended to it");
    DESCRIPTIONS.put(Rule.UNKNOWN_APPLICATION, "No application has the number or folder name asked for");
    DESCRIPTIONS.put(Rule.ENTRY_NOT_SENT, "An entry was not sent with an application, because its evidence did not verify");
    DESCRIPTIONS.put(Rule.LEDGER_RECORD_TOO_LONG, "A ledger record would be longer than a ledger line may be");
  }

  private static final List<Entry> ALL = build();

  private RuleCatalog() {}

  /** Every rule, in declaration order. */
  static List<Entry> all() {
    return ALL;
  }

  /** The position of {@code code} in {@link #all()}, or -1 when no rule has it. */
  static int indexOf(String code) {
    for (int i = 0; i < ALL.size(); i++) {
      if (ALL.get(i).code().equals(code)) {
        return i;
      }
    }
    return -1;
  }

  private static List<Entry> build() {
    List<Entry> entries = new ArrayList<>();
    for (Rule rule : Rule.values()) {
      String description = DESCRIPTIONS.getOrDefault(rule, sentence(rule.name()));
      entries.add(new Entry(rule.code(), name(rule.name()), description, rule.severity()));
    }
    return List.copyOf(entries);
  }

  /** {@code NO_VERIFIABLE_EVIDENCE} → {@code NoVerifiableEvidence}. */
  static String name(String constant) {
    StringBuilder out = new StringBuilder();
    for (String word : constant.split("_")) {
      if (!word.isEmpty()) {
        out.append(word.charAt(0)).append(word.substring(1).toLowerCase(Locale.ROOT));
      }
    }
    return out.toString();
  }

  /** {@code NEAR_DUPLICATE_CLAIM} → {@code Near duplicate claim}: the fallback for a rule added to the library later. */
  static String sentence(String constant) {
    String words = constant.toLowerCase(Locale.ROOT).replace('_', ' ');
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }
}
