package io.experiencelake.dsl;

import com.google.errorprone.annotations.CheckReturnValue;

/**
 * The first step of an engagement: the owner's role in it.
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
public interface EngagementRoleStep {

  /** Sets the owner's role, e.g. {@code Lead engineer}. */
  @CheckReturnValue
  EngagementStartStep role(String role);
}
