package io.experiencelake.dsl;

import com.google.errorprone.annotations.CheckReturnValue;
import java.time.LocalDate;

/**
 * The step of an entry backed by at least one verifiable anchor: add more anchors, then give any status.
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
public interface EntryEvidenceMoreStep extends EntryUnfinishedStatuses {

  /** Adds another verifiable anchor. */
  @CheckReturnValue
  EntryEvidenceMoreStep and(VerifiableEvidence anchor);

  /** Adds a link alongside the verifiable evidence. */
  @CheckReturnValue
  EntryEvidenceMoreStep and(WeakEvidence anchor);

  /** Marks the entry achieved on {@code on}. */
  @CheckReturnValue
  EntryFinalStep achieved(LocalDate on);

  /** Marks the entry achieved on the given day; an impossible date is reported when the lake is built. */
  @CheckReturnValue
  EntryFinalStep achieved(int year, int month, int day);
}
