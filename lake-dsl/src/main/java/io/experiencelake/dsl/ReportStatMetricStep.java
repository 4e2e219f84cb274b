package io.experiencelake.dsl;

import com.google.errorprone.annotations.CheckReturnValue;

/**
 * The step of a report stat that says what the number measures.
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
public interface ReportStatMetricStep {

  /** Sets what the number measures, e.g. {@code partial promotions after gates}. */
  @CheckReturnValue
  ReportStatValueStep metric(String metric);
}
