package io.experiencelake.dsl;

import com.google.errorprone.annotations.CheckReturnValue;

/**
 * A complete repro step, ready for {@code evidence(...)} or {@code and(...)}, with an optional
 * working directory and expected exit code.
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
public sealed interface ReproStepFinalStep extends VerifiableEvidence permits AnchorImpl.ReproStepImpl {

  /** Sets the working directory, relative to the evidence root; {@code .} when left out. */
  @CheckReturnValue
  ReproStepFinalStep in(String workingDir);

  /** Sets the expected exit code; 0 when left out. */
  @CheckReturnValue
  ReproStepFinalStep exits(int code);

  /** Also requires the standard output to contain {@code text}, beside its digest. */
  @CheckReturnValue
  ReproStepFinalStep outputContains(String text);

  /** Also pins the standard output's SHA-256, beside a substring it must contain. */
  @CheckReturnValue
  ReproStepFinalStep outputSha256(String digest);
}
