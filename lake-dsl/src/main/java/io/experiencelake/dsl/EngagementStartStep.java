package io.experiencelake.dsl;

import com.google.errorprone.annotations.CheckReturnValue;

/**
 * The step of an engagement that says when it started.
 *
 * <pre>{@code
 * lake(owner("Alex Example", "ML platform engineer"))
 *     .engagement(job("acme", "Acme Payments").role("Platform engineer").from(2021, 4)
 *         .until(2024, 8)
 *         .location("London, UK")
 *         .summary("Ran the batch scoring platform."))
 *     .buildUnchecked();
 * }</pre>
 */
public interface EngagementStartStep {

  /** Sets the month it started; an impossible month is reported when the lake is built. */
  @CheckReturnValue
  EngagementFinalStep from(int year, int month);
}
