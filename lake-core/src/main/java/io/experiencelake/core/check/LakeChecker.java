package io.experiencelake.core.check;

import io.experiencelake.core.Diagnostic;
import io.experiencelake.core.Lake;
import java.util.List;

/**
 * Runs the whole-lake proof-discipline rules and reports every problem at once, in a stable order.
 */
public final class LakeChecker {

  private LakeChecker() {}

  /** Every diagnostic of {@code lake}, errors and warnings, in document order. */
  public static List<Diagnostic> check(Lake lake, CheckOptions options) {
    // TODO(checker): rules 2-7 of DESIGN.md.
    return List.of();
  }
}
