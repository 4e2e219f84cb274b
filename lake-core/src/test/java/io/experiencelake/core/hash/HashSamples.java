package io.experiencelake.core.hash;

import io.experiencelake.core.Achieved;
import io.experiencelake.core.Comparison;
import io.experiencelake.core.Current;
import io.experiencelake.core.EngagementKind;
import io.experiencelake.core.ImmutableAlternative;
import io.experiencelake.core.ImmutableCapability;
import io.experiencelake.core.ImmutableCapabilityWeight;
import io.experiencelake.core.ImmutableCluster;
import io.experiencelake.core.ImmutableDecision;
import io.experiencelake.core.ImmutableEngagement;
import io.experiencelake.core.ImmutableLake;
import io.experiencelake.core.ImmutableLakeEntry;
import io.experiencelake.core.ImmutableOwner;
import io.experiencelake.core.ImmutableReportStat;
import io.experiencelake.core.ImmutableRoleProfile;
import io.experiencelake.core.ImmutableRunOutput;
import io.experiencelake.core.ImmutableStory;
import io.experiencelake.core.Lake;
import io.experiencelake.core.LakeEntry;
import io.experiencelake.core.StoryId;
import io.experiencelake.core.Tier;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** A lake with some of every kind of field, and plain JSON reading for tests. */
final class HashSamples {

  /** A reader with Jackson's defaults: the tests only need it to parse and bind what the library wrote. */
  static final JsonMapper READER = JsonMapper.builder().build();

  private HashSamples() {}

  static Lake lake() {
    return ImmutableLake.builder()
        .owner(ImmutableOwner.builder().name("Alex Example").headline("ML platform engineer").email("alex@example.org").build())
        .addCapabilities(ImmutableCapability.builder().id("run-discipline").title("Run discipline + evidence gating").build())
        .addRoles(ImmutableRoleProfile.builder().id("mlops-platform").title("MLOps / ML Platform Engineer").band("£50k")
            .addRequires(ImmutableCapabilityWeight.builder().capability("run-discipline").weight(0.75).build()).build())
        .addEngagements(ImmutableEngagement.builder().id("platform").kind(EngagementKind.PROJECT).name("Fraud platform")
            .role("Lead").start(YearMonth.of(2024, 9)).build())
        .addStories(ImmutableStory.builder().id(StoryId.parse("110")).title("Run promoted without its READY marker")
            .addTags("gates", "überwachung").build())
        .addClusters(ImmutableCluster.builder().id("evidence-gated-runs").rank(1).tier(Tier.CORE).title("Evidence-gated runs")
            .why("Every promotion waits for proof").addStories(StoryId.parse("110")).addCapabilities("run-discipline").build())
        .addEntries(entry("phase-gates", "Gated each of 6 run phases on committed evidence \u2014 \"no\" silent promotions"),
            ImmutableLakeEntry.copyOf(entry("p99-budget", "Cutting ingress p99 from 240 ms toward 120 ms"))
                .withStatus(Current.asOf(LocalDate.of(2026, 10, 1), "p99 at 180 ms")))
        .build();
  }

  static ImmutableLakeEntry entry(String id, String claim) {
    return ImmutableLakeEntry.builder().id(id).cluster("evidence-gated-runs").claim(claim)
        .constraint("Services promoted runs on timers; a crashed writer still looked done")
        .decision(ImmutableDecision.builder().choice("Phase gates that read a receipt per phase")
            .consequence("Promotion waits for the slowest writer")
            .addAlternatives(ImmutableAlternative.builder().option("Longer timers").whyNot("Hides the crash, adds latency").build())
            .build())
        .status(Achieved.on(LocalDate.of(2025, 3, 14)))
        .engagement("platform")
        .addStories(StoryId.parse("110"))
        .addEvidence(ImmutableRunOutput.builder().path("runs/2025-03-14/gates.log").sha256("0123456789abcdef".repeat(4)).build(),
            ImmutableReportStat.builder().path("reports/promotions.json").metric("share of partial promotions").value(0.0025).unit("%")
                .pointer("/partial_promotions").comparison(Comparison.LE).tolerance(1e-4).build())
        .addCapabilities("run-discipline")
        .addKeywords("phase gates", "idempotency")
        .build();
  }

  /** The sample lake with entry {@code index}'s claim replaced. */
  static Lake withClaim(Lake lake, int index, String claim) {
    List<LakeEntry> entries = new ArrayList<>(lake.entries());
    entries.set(index, ImmutableLakeEntry.copyOf(entries.get(index)).withClaim(claim));
    return ImmutableLake.copyOf(lake).withEntries(entries);
  }

  static JsonNode parse(String json) {
    return READER.readTree(json);
  }

  /** Binds a lake's JSON tree back to a lake ({@code $schema} is the document's, not the value's). */
  static Lake bind(JsonNode tree) {
    ObjectNode copy = (ObjectNode) tree.deepCopy();
    copy.remove("$schema");
    return READER.treeToValue(copy, Lake.class);
  }
}
