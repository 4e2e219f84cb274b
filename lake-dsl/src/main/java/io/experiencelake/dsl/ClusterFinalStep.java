package io.experiencelake.dsl;

import com.google.errorprone.annotations.CheckReturnValue;

/**
 * A complete cluster, ready for {@link LakeStep#cluster(ClusterFinalStep)}, to which stories and
 * capabilities can be added.
 *
 * <pre>{@code
 * lake(owner("Alex Example", "ML platform engineer"))
 *     .cluster(cluster("evidence-gated-runs", 1, Tier.CORE)
 *         .title("Evidence-gated run lifecycle")
 *         .why("Operating a platform, not just writing code")
 *         .stories("110", "121", "46AA–46AQ")
 *         .demonstrates("run-discipline"))
 *     .buildUnchecked();
 * }</pre>
 */
public sealed interface ClusterFinalStep permits ClusterImpl {

  /**
   * Adds stories by id or range; {@code "46AA–46AQ"} adds all 17 sub-entries, in order.
   *
   * <p>A text that is not an id or a range is reported when the lake is built, with a message
   * naming the text.
   */
  @CheckReturnValue
  ClusterFinalStep stories(String... idsOrRanges);

  /** Adds the ids of capabilities the cluster demonstrates. */
  @CheckReturnValue
  ClusterFinalStep demonstrates(String... capabilityIds);
}
