package io.experiencelake.junit;

import static io.experiencelake.junit.ShouldAllBeDefensible.shouldAllBeDefensible;

import io.experiencelake.core.Lake;
import io.experiencelake.core.verify.VerificationReport;

/**
 * The failure messages of the lake assertions as plain text, for tools that report on a lake
 * outside a test, such as {@code lake-maven-plugin}: the same words a failing assertion prints.
 *
 * <pre>{@code
 * VerificationReport report = Verifier.of(Path.of("evidence")).verify(lake);
 * if (!report.isDefensible()) {
 *   System.err.println(FailureMessages.notDefensible(lake, report));
 * }
 * }</pre>
 */
public final class FailureMessages {

  private FailureMessages() {}

  /**
   * What {@code assertThat(lake).isDefensibleAgainst(…)} says when {@code report} has entries that
   * are not defensible: each with its pointer and the anchors that did not verify, then the summary.
   *
   * @throws IllegalArgumentException when every entry of {@code report} is defensible
   */
  public static String notDefensible(Lake lake, VerificationReport report) {
    if (report.isDefensible()) {
      throw new IllegalArgumentException("every entry is defensible: there is no failure to describe");
    }
    return shouldAllBeDefensible(lake, report).create().stripLeading();
  }
}
