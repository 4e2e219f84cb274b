package io.experiencelake.core.analysis;

import io.experiencelake.core.CapabilityWeight;
import io.experiencelake.core.Cluster;
import io.experiencelake.core.Current;
import io.experiencelake.core.Lake;
import io.experiencelake.core.LakeEntry;
import io.experiencelake.core.RoleProfile;
import io.experiencelake.core.StatusKind;
import io.experiencelake.core.Target;
import io.experiencelake.core.verify.EntryVerification;
import io.experiencelake.core.verify.VerificationReport;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Computes a {@link Coverage} in one pass over the entries. */
final class CoverageAnalysis {

  /** CURRENT before TARGET; CURRENT by latest as-of date, TARGET by earliest date, undated last; then by id. */
  static final Comparator<CoveredEntry> NEAREST = Comparator
      .comparingInt((CoveredEntry e) -> e.kind() == StatusKind.CURRENT ? 0 : 1)
      .thenComparing(CoverageAnalysis::dateKey)
      .thenComparing(CoveredEntry::id);

  private CoverageAnalysis() {}

  static Coverage of(Lake lake, RoleProfile role, Optional<VerificationReport> report) {
    Map<String, String> titles = new HashMap<>();
    lake.capabilities().forEach(c -> titles.putIfAbsent(c.id(), c.title()));
    Map<String, Boolean> defensible = new HashMap<>();
    report.ifPresent(r -> {
      for (EntryVerification v : r.entries()) {
        defensible.merge(v.entryId(), v.isDefensible(), Boolean::logicalAnd);
      }
    });

    Map<String, CapabilityWeight> required = new LinkedHashMap<>();
    for (CapabilityWeight w : role.requires()) {
      required.putIfAbsent(w.capability(), w);
    }
    Map<String, List<CoveredEntry>> byCapability = new LinkedHashMap<>();
    required.keySet().forEach(id -> byCapability.put(id, new ArrayList<>()));
    Set<String> columns = new LinkedHashSet<>();
    for (LakeEntry entry : lake.entries()) {
      CoveredEntry covered = null;
      for (String capability : new LinkedHashSet<>(entry.capabilities())) {
        List<CoveredEntry> list = byCapability.get(capability);
        if (list != null) {
          if (covered == null) {
            ImmutableCoveredEntry.BuildFinal b = ImmutableCoveredEntry.builder().id(entry.id()).cluster(entry.cluster())
                .status(entry.status());
            if (report.isPresent()) {
              // An entry the report does not know was not verified, so it is not defensible.
              b.defensible(defensible.getOrDefault(entry.id(), false));
            }
            covered = b.build();
          }
          list.add(covered);
          columns.add(entry.id());
        }
      }
    }

    ImmutableCoverage.BuildFinal coverage = ImmutableCoverage.builder().role(role).verified(report.isPresent());
    List<Cluster> clusters = new ArrayList<>(lake.clusters());
    clusters.sort(Comparator.comparingInt(Cluster::rank).thenComparing(Cluster::id));
    coverage.addAllClusters(clusters);
    for (CapabilityWeight w : required.values()) {
      coverage.addCapabilities(ImmutableCapabilityCoverage.builder()
          .capability(w.capability())
          .title(titles.getOrDefault(w.capability(), w.capability()))
          .weight(w.weight())
          .addAllEntries(byCapability.get(w.capability()))
          .build());
    }
    coverage.addAllEntries(columns);
    return coverage.build();
  }

  static List<Gap> gaps(Coverage coverage) {
    List<Gap> gaps = new ArrayList<>();
    for (CapabilityCoverage c : coverage.capabilities()) {
      if (c.isBacked()) {
        continue;
      }
      Map<Boolean, List<CoveredEntry>> achieved = c.entries().stream().collect(Collectors.partitioningBy(e -> e.kind() == StatusKind.ACHIEVED));
      gaps.add(ImmutableGap.builder().capability(c.capability()).title(c.title()).weight(c.weight())
          .addAllClosers(achieved.get(false).stream().sorted(NEAREST).toList()).addAllUnverified(achieved.get(true)).build());
    }
    return List.copyOf(gaps);
  }

  /** A sort key: CURRENT by latest as-of date first (negated epoch day), TARGET by earliest date, undated last. */
  private static long dateKey(CoveredEntry e) {
    if (e.status() instanceof Current current) {
      return -current.asOf().toEpochDay();
    }
    if (e.status() instanceof Target target) {
      return target.by().map(LocalDate::toEpochDay).orElse(Long.MAX_VALUE);
    }
    return 0;
  }
}
