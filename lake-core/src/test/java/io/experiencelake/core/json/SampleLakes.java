package io.experiencelake.core.json;

import io.experiencelake.core.Achieved;
import io.experiencelake.core.Comparison;
import io.experiencelake.core.Current;
import io.experiencelake.core.ImmutableAlternative;
import io.experiencelake.core.ImmutableCapability;
import io.experiencelake.core.ImmutableCapabilityWeight;
import io.experiencelake.core.ImmutableCluster;
import io.experiencelake.core.ImmutableCsvCell;
import io.experiencelake.core.ImmutableDecision;
import io.experiencelake.core.ImmutableEngagement;
import io.experiencelake.core.ImmutableLake;
import io.experiencelake.core.ImmutableLakeEntry;
import io.experiencelake.core.ImmutableLink;
import io.experiencelake.core.ImmutableLetter;
import io.experiencelake.core.ImmutableOwner;
import io.experiencelake.core.ImmutableReceipt;
import io.experiencelake.core.ImmutableReportStat;
import io.experiencelake.core.ImmutableReproStep;
import io.experiencelake.core.ImmutableRoleProfile;
import io.experiencelake.core.ImmutableRunOutput;
import io.experiencelake.core.ImmutableStory;
import io.experiencelake.core.EngagementKind;
import io.experiencelake.core.Lake;
import io.experiencelake.core.StoryId;
import io.experiencelake.core.Target;
import io.experiencelake.core.Tier;
import java.net.URI;
import java.time.LocalDate;
import java.time.YearMonth;

/** Lakes for the JSON tests: a small one, and one that uses every field and every anchor and status kind. */
final class SampleLakes {

  static final String DIGEST_A = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
  static final String DIGEST_B = "60303ae22b998861bce3b28f33eec1be758a213c86c93c076dbe9f558c11c752";

  private SampleLakes() {}

  /** One capability, one cluster, one story, one achieved entry backed by a run output. */
  static Lake small() {
    return ImmutableLake.builder()
        .owner(ImmutableOwner.builder().name("Alex Example").headline("ML platform engineer").build())
        .addCapabilities(ImmutableCapability.builder().id("run-discipline").title("Run discipline + evidence gating").build())
        .addStories(ImmutableStory.builder().id(StoryId.parse("110")).title("Run promoted without its READY marker").build())
        .addClusters(ImmutableCluster.builder().id("evidence-gated-runs").rank(1).tier(Tier.CORE)
            .title("Evidence-gated run lifecycle").why("Shows a disciplined run process")
            .addStories(StoryId.parse("110")).addCapabilities("run-discipline").build())
        .addEntries(ImmutableLakeEntry.builder()
            .id("phase-gates")
            .cluster("evidence-gated-runs")
            .claim("Gated each of 6 run phases on committed evidence, ending silent partial promotions")
            .constraint("Services promoted runs on timers; a crashed writer still looked done")
            .decision(ImmutableDecision.builder().choice("Phase gates that read a receipt per phase")
                .consequence("Promotion waits for the slowest writer").build())
            .status(Achieved.on(LocalDate.of(2025, 3, 14)))
            .addStories(StoryId.parse("110"))
            .addEvidence(ImmutableRunOutput.builder().path("runs/2025-03-14/gates.log").sha256(DIGEST_A).build())
            .addCapabilities("run-discipline")
            .build())
        .build();
  }

