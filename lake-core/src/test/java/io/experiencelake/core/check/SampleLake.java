package io.experiencelake.core.check;

import io.experiencelake.core.Achieved;
import io.experiencelake.core.Cluster;
import io.experiencelake.core.Current;
import io.experiencelake.core.EngagementKind;
import io.experiencelake.core.EvidenceAnchor;
import io.experiencelake.core.ImmutableCapability;
import io.experiencelake.core.ImmutableCapabilityWeight;
import io.experiencelake.core.ImmutableCluster;
import io.experiencelake.core.ImmutableDecision;
import io.experiencelake.core.ImmutableEngagement;
import io.experiencelake.core.ImmutableLake;
import io.experiencelake.core.ImmutableLakeEntry;
import io.experiencelake.core.ImmutableLink;
import io.experiencelake.core.ImmutableOwner;
import io.experiencelake.core.ImmutableReportStat;
import io.experiencelake.core.ImmutableRoleProfile;
import io.experiencelake.core.ImmutableRunOutput;
import io.experiencelake.core.ImmutableStory;
import io.experiencelake.core.Lake;
import io.experiencelake.core.LakeEntry;
import io.experiencelake.core.Status;
import io.experiencelake.core.Story;
import io.experiencelake.core.StoryId;
import io.experiencelake.core.Tier;
import java.net.URI;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** A small lake that breaks no rule, and ways to break it one part at a time. */
final class SampleLake {

  static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
  static final CheckOptions OPTIONS = CheckOptions.today(TODAY);
  static final String DIGEST = "a".repeat(64);

  private SampleLake() {}

  /** Two capabilities, a role, an engagement, stories 46, 46AA, 46AB, 110, 121, two clusters and two entries. */
  static Lake lake() {
    return ImmutableLake.builder()
        .owner(ImmutableOwner.builder().name("Alex Example").headline("ML platform engineer").build())
        .addCapabilities(
            ImmutableCapability.builder().id("run-discipline").title("Run discipline + evidence gating").build(),
            ImmutableCapability.builder().id("measured-realism").title("Measured realism governance").build())
        .addRoles(ImmutableRoleProfile.builder().id("mlops-platform").title("MLOps / ML Platform Engineer")
            .addRequires(ImmutableCapabilityWeight.builder().capability("run-discipline").weight(1.0).build())
            .build())
        .addEngagements(ImmutableEngagement.builder().id("platform").kind(EngagementKind.PROJECT).name("Fraud platform")
            .role("Lead").start(YearMonth.of(2024, 9)).build())
        .addStories(story("46"), story("46AA"), story("46AB"), story("110"), story("121"))
        .addClusters(
            cluster("evidence-gated-runs", 1, "110", "121").withCapabilities("run-discipline"),
            cluster("realism-governance", 2, "46", "46AA", "46AB").withCapabilities("measured-realism"))
        .addEntries(
            entry("phase-gates", "evidence-gated-runs", "Gated each of 6 run phases on committed evidence, ending silent partial promotions",
                Achieved.on(LocalDate.of(2025, 3, 14)), "110", "121"),
            entry("realism-waves", "realism-governance", "Ran 3 remediation waves that took realism findings from 41 to 0",
                Achieved.on(LocalDate.of(2025, 6, 1)), "46AA", "46AB"))
        .build();
  }

  static Story story(String id) {
    return ImmutableStory.builder().id(StoryId.parse(id)).title("Story " + id).build();
  }

  static ImmutableCluster cluster(String id, int rank, String... stories) {
    ImmutableCluster.BuildFinal cluster = ImmutableCluster.builder().id(id).rank(rank).tier(Tier.CORE)
        .title("Cluster " + id).why("Because " + id + " is heavy");
    for (String story : stories) {
      cluster.addStories(StoryId.parse(story));
    }
    return cluster.build();
  }

  static ImmutableLakeEntry entry(String id, String cluster, String claim, Status status, String... stories) {
    ImmutableLakeEntry.BuildFinal entry = ImmutableLakeEntry.builder().id(id).cluster(cluster).claim(claim)
        .constraint("Services promoted runs on timers")
        .decision(ImmutableDecision.builder().choice("Phase gates").consequence("Promotion waits for the slowest writer").build())
        .status(status)
        .engagement("platform")
        .addEvidence(runOutput());
    for (String story : stories) {
      entry.addStories(StoryId.parse(story));
    }
    return entry.build();
  }

  static EvidenceAnchor runOutput() {
    return ImmutableRunOutput.builder().path("runs/2025-03-14/gates.log").sha256(DIGEST).build();
  }

  static EvidenceAnchor reportStat() {
    return ImmutableReportStat.builder().path("reports/promotions.json").metric("partial promotions").value(0).unit("runs")
        .pointer("/partial_promotions").build();
  }

  static EvidenceAnchor link() {
    return ImmutableLink.builder().uri(URI.create("https://example.org/pr/42")).build();
  }

  static Current current(String progress) {
    return Current.asOf(TODAY.minusDays(3), progress);
  }

  /** The sample lake with entry {@code index} changed by {@code change}. */
  static Lake withEntry(int index, UnaryOperator<ImmutableLakeEntry> change) {
    Lake lake = lake();
    List<LakeEntry> entries = new ArrayList<>(lake.entries());
    entries.set(index, change.apply(ImmutableLakeEntry.copyOf(entries.get(index))));
    return ImmutableLake.copyOf(lake).withEntries(entries);
  }

  /** The sample lake with cluster {@code index} changed by {@code change}. */
  static Lake withCluster(int index, UnaryOperator<ImmutableCluster> change) {
    Lake lake = lake();
    List<Cluster> clusters = new ArrayList<>(lake.clusters());
    clusters.set(index, change.apply(ImmutableCluster.copyOf(clusters.get(index))));
    return ImmutableLake.copyOf(lake).withClusters(clusters);
  }
}
