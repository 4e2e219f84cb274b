package io.experiencelake.dsl;

import com.google.errorprone.annotations.CheckReturnValue;

/**
 * A complete entry, ready for {@link LakeStep#entry(EntryFinalStep)}, to which capabilities and keywords can be added.
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
 */
public sealed interface EntryFinalStep permits EntryImpl {

  /** Adds the ids of capabilities the entry demonstrates. */
  @CheckReturnValue
  EntryFinalStep capabilities(String... capabilityIds);

  /** Adds words a recruiter would search for. */
  @CheckReturnValue
  EntryFinalStep keywords(String... keywords);
}
