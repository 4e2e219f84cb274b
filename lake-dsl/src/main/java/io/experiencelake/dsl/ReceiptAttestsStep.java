package io.experiencelake.dsl;

import com.google.errorprone.annotations.CheckReturnValue;

/**
 * The step of a receipt that says what it attests.
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
public interface ReceiptAttestsStep {

  /** Sets what the receipt attests, e.g. {@code phase 6 closed with 0 open findings}. */
  @CheckReturnValue
  ReceiptFinalStep attests(String attests);
}
