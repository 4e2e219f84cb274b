package io.experiencelake.applications;

import io.experiencelake.core.Rule;
import io.experiencelake.core.LakeException;
import io.experiencelake.core.hash.ContentHash;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The ledger's record of one application: when, to whom, for which job ad (its SHA-256), the folder
 * the documents were written to (with the SHA-256 of its {@code manifest.json}), the lake's hash, and
 * each entry sent.
 *
 * <pre>{@code
 * ApplicationRecord first = ledger.application("1");
 * first.folder();     // 2026-11-27-acme-ml-platform-engineer
 * first.entries();    // what was claimed, as it was then
 * }</pre>
 */
@Value.Immutable
public non-sealed interface ApplicationRecord extends LedgerRecord {

  /** The value of {@link #kind()}. */
  String KIND = "application";

  /** The application's number: 1 for the first application in the ledger, 2 for the next… */
  int number();

  /** The day of the application. */
  LocalDate date();

  /** The company applied to. */
  String company();

  /** The job's title, when known. */
  Optional<String> title();

  /** The person the letter was addressed to, when known. */
  Optional<String> contact();

  /** The application's folder inside the applications folder, e.g. {@code 2026-11-27-acme-ml-platform-engineer}. */
  String folder();

  /** The name of the job ad's copy in the folder: {@code job.txt} or {@code job.json}. */
  String jobFile();

  /** The SHA-256 of the job ad as read. */
  ContentHash job();

  /** The SHA-256 of the folder's {@code manifest.json}. */
  ContentHash manifest();

  /** The content hash of the whole lake the documents were rendered from. */
  ContentHash lake();

  /** Each entry sent, in lake order. */
  List<SentEntry> entries();

  @Override
  default String kind() {
    return KIND;
  }

  /** Rejects a record apply could not have written: a broken chain rule, a bad number, a blank company, a folder outside the applications folder, no entry, an entry twice. */
  @Value.Check
  default void check() {
    RecordJson.checkChain(seq(), previous());
    if (number() < 1 || number() > seq()) {
      throw bad("/number", "application number " + number() + " is not between 1 and the record's seq " + seq(),
          "applications are numbered 1, 2, 3… in ledger order");
    }
    if (company().isBlank()) {
      throw bad("/company", "the company is blank", "name the company applied to");
    }
    if (!Slugs.isFolderName(folder())) {
      throw bad("/folder", "folder '" + Slugs.shown(folder()) + "' is not an application folder's name",
          "a record names a folder inside the applications folder as apply does: YYYY-MM-DD-company-title, "
              + "lowercase letters, digits and '-', never '/', '..' or an absolute path");
    }
    if (!jobFile().equals(JobFile.TEXT_COPY) && !jobFile().equals(JobFile.JSON_COPY)) {
      throw bad("/jobFile", "the job ad's copy is named '" + Slugs.shown(jobFile()) + "'",
          "apply names it " + JobFile.TEXT_COPY + " or " + JobFile.JSON_COPY);
    }
    if (entries().isEmpty()) {
      throw bad("/entries", "the application sent no entry", "an application sends at least one entry");
    }
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < entries().size(); i++) {
      if (!ids.add(entries().get(i).id())) {
        throw bad("/entries/" + i + "/id", "entry '" + entries().get(i).id() + "' is listed twice", "list each entry sent once");
      }
    }
  }

  private static LakeException bad(String pointer, String message, String hint) {
    return LakeException.of(Rule.LEDGER_BAD_RECORD, pointer, message, hint);
  }
}
