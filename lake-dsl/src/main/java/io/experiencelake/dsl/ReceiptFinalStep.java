package io.experiencelake.dsl;

/**
 * A complete receipt, ready for {@code evidence(...)} or {@code and(...)}.
 *
 * <pre>{@code
 * entry("phase-six-closed").in("evidence-gated-runs")
 *     .claim("Closed phase 6 with no open findings")
 *     .constraint("Findings from five teams had to be triaged in two weeks")
 *     .decision("One shared triage board with owners per finding")
 *     .consequence("Two findings were deferred to the next phase by agreement")
 *     .evidence(receipt("receipts/phase-6.json", sha256).attests("phase 6 closed with 0 open findings"))
 *     .achieved(2025, 5, 2);
 * }</pre>
 */
public sealed interface ReceiptFinalStep extends VerifiableEvidence permits AnchorImpl.ReceiptImpl {}
