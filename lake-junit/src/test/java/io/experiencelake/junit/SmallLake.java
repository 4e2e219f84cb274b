package io.experiencelake.junit;

import io.experiencelake.core.Achieved;
import io.experiencelake.core.Current;
import io.experiencelake.core.EvidenceAnchor;
import io.experiencelake.core.ImmutableCapability;
import io.experiencelake.core.ImmutableCluster;
import io.experiencelake.core.ImmutableCsvCell;
import io.experiencelake.core.ImmutableDecision;
import io.experiencelake.core.ImmutableLake;
import io.experiencelake.core.ImmutableLakeEntry;
import io.experiencelake.core.ImmutableLink;
import io.experiencelake.core.ImmutableOwner;
import io.experiencelake.core.ImmutableReportStat;
import io.experiencelake.core.ImmutableReproStep;
import io.experiencelake.core.ImmutableRunOutput;
import io.experiencelake.core.ImmutableStory;
import io.experiencelake.core.Lake;
import io.experiencelake.core.LakeEntry;
import io.experiencelake.core.Status;
import io.experiencelake.core.StoryId;
import io.experiencelake.core.Target;
import io.experiencelake.core.Tier;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;

/**
 * A small lake made with lake-core's builders, and its evidence written under a root: two clusters,
 * entries that verify, one whose log was tampered with, one with only a link, and a plan.
 */
final class SmallLake {

  static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
  static final String GATES_LOG = "runs/2025-03-14/gates.log";
  static final String GATES_TEXT = "phase 1..6 gates: PASS\n";
  static final String REPLAY_LOG = "runs/2025-05-02/replay.log";

  private SmallLake() {}

  /** SHA-256 of {@code text}'s UTF-8 bytes, computed with the JDK. */
  static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }

  /** Writes every evidence file the entries point at, each as the anchors pin it. */
  static void writeEvidence(Path root) {
    write(root, GATES_LOG, GATES_TEXT);
    write(root, "reports/promotions.json", "{\"partial_promotions\": 0, \"runs\": 412}\n");
    write(root, REPLAY_LOG, "replayed 14 days: 0 gaps\n");
    write(root, "reports/latency.csv", "service,p99_ms\ningress,131\nreplay,88\n");
  }

  /** Overwrites a file under {@code root}. */
  static void write(Path root, String relative, String text) {
    try {
      Path file = root.resolve(relative);
      Files.createDirectories(file.getParent());
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** An entry that verifies: a run output and a JSON report stat, plus a link. */
  static LakeEntry phaseGates() {
    return entry("phase-gates", "evidence-gated-runs", Achieved.on(LocalDate.of(2025, 3, 14)),
        "Gated each of 6 run phases on committed evidence, ending silent partial promotions",
        ImmutableRunOutput.builder().path(GATES_LOG).sha256(sha256(GATES_TEXT)).build(),
        ImmutableReportStat.builder().path("reports/promotions.json").metric("partial promotions after gates")
            .value(0).unit("runs").pointer("/partial_promotions").build(),
        ImmutableLink.builder().uri(URI.create("https://github.com/example/platform/pull/42")).build());
  }

  /** An entry whose log no longer matches its digest, and with a repro step that is not run by default. */
  static LakeEntry replayWindow() {
    return entry("replay-window", "evidence-gated-runs", Achieved.on(LocalDate.of(2025, 5, 2)),
        "Replayed 14 days of events with no gaps after the ingest rewrite",
        ImmutableRunOutput.builder().path(REPLAY_LOG).sha256(sha256("replayed 14 days: 0 gaps\n")).build(),
        ImmutableReproStep.builder().addArgv("cat", REPLAY_LOG).outputContains("0 gaps").build());
  }

  /** A current entry backed by a CSV report stat. */
  static LakeEntry latencyBudget() {
    return entry("latency-budget", "scale-under-load", Current.asOf(LocalDate.of(2025, 6, 1), "7 of 11 services under budget"),
        "Holding ingress p99 under 150 ms while traffic doubles",
        ImmutableReportStat.builder().path("reports/latency.csv").metric("ingress p99").value(150).unit("ms")
            .cell(ImmutableCsvCell.builder().column("p99_ms").keyColumn("service").key("ingress").build())
            .comparison(io.experiencelake.core.Comparison.LE).build());
  }

  /** An achieved entry with only a link: its status rule fails. */
  static LakeEntry onlyLinks() {
    return entry("conference-talk", "scale-under-load", Achieved.on(LocalDate.of(2024, 10, 9)),
        "Presented the replay design to 200 engineers",
        ImmutableLink.builder().uri(URI.create("https://example.org/talks/replay")).build());
  }

  /** A plan, with no evidence yet. */
  static LakeEntry nextMigration() {
    return entry("next-migration", "scale-under-load", Target.by(LocalDate.of(2027, 3, 31)),
        "Will move the last 4 services onto the shared ingress");
  }

  static Lake lake() {
    return lake(List.of(phaseGates(), replayWindow(), latencyBudget(), onlyLinks(), nextMigration()));
  }

  static Lake lake(List<LakeEntry> entries) {
    return ImmutableLake.builder()
        .owner(ImmutableOwner.builder().name("Alex Example").headline("ML platform engineer").build())
        .addCapabilities(ImmutableCapability.builder().id("run-discipline").title("Run discipline + evidence gating").build())
        .addStories(ImmutableStory.builder().id(StoryId.of(110)).title("Run promoted without its READY marker").build())
        .addClusters(cluster("scale-under-load", 2, "Scale and performance under load"))
        .addClusters(cluster("evidence-gated-runs", 1, "Evidence-gated run lifecycle"))
        .addAllEntries(entries)
        .build();
  }

  private static ImmutableCluster cluster(String id, int rank, String title) {
    return ImmutableCluster.builder().id(id).rank(rank).tier(Tier.CORE).title(title).why("Operating a platform, not just writing code")
        .addStories(StoryId.of(110)).addCapabilities("run-discipline").build();
  }

  private static LakeEntry entry(String id, String cluster, Status status, String claim, EvidenceAnchor... evidence) {
    return ImmutableLakeEntry.builder()
        .id(id).cluster(cluster).claim(claim)
        .constraint("Services promoted runs on timers; a crashed writer still looked done")
        .decision(ImmutableDecision.builder().choice("Phase gates that read a receipt per phase")
            .consequence("Promotion waits for the slowest writer").build())
        .status(status)
        .addStories(StoryId.of(110))
        .addEvidence(evidence)
        .addCapabilities("run-discipline")
        .build();
  }
}
