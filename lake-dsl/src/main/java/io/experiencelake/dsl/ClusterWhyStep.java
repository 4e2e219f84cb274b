package io.experiencelake.dsl;

import com.google.errorprone.annotations.CheckReturnValue;

/**
 * The step of a cluster that says why it is heavy.
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
public interface ClusterWhyStep {

  /** Sets why the cluster is heavy. */
  @CheckReturnValue
  ClusterFinalStep why(String why);
}
