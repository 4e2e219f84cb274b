package io.experiencelake.dsl;

import com.google.errorprone.annotations.CheckReturnValue;
import java.time.LocalDate;

/**
 * The step of an entry with no evidence yet: it may only be current or a target.
 *
 * <pre>{@code
 * lake.entry(entry("multi-region").in("reliability-rails")
 *     .claim("Serve scoring from two regions")
 *     .constraint("Feature data may not leave its region")
 *     .decision("Active-passive with regional feature stores")
 *         .consequence("Fail-over loses the last 5 minutes of features")
 *     .noEvidenceYet()
 *     .target(LocalDate.of(2026, 12, 31)));
 * }</pre>
 */
public interface EntryUnprovenStep {

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