  /** A lake that sets every optional field and uses every evidence anchor and status kind. */
  static Lake full() {
    return ImmutableLake.builder()
        .owner(ImmutableOwner.builder().name("Alex Example").headline("ML platform engineer")
            .email("alex@example.org").location("Manchester, UK").summary("I make runs prove themselves.")
            .url(URI.create("https://alex.example.org/")).site(URI.create("https://alex.example.org/portfolio/")).build())
        .addCapabilities(ImmutableCapability.builder().id("run-discipline").title("Run discipline + evidence gating")
            .description("Runs that carry their own proof").build())
        .addCapabilities(ImmutableCapability.builder().id("streaming-realities").title("Streaming realities").build())
        .addRoles(ImmutableRoleProfile.builder().id("mlops-platform").title("MLOps / ML Platform Engineer").band("£50k")
            .addRequires(ImmutableCapabilityWeight.builder().capability("run-discipline").weight(1.0).build())
            .addRequires(ImmutableCapabilityWeight.builder().capability("streaming-realities").weight(0.5).build())
            .addKeywords("MLOps", "Kubernetes")
            .letter(ImmutableLetter.builder().opening("I want to run the platform other teams build on.")
                .closing("I would be glad to talk it through.").build())
            .build())
        .addEngagements(ImmutableEngagement.builder().id("platform").kind(EngagementKind.PROJECT).name("Fraud platform")
            .role("Lead").start(YearMonth.of(2024, 9)).end(YearMonth.of(2025, 6)).location("Remote")
            .summary("A fraud-detection platform built solo.").build())
        .addStories(ImmutableStory.builder().id(StoryId.parse("46")).title("Schema drift across services")
            .challenge("Schemas drifted between producers and consumers.").start(YearMonth.of(2024, 10))
            .end(YearMonth.of(2024, 12)).addTags("schema", "drift").build())
        .addStories(ImmutableStory.builder().id(StoryId.parse("46AA")).title("A sub-entry: anchors resolved by $id").build())
        .addStories(ImmutableStory.builder().id(StoryId.parse("110")).title("Run promoted without its READY marker").build())
        .addClusters(ImmutableCluster.builder().id("evidence-gated-runs").rank(1).tier(Tier.CORE)
            .title("Evidence-gated run lifecycle").why("Shows a disciplined run process")
            .addStories(StoryId.parse("110"), StoryId.parse("46")).addCapabilities("run-discipline").build())
        .addClusters(ImmutableCluster.builder().id("streaming").rank(2).tier(Tier.OPTIONAL)
            .title("Streaming consumer reliability").why("Real streaming failure modes")
            .addStories(StoryId.parse("46AA")).addCapabilities("streaming-realities").build())
        .addEntries(ImmutableLakeEntry.builder()
            .id("phase-gates")
            .cluster("evidence-gated-runs")
            .claim("Gated each of 6 run phases on committed evidence, ending 14 silent partial promotions a month")
            .constraint("Services promoted runs on timers; a crashed writer still looked done")
            .decision(ImmutableDecision.builder().choice("Phase gates that read a receipt per phase")
                .consequence("Promotion waits for the slowest writer")
                .addAlternatives(ImmutableAlternative.builder().option("Longer timers").whyNot("Hides the crash, adds latency").build())
                .build())
            .status(Achieved.on(LocalDate.of(2025, 3, 14)))
            .engagement("platform")
            .addStories(StoryId.parse("110"), StoryId.parse("46"))
            .addEvidence(ImmutableRunOutput.builder().path("runs/2025-03-14/gates.log").sha256(DIGEST_A)
                .description("The gate log of the first gated run").build())
            .addEvidence(ImmutableReceipt.builder().sha256(DIGEST_B).attests("phase 6 closed with 0 open findings")
                .path("receipts/phase-6.json").build())
            .addEvidence(ImmutableReceipt.builder().sha256(DIGEST_B).attests("deployment approved").id("CHG-1042").build())
            .addEvidence(ImmutableReportStat.builder().path("reports/promotions.json").metric("partial promotions after gates")
                .value(0).unit("runs").pointer("/partial_promotions").comparison(Comparison.LE).tolerance(0.5)
                .sha256(DIGEST_A).build())
            .addEvidence(ImmutableReportStat.builder().path("reports/latency.csv").metric("p99 latency").value(120.5)
                .unit("ms").cell(ImmutableCsvCell.builder().column("p99_ms").keyColumn("service").key("ingress").build())
                .build())
            .addEvidence(ImmutableReproStep.builder().addArgv("python3", "check.py", "--run", "42").workingDir("tools")
                .expectedExit(3).outputSha256(DIGEST_A).outputContains("0 partial").build())
            .addEvidence(ImmutableLink.builder().uri(URI.create("https://github.com/alex/platform/pull/42"))
                .title("The gates PR").build())
            .addCapabilities("run-discipline")
            .addKeywords("phase gates", "idempotency")
            .build())
        .addEntries(ImmutableLakeEntry.builder()
            .id("start-positions")
            .cluster("streaming")
            .claim("Moving 7 of 11 consumers to explicit start positions")
            .constraint("Consumers silently skipped records after restarts")
            .decision(ImmutableDecision.builder().choice("Explicit start positions per shard")
                .consequence("Every deploy records a checkpoint").build())
            .status(Current.asOf(LocalDate.of(2025, 6, 1), "7 of 11 consumers moved"))
            .addStories(StoryId.parse("46AA"))
            .addEvidence(ImmutableReproStep.builder().addArgv("make", "replay").outputContains("0 skipped").build())
            .addCapabilities("streaming-realities")
            .build())
        .addEntries(ImmutableLakeEntry.builder()
            .id("replay-budget")
            .cluster("streaming")
            .claim("Will bound replay time to 10 minutes per shard")
            .constraint("Replays compete with live traffic")
            .decision(ImmutableDecision.builder().choice("A replay budget per shard")
                .consequence("Large backfills take several windows").build())
            .status(Target.by(LocalDate.of(2026, 1, 31)))
            .addEvidence(ImmutableLink.builder().uri(URI.create("https://example.org/replay-plan")).build())
            .build())
        .addEntries(ImmutableLakeEntry.builder()
            .id("undated-plan")
            .cluster("streaming")
            .claim("Will publish the replay tooling")
            .constraint("It is entangled with private code")
            .decision(ImmutableDecision.builder().choice("Extract it behind an interface")
                .consequence("Two code paths until the split ends").build())
            .status(Target.undated())
            .addEvidence(ImmutableLink.builder().uri(URI.create("https://example.org/tooling")).build())
            .build())
        .build();
  }
}
