package io.experiencelake.dsl;

import com.google.errorprone.annotations.CheckReturnValue;

/**
 * A run output: a file a run wrote, pinned by its SHA-256, with an optional description.
 *
 * <pre>{@code
 * entry("phase-gates").in("evidence-gated-runs")
 *     .claim("Gated each of 6 run phases on committed evidence")
 *     .constraint("A crashed writer still looked done")
 *     .decision("Phase gates that read a receipt per phase")
 *     .consequence("Promotion waits for the slowest writer")
 *     .evidence(runOutput("runs/2025-03-14/gates.log", sha256).describedAs("gate log of the first gated run"))
 *     .achieved(2025, 3, 14);
 * }</pre>
 */
public sealed interface RunOutputFinalStep extends VerifiableEvidence permits AnchorImpl.RunOutputImpl {

  /** Sets what the file shows. */
  @CheckReturnValue
  RunOutputFinalStep describedAs(String description);
}
