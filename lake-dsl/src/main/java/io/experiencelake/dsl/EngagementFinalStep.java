package io.experiencelake.dsl;

import com.google.errorprone.annotations.CheckReturnValue;

/**
 * A complete engagement, ready for {@link LakeStep#engagement(EngagementFinalStep)}, with optional
 * end, location and summary.
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
public sealed interface EngagementFinalStep permits LakeImpl.EngagementImpl {

  /** Sets the month it ended; leave it out while the engagement goes on. */
  @CheckReturnValue
  EngagementFinalStep until(int year, int month);

  /** Sets where it happened. */
  @CheckReturnValue
  EngagementFinalStep location(String location);

  /** Sets one or two sentences about it. */
  @CheckReturnValue
  EngagementFinalStep summary(String summary);
}
