package io.experiencelake.core.analysis;

import io.experiencelake.core.Achieved;
import io.experiencelake.core.Current;
import io.experiencelake.core.Status;
import io.experiencelake.core.Target;

/** A status in words with its date, as analyses and their renderings print it. */
public final class StatusWords {

  private StatusWords() {}

  /**
   * The status in words with its date, e.g. {@code ACHIEVED on 2025-03-14}, {@code CURRENT as of
   * 2026-11-20}, {@code TARGET by 2027-03-31} or {@code TARGET, undated}.
   */
  public static String describe(Status status) {
    if (status instanceof Achieved achieved) {
      return "ACHIEVED on " + achieved.on();
    }
    if (status instanceof Current current) {
      return "CURRENT as of " + current.asOf();
    }
    return ((Target) status).by().map(by -> "TARGET by " + by).orElse("TARGET, undated");
  }
}
