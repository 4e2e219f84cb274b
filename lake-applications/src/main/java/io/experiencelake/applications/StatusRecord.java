package io.experiencelake.applications;

import io.experiencelake.core.Rule;
import io.experiencelake.core.LakeException;
import io.experiencelake.core.hash.ContentHash;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The ledger's record of a status event: on a day, an application (named by its folder) moved to a
 * {@link ApplicationStatus}, with an optional note. Appended by {@link Ledger#mark}; the
 * application's own record is never touched.
 */
@Value.Immutable
public non-sealed interface StatusRecord extends LedgerRecord {

  /** The value of {@link #kind()}. */
  String KIND = "status";

  /** The folder of the application the event belongs to, as its {@link ApplicationRecord#folder()} says. */
  String application();

  /** The new status. */
  ApplicationStatus status();

  /** The day it happened. */
  LocalDate on();

  /** A note, e.g. {@code first interview with Sam}. */
  Optional<String> note();

  @Override
  default String kind() {
    return KIND;
  }

  /** Rejects a record mark could not have written: a broken chain rule, or an application that is not a folder name. */
  @Value.Check
  default void check() {
    RecordJson.checkChain(seq(), previous());
    if (!Slugs.isFolderName(application())) {
      throw LakeException.of(Rule.LEDGER_BAD_RECORD, "/application",
          "application '" + Slugs.shown(application()) + "' is not an application folder's name",
          "a status record names its application by the folder apply wrote, e.g. 2026-11-27-acme-ml-platform-engineer");
    }
  }
}
