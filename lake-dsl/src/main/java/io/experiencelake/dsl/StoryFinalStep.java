package io.experiencelake.dsl;

import com.google.errorprone.annotations.CheckReturnValue;

/**
 * A story, ready for {@link LakeStep#story(StoryFinalStep)}, with optional challenge, period and
 * tags.
 *
 * <pre>{@code
 * lake(owner("Alex Example", "ML platform engineer"))
 *     .story(story("110", "Run promoted without its READY marker")
 *         .challenge("A crashed writer left a run that looked complete.")
 *         .during(2025, 2)
 *         .until(2025, 3)
 *         .tags("promotion", "gates"))
 *     .buildUnchecked();
 * }</pre>
 */
public sealed interface StoryFinalStep permits StoryImpl {

  /** Sets what happened: the challenge in a few sentences. */
  @CheckReturnValue
  StoryFinalStep challenge(String challenge);

  /** Sets the month the story started. */
  @CheckReturnValue
  StoryFinalStep during(int year, int month);

  /** Sets the month the story ended. */
  @CheckReturnValue
  StoryFinalStep until(int year, int month);

  /** Adds free tags. */
  @CheckReturnValue
  StoryFinalStep tags(String... tags);
}
