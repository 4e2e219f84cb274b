package io.experiencelake.dsl;

import com.google.errorprone.annotations.CheckReturnValue;

/**
 * The step of a report stat that states the claimed value, its unit, and how the report's actual
 * value must relate to it.
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
public interface ReportStatValueStep {

  /** Claims the actual value equals {@code value}. */
  @CheckReturnValue
  ReportStatFinalStep is(double value, String unit);

  /** Claims the actual value is at most {@code value}. */
  @CheckReturnValue
  ReportStatFinalStep atMost(double value, String unit);

  /** Claims the actual value is at least {@code value}. */
  @CheckReturnValue
  ReportStatFinalStep atLeast(double value, String unit);

  /** Claims the actual value is strictly below {@code value}. */
  @CheckReturnValue
  ReportStatFinalStep below(double value, String unit);

  /** Claims the actual value is strictly above {@code value}. */
  @CheckReturnValue
  ReportStatFinalStep above(double value, String unit);

  /** Claims the actual value equals {@code value} give or take {@code tolerance}. */
  @CheckReturnValue
  ReportStatFinalStep within(double value, double tolerance, String unit);
}
