package io.experiencelake.core.analysis;

import io.experiencelake.core.StatusKind;
import java.util.List;
import java.util.Optional;

/** The strongest state among entries: ACHIEVED beats CURRENT beats TARGET. */
final class Strongest {

  private Strongest() {}

  static Optional<StatusKind> of(List<CoveredEntry> entries) {
    StatusKind best = null;
    for (CoveredEntry e : entries) {
      if (best == null || e.kind().ordinal() < best.ordinal()) {
        best = e.kind();
      }
    }
    return Optional.ofNullable(best);
  }
}
