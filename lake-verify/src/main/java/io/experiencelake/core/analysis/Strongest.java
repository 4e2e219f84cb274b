package io.experiencelake.core.analysis;

import io.experiencelake.core.StatusKind;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The strongest state among entries: ACHIEVED beats CURRENT beats TARGET. */
final class Strongest {

  private Strongest() {}

  static Optional<StatusKind> of(List<CoveredEntry> entries) {
    return entries.stream().map(CoveredEntry::kind).min(Comparator.naturalOrder());
  }
}
