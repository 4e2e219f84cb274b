package io.experiencelake.junit;

import io.experiencelake.core.Achieved;
import io.experiencelake.core.Current;
import io.experiencelake.core.Lake;
import io.experiencelake.core.LakeEntry;
import io.experiencelake.core.Status;
import io.experiencelake.core.Target;

/** Plain words for lakes, entries and statuses, shared by the failure messages and the dynamic tests' names. */
final class Describe {

  private Describe() {}

  /** {@code entry 'phase-gates'}. */
  static String entry(LakeEntry entry) {
    return "entry '" + entry.id() + "'";
  }

  /** {@code lake of 'Alex Example'}. */
  static String lake(Lake lake) {
    return "lake of '" + lake.owner().name() + "'";
  }

  /** {@code 3 entries in 2 clusters}. */
  static String size(Lake lake) {
    int entries = lake.entries().size();
    int clusters = lake.clusters().size();
    return entries + (entries == 1 ? " entry" : " entries") + " in " + clusters + (clusters == 1 ? " cluster" : " clusters");
  }

  /** {@code ACHIEVED on 2025-03-14}, {@code CURRENT as of 2025-06-01 (7 of 11 migrated)}, {@code TARGET by 2026-01-31}. */
  static String status(Status status) {
    if (status instanceof Achieved achieved) {
      return "ACHIEVED on " + achieved.on();
    }
    if (status instanceof Current current) {
      return "CURRENT as of " + current.asOf() + " (" + current.progress() + ")";
    }
    return ((Target) status).by().map(d -> "TARGET by " + d).orElse("TARGET with no date");
  }
}
