package io.experiencelake.dsl;

/**
 * Evidence a reader can check a claim against: a run output, a receipt, a report stat or a repro
 * step, the only kinds that open the way to {@code achieved(...)}.
 *
 * <pre>{@code
 * entry("phase-gates").in("evidence-gated-runs")
 *     .claim("Gated each of 6 run phases on committed evidence")
 *     .constraint("A crashed writer still looked done")
 *     .decision("Phase gates that read a receipt per phase")
 *     .consequence("Promotion waits for the slowest writer")
 *     .evidence(runOutput("runs/2025-03-14/gates.log", sha256))         // VerifiableEvidence
 *     .and(repro("make", "check-gates").outputContains("6/6 gates"))    // VerifiableEvidence
 *     .achieved(2025, 3, 14);
 * }</pre>
 *
 * <p>It has nothing to call: it is what {@code runOutput}, {@code receipt}, {@code reportStat} and
 * {@code repro} chains end in, and only they can make one.
 */
public sealed interface VerifiableEvidence
    permits RunOutputFinalStep, ReceiptFinalStep, ReportStatFinalStep, ReproStepFinalStep {}
