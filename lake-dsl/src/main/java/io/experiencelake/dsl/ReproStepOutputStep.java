package io.experiencelake.dsl;

import com.google.errorprone.annotations.CheckReturnValue;

/**
 * The first step of a repro step: what its standard output must show, a substring or a digest.
 *
 * <pre>{@code
 * entry("replay-idempotent").in("evidence-gated-runs")
 *     .claim("Made run replays idempotent across 6 phases")
 *     .constraint("Replays re-sent events downstream consumers had already seen")
 *     .decision("Deduplicate on a per-phase event key")
 *     .consequence("The key store grows with every run")
 *     .evidence(repro("python3", "replay.py", "--run", "42")
 *         .outputContains("0 duplicate events")
 *         .in("tools")
 *         .exits(0))
 *     .achieved(2025, 4, 1);
 * }</pre>
 */
public interface ReproStepOutputStep {

  /** Expects the standard output to contain {@code text}. */
  @CheckReturnValue
  ReproStepFinalStep outputContains(String text);

  /** Expects the standard output to have SHA-256 {@code digest}. */
  @CheckReturnValue
  ReproStepFinalStep outputSha256(String digest);
}
