package io.experiencelake.tailor;

import io.experiencelake.core.Achieved;
import io.experiencelake.core.Current;
import io.experiencelake.core.ImmutableAlternative;
import io.experiencelake.core.ImmutableCapability;
import io.experiencelake.core.ImmutableCluster;
import io.experiencelake.core.ImmutableDecision;
import io.experiencelake.core.ImmutableLake;
import io.experiencelake.core.ImmutableLakeEntry;
import io.experiencelake.core.ImmutableOwner;
import io.experiencelake.core.ImmutableRunOutput;
import io.experiencelake.core.Lake;
import io.experiencelake.core.LakeEntry;
import io.experiencelake.core.Status;
import io.experiencelake.core.Target;
import io.experiencelake.core.Tier;
import java.time.LocalDate;
import java.util.List;

/** A small hand-made lake: four entries on clearly different subjects. */
final class TailorLakes {

  static final Status DONE = Achieved.on(LocalDate.of(2025, 6, 1));

  private TailorLakes() {}

  static LakeEntry entry(String id, Status status, String claim, String constraint, String choice, List<String> keywords,
      String... capabilities) {
    return ImmutableLakeEntry.builder().id(id).cluster("platform").claim(claim).constraint(constraint)
        .decision(ImmutableDecision.builder().choice(choice).consequence("Some extra upkeep")
            .addAlternatives(ImmutableAlternative.builder().option("Do nothing").whyNot("The problem stays").build()).build())
        .status(status)
        .addEvidence(ImmutableRunOutput.builder().path("runs/" + id + ".log").sha256("0".repeat(64)).build())
        .addAllKeywords(keywords)
        .addCapabilities(capabilities)
        .build();
  }

  static Lake lake(LakeEntry... entries) {
    return ImmutableLake.builder()
        .owner(ImmutableOwner.builder().name("Alex Example").headline("ML platform engineer").build())
        .addCapabilities(
            ImmutableCapability.builder().id("streaming-realities").title("Streaming realities").build(),
            ImmutableCapability.builder().id("migration-program").title("Migration program thinking").build(),
            ImmutableCapability.builder().id("contract-first").title("Contract-first correctness").build(),
            ImmutableCapability.builder().id("cost-control").title("Cloud cost control").build())
        .addClusters(ImmutableCluster.builder().id("platform").rank(1).tier(Tier.CORE).title("Platform").why("Heavy").build())
        .addEntries(entries)
        .build();
  }

  /** Kafka consumers, a cloud migration (in progress), schemas, and a cost target. */
  static Lake sample() {
    return lake(
        entry("kafka-lag", DONE,
            "Cut Kafka consumer lag from 40 minutes to 30 seconds by rebalancing partitions",
            "Consumers fell behind whenever one partition ran hot",
            "Sticky partition assignment with a lag alert per consumer group",
            List.of("kafka", "consumer lag", "stream processing"), "streaming-realities"),
        entry("cloud-migration", Current.asOf(LocalDate.of(2026, 11, 1), "7 of 11 services moved"),
            "Moving 11 services from a single VM to Kubernetes on AWS, 7 done",
            "Every service assumed a shared local disk",
            "Migration one service at a time behind a traffic switch",
            List.of("kubernetes", "aws", "cloud migration"), "migration-program"),
        entry("schema-registry", DONE,
            "Put all 23 event schemas in a registry with compatibility checks on every merge",
            "Producers changed payloads without telling consumers",
            "JSON Schema in a registry, checked in CI",
            List.of("json schema", "contracts"), "contract-first"),
        entry("spot-savings", Target.by(LocalDate.of(2027, 6, 30)),
            "Will move batch training onto spot instances to halve the cloud bill",
            "Training runs on on-demand GPUs around the clock",
            "Spot instances with checkpointing every 10 minutes",
            List.of("cost", "gpu", "spot instances"), "cost-control"));
  }
}
