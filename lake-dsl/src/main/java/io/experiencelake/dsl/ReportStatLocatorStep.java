package io.experiencelake.dsl;

import com.google.errorprone.annotations.CheckReturnValue;

/**
 * The first step of a report stat: where the number sits in the report, a JSON Pointer into a JSON
 * report or a cell of a CSV report.
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
public interface ReportStatLocatorStep {

  /** Locates the number in a JSON report, e.g. {@code /partial_promotions}. */
  @CheckReturnValue
  ReportStatMetricStep pointer(String jsonPointer);

  /** Locates the number in a CSV report: the {@code column} of the row whose {@code keyColumn} is {@code key}. */
  @CheckReturnValue
  ReportStatMetricStep cell(String column, String keyColumn, String key);
}
