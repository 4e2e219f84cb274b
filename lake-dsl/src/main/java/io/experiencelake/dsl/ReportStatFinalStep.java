package io.experiencelake.dsl;

import com.google.errorprone.annotations.CheckReturnValue;

/**
 * A complete report stat, ready for {@code evidence(...)} or {@code and(...)}, with an optional
 * digest of the report and tolerance.
 *
 * <pre>{@code
 * entry("p99-ingress").in("scale-under-load")
 *     .claim("Held ingress p99 under 250 ms at 3x peak load")
 *     .constraint("The load balancer could not be replaced")
 *     .decision("Connection pooling per worker")
 *     .consequence("Each worker holds 40 idle connections")
 *     .evidence(reportStat("reports/load.csv").cell("p99_ms", "service", "ingress")
 *         .metric("ingress p99 at 3x peak")
 *         .atMost(250, "ms")
 *         .sha256(reportSha256))
 *     .achieved(2025, 7, 9);
 * }</pre>
 */
public sealed interface ReportStatFinalStep extends VerifiableEvidence permits AnchorImpl.ReportStatImpl {

  /** Pins the exact report by its SHA-256. */
  @CheckReturnValue
  ReportStatFinalStep sha256(String reportDigest);

  /** Sets the absolute tolerance of an {@code is}, {@code atMost} or {@code atLeast} comparison. */
  @CheckReturnValue
  ReportStatFinalStep tolerance(double tolerance);
}
