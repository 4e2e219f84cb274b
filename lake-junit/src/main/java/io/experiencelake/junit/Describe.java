package io.experiencelake.junit;

import io.experiencelake.core.Achieved;
import io.experiencelake.core.Current;
import io.experiencelake.core.EvidenceAnchor;
import io.experiencelake.core.Lake;
import io.experiencelake.core.LakeEntry;
import io.experiencelake.core.Link;
import io.experiencelake.core.Receipt;
import io.experiencelake.core.ReportStat;
import io.experiencelake.core.ReproStep;
import io.experiencelake.core.RunOutput;
import io.experiencelake.core.Status;
import io.experiencelake.core.Target;
import java.util.List;
import java.util.Map;

/** Plain words for lakes, entries and statuses, shared by the failure messages and the dynamic tests' names. */
final class Describe {

  /** Every anchor type with its JSON {@code kind}. */
  static final Map<Class<? extends EvidenceAnchor>, String> KINDS = Map.of(
      RunOutput.class, "run-output",
      Receipt.class, "receipt",
      ReportStat.class, "report-stat",
      ReproStep.class, "repro-step",
      Link.class, "link");

  /** The kinds in the order the schema lists them. */
  static final List<String> KIND_NAMES = List.of("run-output", "receipt", "report-stat", "repro-step", "link");

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
    if (status instanceof Achieved) {
      return "ACHIEVED on " + ((Achieved) status).on();
    }
    if (status instanceof Current) {
      Current current = (Current) status;
      return "CURRENT as of " + current.asOf() + " (" + current.progress() + ")";
    }
    return ((Target) status).by().map(d -> "TARGET by " + d).orElse("TARGET with no date");
  }

  /** The JSON kind of {@code type}, e.g. {@code run-output} for {@code RunOutput.class}. */
  static String kind(Class<? extends EvidenceAnchor> type) {
    for (Map.Entry<Class<? extends EvidenceAnchor>, String> k : KINDS.entrySet()) {
      if (k.getKey().isAssignableFrom(type)) {
        return k.getValue();
      }
    }
    throw new IllegalArgumentException(type.getName() + " is not an evidence anchor kind; use one of " + KIND_NAMES);
  }
}
