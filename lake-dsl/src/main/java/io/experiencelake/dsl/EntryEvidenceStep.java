package io.experiencelake.dsl;

import com.google.errorprone.annotations.CheckReturnValue;

/**
 * The step of an entry that gives its first evidence anchor, or says there is none yet; what comes first decides which statuses follow.
 *
 * <pre>{@code
 * lake.entry(entry("phase-gates").in("evidence-gated-runs").at("platform").from("110", "46AA–46AQ")
 *     .claim("Gated each of 6 run phases on committed evidence")
 *     .constraint("Services promoted runs on timers; a crashed writer still looked done")
 *     .decision("Phase gates that read a receipt per phase")
 *         .over("Longer timers", "Hides the crash, adds latency")
 *         .consequence("Promotion waits for the slowest writer")
 *     .evidence(runOutput("runs/2025-03-14/gates.log", sha256))
 *         .and(reportStat("reports/promotions.json").pointer("/partial_promotions")
 *             .metric("partial promotions after gates").is(0, "runs"))
 *     .achieved(2025, 3, 14)
 *     .capabilities("run-discipline")
 *     .keywords("phase gates", "idempotency"));
 * }</pre>
 *
 * <p>After verifiable evidence every status is open; after a link only {@code current} and
 * {@code target}, until verifiable evidence is added:
 *
 * <pre>{@code
 * lake.entry(entry("schema-registry").in("contract-first").at("platform")
 *     .claim("Moving 11 services onto a shared schema registry")
 *     .constraint("Producers deploy on their own schedules")
 *     .decision("Compatibility checks in CI before any deploy")
 *         .consequence("A breaking change now fails a build instead of a consumer")
 *     .evidence(link("https://github.com/example/registry/pull/42"))
 *         .and(link("https://example.org/blog/registry"))
 *     .current(LocalDate.of(2025, 6, 1), "7 of 11 services migrated"));
 * }</pre>
 *
 * <p>and after {@code noEvidenceYet()} only {@code current} and {@code target}:
 *
 * <pre>{@code
 * lake.entry(entry("multi-region").in("reliability-rails")
 *     .claim("Serve scoring from two regions")
 *     .constraint("Feature data may not leave its region")
 *     .decision("Active-passive with regional feature stores")
 *         .consequence("Fail-over loses the last 5 minutes of features")
 *     .noEvidenceYet()
 *     .target(LocalDate.of(2026, 12, 31)));
 * }</pre>
 */
public interface EntryEvidenceStep {

  /** Adds a verifiable anchor; every status, {@code achieved} included, may follow. */
  @CheckReturnValue
  EntryEvidenceMoreStep evidence(VerifiableEvidence anchor);

  /** Adds a link; only {@code current} and {@code target} may follow, unless verifiable evidence is added. */
  @CheckReturnValue
  EntryWeakEvidenceStep evidence(WeakEvidence anchor);

  /** Says the entry has no evidence yet; only {@code current} and {@code target} may follow. */
  @CheckReturnValue
  EntryUnprovenStep noEvidenceYet();
}
