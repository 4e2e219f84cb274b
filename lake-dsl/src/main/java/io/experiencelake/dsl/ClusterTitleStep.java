package io.experiencelake.dsl;

import com.google.errorprone.annotations.CheckReturnValue;

/**
 * The first step of a cluster: its title.
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
public interface ClusterTitleStep {

  /** Sets the title, e.g. {@code Evidence-gated run lifecycle}. */
  @CheckReturnValue
  ClusterWhyStep title(String title);
}
