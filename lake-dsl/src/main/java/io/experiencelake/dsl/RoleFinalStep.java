package io.experiencelake.dsl;

import com.google.errorprone.annotations.CheckReturnValue;

/**
 * A role profile, ready for {@link LakeStep#role(RoleFinalStep)}, with optional band, required
 * capabilities, keywords and the opening and closing paragraphs of a cover letter for it.
 *
 * <pre>{@code
 * lake(owner("Alex Example", "ML platform engineer"))
 *     .role(role("mlops-platform", "MLOps / ML Platform Engineer")
 *         .band("£50k")
 *         .requires("run-discipline", 1.0)
 *         .requires("streaming-realities", 0.5)
 *         .keywords("mlops", "platform")
 *         .letterOpening("I am applying because I want to run the platform other teams build on.")
 *         .letterClosing("I would be glad to talk about how I could help."))
 *     .buildUnchecked();
 * }</pre>
 */
public sealed interface RoleFinalStep permits LakeImpl.RoleImpl {

  /** Sets the pay band as the owner writes it, e.g. {@code £50k}. */
  @CheckReturnValue
  RoleFinalStep band(String band);

  /** Adds a required capability with its weight in (0, 1]; a weight outside it is reported when the lake is built. */
  @CheckReturnValue
  RoleFinalStep requires(String capability, double weight);

  /** Adds words a recruiter would search for. */
  @CheckReturnValue
  RoleFinalStep keywords(String... keywords);

  /** Sets the opening paragraph of a cover letter for this role, in the owner's own words; a plain default when unset. */
  @CheckReturnValue
  RoleFinalStep letterOpening(String opening);

  /** Sets the closing paragraph of a cover letter for this role, in the owner's own words; a plain default when unset. */
  @CheckReturnValue
  RoleFinalStep letterClosing(String closing);
}
