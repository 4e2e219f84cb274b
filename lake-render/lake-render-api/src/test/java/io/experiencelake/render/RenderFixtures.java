package io.experiencelake.render;

import static io.experiencelake.dsl.Lakes.cluster;
import static io.experiencelake.dsl.Lakes.entry;
import static io.experiencelake.dsl.Lakes.job;
import static io.experiencelake.dsl.Lakes.owner;
import static io.experiencelake.dsl.Lakes.project;
import static io.experiencelake.dsl.Lakes.receipt;
import static io.experiencelake.dsl.Lakes.reportStat;
import static io.experiencelake.dsl.Lakes.role;
import static io.experiencelake.dsl.Lakes.runOutput;
import static io.experiencelake.dsl.Lakes.story;

import io.experiencelake.core.Lake;
import io.experiencelake.core.Tier;
import io.experiencelake.dsl.Lakes;
import java.time.LocalDate;

/**
 * A small lake for render tests: one job, one project, four entries (two ACHIEVED, one CURRENT,
 * one TARGET), one of them without an engagement, and Markdown control characters in user text.
 */
public final class RenderFixtures {

  /** The pinned "today" of the small lake. */
  public static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

  /** A digest for anchors; the tests never read the files. */
  private static final String DIGEST = "a".repeat(64);

  private RenderFixtures() {}

  /** Render options with {@link #TODAY} and defaults. */
  public static RenderOptions options() {
    return RenderOptions.today(TODAY);
  }

  /** Render options with {@link #TODAY} and targets included. */
  public static RenderOptions withTargets() {
    return ImmutableRenderOptions.builder().today(TODAY).includeTargets(true).build();
  }

  /** The small lake, checked as of {@link #TODAY}. */
  public static Lake smallLake() {
    return Lakes.lake(owner("Ada Example", "Data engineer").email("ada@example.org").location("Leeds, UK")
            .summary("Builds data pipelines that can prove what they did."))
        .capability("reliability", "Reliability rails")
        .capability("run-discipline", "Run discipline")
        .role(role("data-platform", "Data Platform Engineer").requires("reliability", 1.0).keywords("pipelines"))
        .engagement(job("acme", "Acme Ltd").role("Data engineer").from(2021, 1).until(2023, 6).location("Leeds"))
        .engagement(project("ledger", "Open ledger").role("Maintainer").from(2023, 7)
            .summary("An open-source append-only ledger."))
        .story(story("1", "Nightly loads failed"))
        .story(story("2", "Replays duplicated rows"))
        .story(story("3", "Rows could not be traced"))
        .story(story("4", "Talk on idempotency"))
        .cluster(cluster("runs", 1, Tier.CORE).title("Evidence-gated runs").why("Every run is provable")
            .stories("1", "2", "3", "4").demonstrates("reliability", "run-discipline"))
        .entry(entry("loads").in("runs").at("acme").from("1")
            .claim("Cut *failed* nightly loads from 12 to 0 a week with [bounded] batches")
            .constraint("Loads timed out under the shared warehouse's limits")
            .decision("Bounded batches with a checkpoint each")
            .over("A bigger warehouse", "It costs more and only moves the limit")
            .consequence("Loads take 10 minutes longer")
            .evidence(reportStat("reports/loads.json").pointer("/failed_per_week")
                .metric("failed loads per week").is(0, "loads").sha256(DIGEST))
            .achieved(2023, 5, 31)
            .capabilities("reliability")
            .keywords("batch loading"))
        .entry(entry("talk").in("runs").from("4")
            .claim("Gave a talk on idempotent ingestion to 120 engineers")
            .constraint("The audience used three different brokers")
            .decision("Broker-neutral examples")
            .consequence("No live demo")
            .evidence(receipt("receipts/talk.json", DIGEST).attests("talk delivered"))
            .achieved(2024, 3, 14)
            .capabilities("reliability"))
        .entry(entry("replay").in("runs").at("ledger").from("2")
            .claim("Making ledger replays idempotent across 5 services")
            .constraint("Each service keys events differently")
            .decision("One deterministic event key")
            .consequence("Every producer must carry the key")
            .evidence(runOutput("runs/replay.log", DIGEST))
            .current(LocalDate.of(2026, 11, 1), "3 of 5 services keyed")
            .capabilities("run-discipline"))
        .entry(entry("lineage").in("runs").at("ledger").from("3")
            .claim("Will trace every ledger row to the commit that wrote it")
            .constraint("Rows carry no provenance today")
            .decision("Stamp rows with the commit digest")
            .consequence("Rows grow by 32 bytes")
            .noEvidenceYet()
            .target(LocalDate.of(2027, 3, 31))
            .capabilities("run-discipline"))
        .build(TODAY);
  }
}
