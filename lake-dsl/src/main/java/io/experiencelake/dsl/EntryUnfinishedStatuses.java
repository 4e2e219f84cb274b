package io.experiencelake.dsl;

import com.google.errorprone.annotations.CheckReturnValue;
import java.time.LocalDate;

/**
 * The statuses open to an entry whatever its evidence: in progress, or a plan. Shared by the steps
 * that end an entry ({@link EntryEvidenceMoreStep}, {@link EntryWeakEvidenceStep},
 * {@link EntryUnprovenStep}); package-private, so those steps stay the public API.
 */
interface EntryUnfinishedStatuses {

  /** Marks the entry in progress as of {@code asOf}, with how far it has got, e.g. {@code 7 of 11 services migrated}. */
  @CheckReturnValue
  EntryFinalStep current(LocalDate asOf, String progress);

  /** Marks the entry as a plan with no date; it is never shown as done. */
  @CheckReturnValue
  EntryFinalStep target();

  /** Marks the entry as a plan for {@code by}; it is never shown as done. */
  @CheckReturnValue
  EntryFinalStep target(LocalDate by);
}
