package io.experiencelake.examples;

import static io.experiencelake.dsl.Lakes.cluster;
import static io.experiencelake.dsl.Lakes.entry;
import static io.experiencelake.dsl.Lakes.link;
import static io.experiencelake.dsl.Lakes.owner;
import static io.experiencelake.dsl.Lakes.project;
import static io.experiencelake.dsl.Lakes.receipt;
import static io.experiencelake.dsl.Lakes.reportStat;
import static io.experiencelake.dsl.Lakes.repro;
import static io.experiencelake.dsl.Lakes.role;
import static io.experiencelake.dsl.Lakes.runOutput;
import static io.experiencelake.dsl.Lakes.story;

import io.experiencelake.core.Lake;
import io.experiencelake.core.StoryId;
import io.experiencelake.core.Tier;
import io.experiencelake.dsl.LakeStep;
import io.experiencelake.dsl.Lakes;
import java.time.LocalDate;
import java.util.List;

/**
 * The lake of the seed file {@code heftiest-experience-clusters.md}, written in the DSL.
 *
 * <p>The ten clusters, their titles, ranks, tiers and story ids are the seed's; the eight
 * capabilities and the role profile come from its "Why this set is enough" list. Everything else
 * is illustrative: <strong>story titles and evidence are illustrative</strong>, written for this
 * example (the owner, the engagements, every entry, and the files under {@code examples/evidence/}
 * that the entries' anchors point at). The digests and report values in the entries are the real
 * digests and values of those files.
 *
 * <pre>{@code
 * Lake lake = SeedLake.lake();   // checked against SeedLake.TODAY; throws LakeException on any error
 * }</pre>
 */
public final class SeedLake {

  /** The pinned "today" the lake is checked against; never read from the clock. */
  public static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

  /** The evidence root, relative to the repository root. */
  public static final String EVIDENCE_ROOT = "examples/evidence";

  private static final String PLATFORM = "fraud-platform";
  private static final String DEV_MIN = "dev-min";

  private static final String RUNS = "evidence-gated-runs";
  private static final String INGRESS = "control-ingress-rails";
  private static final String STREAMING = "streaming-consumers";
  private static final String DATASTORE = "datastore-hardening";
  private static final String CONTRACTS = "contract-first-validation";
  private static final String SCALE = "scale-determinism";
  private static final String REALISM = "realism-governance";
  private static final String MIGRATION = "dev-min-migration";
  private static final String TRUTH = "append-only-truth";
  private static final String PORTABILITY = "portability-packaging";

  private static final String RELIABILITY = "reliability-rails";
  private static final String RUN_DISCIPLINE = "run-discipline";
  private static final String CONTRACT_FIRST = "contract-first-correctness";
  private static final String STREAMING_REALITIES = "streaming-realities";
  private static final String DATA_PLANE = "data-plane-hardening";
  private static final String SCALE_PERF = "scale-performance";
  private static final String MIGRATION_PROGRAM = "migration-program";
  private static final String REALISM_GOVERNANCE = "measured-realism-governance";

  /** Titles of the realism remediation steps 46AA–46AQ, in suffix order. */
  private static final List<String> REALISM_STEPS = List.of(
      "Baseline the amount distribution",
      "Fix the merchant category mix",
      "Correct the hour-of-day profile",
      "Repair weekday seasonality",
      "Bound the refund rate",
      "Fix the card-present versus online split",
      "Correct the chargeback lag",
      "Repair the customer spend tails",
      "Fix repeat-merchant frequency",
      "Category fix rolled back after amounts regressed",
      "Re-apply the category fix within bounds",
      "Correct the fraud rate per segment",
      "Fix device reuse counts",
      "Repair the geographic spread",
      "Device fix rolled back after the fraud rate regressed",
      "Certify wave 3 against the scorecard",
      "Switch on freeze protection");

  /** Titles of the hand-off steps 248AA–248AP, in suffix order. */
  private static final List<String> HANDOFF_STEPS = List.of(
      "Write the authority map",
      "List who may apply infrastructure changes",
      "Turn the budget cap into an alert",
      "Make the destroy command refuse shared resources",
      "Script secret rotation",
      "Document the bootstrap graph",
      "Add a readiness probe per service",
      "Gate deploys on a clean plan",
      "Write the on-call runbook",
      "Rehearse a cold start",
      "Rehearse a secret rotation",
      "Rehearse a rollback",
      "Hand over ownership of credentials",
      "Shadow week with the new owner",
      "New owner runs a deploy alone",
      "Close the hand-off with a sign-off");

  private SeedLake() {}

  /**
   * Builds the seed's lake and checks it against {@link #TODAY}.
   *
   * @throws io.experiencelake.core.LakeException listing every error the checker finds
   */
  public static Lake lake() {
    // Qualified: this class's own lake() would shadow a static import of Lakes.lake.
    LakeStep lake = Lakes.lake(owner("Alex Example", "ML platform engineer")
        .email("alex@example.org")
        .location("Manchester, UK")
        .site("https://alex.example.org/")
        .summary("Platform engineer who runs ML data pipelines end to end, from ingestion and streaming to "
            + "storage and the cloud they run on, and backs every claim with a log, a receipt or a report "
            + "anyone can check."));
    lake = capabilities(lake);
    lake = engagements(lake);
    lake = stories(lake);
    lake = clusters(lake);
    lake = runEntries(lake);
    lake = ingressEntries(lake);
    lake = streamingEntries(lake);
    lake = datastoreEntries(lake);
    lake = contractEntries(lake);
    lake = scaleEntries(lake);
    lake = realismEntries(lake);
    lake = migrationEntries(lake);
    lake = addOnEntries(lake);
    return lake.build(TODAY);
  }

  private static LakeStep capabilities(LakeStep lake) {
    return lake
        .capability(RELIABILITY, "Reliability rails",
            "Idempotency and dedupe, ambiguous publishes, and quarantine that fails closed.")
        .capability(RUN_DISCIPLINE, "Run discipline and evidence gating",
            "Phase and state machines, evidence committed before promotion, rerun and reset.")
        .capability(CONTRACT_FIRST, "Contract-first correctness",
            "Schemas, validation, resolvers and hashes that mean the same thing everywhere.")
        .capability(STREAMING_REALITIES, "Streaming realities",
            "Start positions, shard starvation and what a replay may accept.")
        .capability(DATA_PLANE, "Cross-service data-plane hardening",
            "Database incompatibilities between engines and stability over long runs.")
        .capability(SCALE_PERF, "Scale and performance under load",
            "Memory and throughput ceilings, and results that stay correct at volume.")
        .capability(MIGRATION_PROGRAM, "Migration program thinking",
            "Budget-bound environments, infrastructure as code, secrets and readiness probes.")
        .capability(REALISM_GOVERNANCE, "Measured realism governance",
            "From statistics to a diagnosis to a bounded remediation plan, then no regressions.")
        .role(role("mlops-platform", "MLOps / ML Platform Engineer")
            .band("£50k")
            .requires(RUN_DISCIPLINE, 1.0)
            .requires(RELIABILITY, 1.0)
            .requires(CONTRACT_FIRST, 0.8)
            .requires(DATA_PLANE, 0.8)
            .requires(MIGRATION_PROGRAM, 0.8)
            .requires(STREAMING_REALITIES, 0.7)
            .requires(SCALE_PERF, 0.7)
            .requires(REALISM_GOVERNANCE, 0.6)
            .keywords("mlops", "ml platform", "data pipelines", "idempotency", "kinesis", "json schema",
                "infrastructure as code", "observability")
            .letterOpening("I am applying for the MLOps / ML Platform Engineer role because the part of machine "
                + "learning I care about is the platform underneath the models: runs that can prove what they "
                + "did, pipelines that survive retries and replays, and environments a small team can afford. "
                + "For the last two years I have built and run that platform for a multi-service fraud data "
                + "system, and moved it onto a managed cloud environment under a fixed budget.")
            .letterClosing("I would like to bring the same discipline to your platform team. I would welcome the "
                + "chance to walk you through any of this work, including the parts that are still in progress. "
                + "Thank you for reading."));
  }

  private static LakeStep engagements(LakeStep lake) {
    return lake
        .engagement(project(PLATFORM, "Fraud data platform (multi-service)")
            .role("Platform engineer, lead")
            .from(2024, 9)
            .summary("A multi-service platform that generates, ingests, scores and labels synthetic card "
                + "transactions."))
        .engagement(project(DEV_MIN, "Dev-min managed environment")
            .role("Migration lead")
            .from(2026, 3)
            .summary("Moving the platform from one machine to a small managed cloud environment under a fixed "
                + "monthly budget."));
  }

  private static LakeStep stories(LakeStep lake) {
    return lake
        // 1: evidence-gated runs
        .story(story("110", "Run promoted without its READY marker")
            .challenge("A run reached the promote phase while one writer had crashed; the timer-based "
                + "promotion could not tell a finished phase from a dead one.")
            .during(2025, 2))
        .story(story("121", "Phase 3 advanced while phase 2 was still writing"))
        .story(story("122", "Receipt digest disagreed with the outputs it described"))
        .story(story("126", "Timer-based promotion hid a crashed writer"))
        .story(story("127", "Process documents and deployed behaviour disagreed"))
        .story(story("128", "A config default contradicted the run contract"))
        .story(story("135", "Meta-layer review found gates with no owner"))
        .story(story("136", "Drift audit flagged a renamed phase"))
        .story(story("137", "Rerun reused stale intermediate outputs"))
        .story(story("139", "Manual reset deleted a committed phase"))
        .story(story("147", "Run state machine had no way out of FAILED"))
        // 2: control and ingress rails
        .story(story("100", "Two runs wrote into the same output prefix"))
        .story(story("101", "Producer retry published an event twice"))
        .story(story("102", "Publish outcome unknown after a broker timeout"))
        .story(story("103", "Idempotency keys collided across sources"))
        .story(story("109", "Replayed events carried no run id"))
        .story(story("116", "READY written before the last partition landed"))
        .story(story("163", "Checkpoint manifest listed a partition that never committed"))
        .story(story("165", "Consumer started on a half-written run"))
        .story(story("166", "Checkpoint restore skipped a partition"))
        .story(story("171", "READY marker survived a failed rerun"))
        .story(story("175", "Schema error logged but the record admitted"))
        .story(story("176", "Quarantine lost the original bytes"))
        .story(story("177", "Records without provenance reached training data"))
        .story(story("178", "Quarantine reasons were free text"))
        .story(story("179", "Re-admitting repaired records created duplicates"))
        .story(story("180", "Quarantine store grew without retention"))
        .story(story("184", "A row could not be traced to the code that wrote it"))
        .story(story("185", "Config digest missing from checkpoint receipts"))
        .story(story("186", "Two deployments shared one provenance stamp"))
        .story(story("187", "Provenance lost when a checkpoint was compacted"))
        .story(story("146", "Ingress accepted a run id it had never issued"))
        // 3: streaming consumers
        .story(story("113", "Consumer restarted at LATEST and skipped records").tags("kinesis"))
        .story(story("114", "Shard split left a child shard unread").tags("kinesis"))
        .story(story("117", "A hot shard starved the others").tags("kinesis"))
        .story(story("193", "Iterator expired behind a busy reader").tags("kinesis"))
        .story(story("196", "A transient reader fault killed the worker").tags("kinesis"))
        .story(story("106", "Bounded run accepted records past its end point"))
        // 4: datastore hardening
        .story(story("105", "A column named 'order' broke the managed database"))
        .story(story("118", "Migration passed locally and failed on Postgres"))
        .story(story("119", "Reserved word inside a generated view"))
        .story(story("120", "A connection per task exhausted the pool"))
        .story(story("191", "Idle transactions held locks for hours"))
        .story(story("195", "Transaction left open after an exception"))
        .story(story("201", "Six-hour pack died at the connection limit"))
        .story(story("228", "Deadlock between case and label updates"))
        .story(story("217", "Lock waits spiked under concurrent label writes"))
        // 5: contract-first validation
        .story(story("150", "Validation failed in CI without network access"))
        .story(story("151", "A reference resolved to a stale remote schema"))
        .story(story("152", "Relative $ref resolved against the wrong base"))
        .story(story("153", "Two schemas claimed the same $id"))
        .story(story("154", "$anchor lookup failed after a schema moved"))
        .story(story("155", "One payload, three different hashes"))
        .story(story("160", "Number formatting changed a receipt digest"))
        .story(story("162", "Unicode escaping differed between runtimes"))
        .story(story("172", "additionalProperties ignored keys from allOf"))
        .story(story("173", "Draft-07 and 2020-12 validators disagreed"))
        .story(story("174", "$defs not found by an older validator"))
        .story(story("156", "Contract hash changed after a key reorder"))
        // 6: scale and determinism
        .story(story("168", "Parquet load timed out on the largest file"))
        .story(story("169", "Uneven row groups exhausted reader memory"))
        .story(story("170", "Partial parquet batch committed without a receipt"))
        .story(story("207", "DuckDB join killed by out-of-memory"))
        .story(story("208", "Integer sum overflowed in an aggregation"))
        .story(story("209", "Spill directory filled the container disk"))
        .story(story("210", "Query slowed tenfold past a memory threshold"))
        .story(story("211", "Stream view returned rows in thread order"))
        .story(story("212", "Receipt digest changed between identical reruns"))
        .story(story("213", "Wall-clock time leaked into a hashed receipt"))
        .story(story("214", "Row counts drifted at volume in a stream view"))
        // 7: realism governance
        .story(story("41", "Generated data looked off and nobody could say how"))
        .story(story("46", "Realism remediation programme").during(2026, 2).until(2026, 4))
        .stories("46AA–46AQ", id -> REALISM_STEPS.get(suffixIndex(id)))
        .story(story("96", "Certified baseline regressed after an unrelated merge"))
        .story(story("15", "No statistic said what realistic meant"))
        .story(story("20", "Choosing reference data for the realism goals"))
        // 8: dev-min migration
        .story(story("229", "Local compose assumptions broke in the cloud"))
        .story(story("230", "A hard monthly budget for the dev environment"))
        .story(story("231", "Shared disk replaced by networked storage"))
        .story(story("232", "Idle cost out of hours"))
        .story(story("233", "Builds produced images that differed per machine"))
        .story(story("234", "Building the Go bootstrap tool"))
        .story(story("235", "Secrets created after the services that need them"))
        .story(story("236", "Bootstrap order depended on timing"))
        .story(story("237", "Readiness probe passed before the schema was loaded"))
        .story(story("238", "Trust wiring between services and the secret store"))
        .story(story("239", "Hand-made resources missing from IaC state"))
        .story(story("240", "IaC plan showed drift nobody had caused"))
        .story(story("243", "Resource renamed outside the IaC tool"))
        .story(story("244", "Two IaC states managed the same bucket"))
        .story(story("245", "Nightly plan needed read-only credentials"))
        .story(story("246", "Nobody knew who could change the environment"))
        .story(story("247", "A guardrail that existed only in a README"))
        .story(story("248", "Handing over the managed environment"))
        .stories("248AA–248AP", id -> HANDOFF_STEPS.get(suffixIndex(id)))
        // 9: append-only truth (optional)
        .story(story("215", "A label edited in place lost its history"))
        .story(story("216", "As-of query returned today's labels"))
        .story(story("218", "Two reviewers gave conflicting labels"))
        .story(story("219", "Audit table accepted updates"))
        .story(story("220", "Case reopened without a new version"))
        .story(story("221", "Backfill rewrote historical labels"))
        .story(story("222", "As-of slice missed late-arriving labels"))
        .story(story("181", "Audit trail gap after a failed ingest"))
        // 10: portability and packaging (optional)
        .story(story("108", "Path separators broke run tooling on Windows"))
        .story(story("138", "Atomic replace failed on Windows while the file was open"))
        .story(story("158", "Line endings changed a file digest"))
        .story(story("203", "Tooling behaved differently under another Python"));
  }

  private static LakeStep clusters(LakeStep lake) {
    return lake
        .cluster(cluster(RUNS, 1, Tier.CORE)
            .title("Evidence-gated run lifecycle + anti-drift governance for a multi-service platform")
            .why("Shows a platform run as a disciplined process: every phase gated on committed evidence, "
                + "the process itself audited, and drift caught before it spreads, rather than one-off code "
                + "changes.")
            .stories("110", "121", "122", "126", "127", "128", "135", "136", "137", "139", "147")
            .demonstrates(RUN_DISCIPLINE, RELIABILITY))
        .cluster(cluster(INGRESS, 2, Tier.CORE)
            .title("Control & Ingress correctness rails: run identity, READY wiring, checkpoints, provenance, "
                + "and quarantine behavior")
            .why("The everyday correctness work of an ML platform: knowing which run a record belongs to, "
                + "replaying without duplicates, and refusing input that cannot say where it came from.")
            .stories("100", "101", "102", "103", "109", "116", "163", "165", "166", "171", "175", "176",
                "177", "178", "179", "180", "184", "185", "186", "187", "146")
            .demonstrates(RELIABILITY, RUN_DISCIPLINE, CONTRACT_FIRST))
        .cluster(cluster(STREAMING, 3, Tier.CORE)
            .title("Streaming consumer reliability + bounded acceptance semantics (Kinesis start positions, "
                + "starvation, resilience)")
            .why("Goes past calling a streaming API: wrong start positions, starved shards and flaky readers "
                + "were traced to their cause and tied back to what a bounded run may accept.")
            .stories("113", "114", "117", "193", "196", "106")
            .demonstrates(STREAMING_REALITIES, RELIABILITY))
        .cluster(cluster(DATASTORE, 4, Tier.CORE)
            .title("Datastore hardening across services: reserved identifiers, connection churn, transaction "
                + "lifecycle, lock behavior")
            .why("A fault in a shared database shows up in every service at once; these stories diagnose it "
                + "at the level of the system and keep long-running workloads stable.")
            .stories("105", "118", "119", "120", "191", "195", "201", "228", "217")
            .demonstrates(DATA_PLANE, SCALE_PERF))
        .cluster(cluster(CONTRACTS, 5, Tier.CORE)
            .title("Contract-first validation + schema resolution hardening (JSON Schema, $id anchors, "
                + "Draft 2020-12 semantics, deterministic hashes)")
            .why("Service boundaries hold only as well as their contracts; offline schema resolution, draft "
                + "semantics and canonical hashing are slow, unglamorous work that real systems rest on.")
            .stories("150", "151", "152", "153", "154", "155", "160", "162", "172", "173", "174", "156")
            .demonstrates(CONTRACT_FIRST))
        .cluster(cluster(SCALE, 6, Tier.CORE)
            .title("Scale/performance + determinism under large datasets: parquet ingestion failures, "
                + "timeouts, stream-view integrity, DuckDB overflow/OOM, deterministic receipts")
            .why("Real data volumes hit memory and time ceilings; getting past them while results stay "
                + "reproducible is what separates a working pipeline from a demo.")
            .stories("168", "169", "170", "207", "208", "209", "210", "211", "212", "213", "214")
            .demonstrates(SCALE_PERF, RUN_DISCIPLINE))
        .cluster(cluster(REALISM, 7, Tier.CORE)
            .title("Data Engine realism governance program + remediation waves (measurement → root cause → "
                + "bounded fixes → certification + freeze protection)")
            .why("Reads as an engineering programme with numbers: measure, find the cause, fix in bounded "
                + "steps, certify, then guard the result, which is analysis rather than parameter fiddling.")
            .stories("41", "46", "46AA–46AQ", "96", "15", "20")
            .demonstrates(REALISM_GOVERNANCE, RUN_DISCIPLINE))
        .cluster(cluster(MIGRATION, 8, Tier.CORE)
            .title("Dev-min managed migration as a real program: mental model shift, budget constraints, "
                + "packaging/build-go, IaC drift, secrets/bootstrap determinism, readiness probes")
            .why("Taking a system off one machine under a fixed budget forces explicit answers on packaging, "
                + "infrastructure drift, secrets, readiness, and who may change what.")
            .stories("229", "230", "231", "232", "233", "234", "235", "236", "237", "238", "239", "240",
                "243", "244", "245", "246", "247", "248", "248AA–248AP")
            .demonstrates(MIGRATION_PROGRAM, RELIABILITY))
        .cluster(cluster(TRUTH, 9, Tier.OPTIONAL)
            .title("Case/Label/Audit “append-only truth” semantics: as-of slices, conflict posture, "
                + "immutability enforcement")
            .why("History that is never rewritten, slices as of any date and a stated rule for conflicting "
                + "labels are what make audits and training sets trustworthy.")
            .stories("215", "216", "218", "219", "220", "221", "222", "181")
            .demonstrates(DATA_PLANE, CONTRACT_FIRST))
        .cluster(cluster(PORTABILITY, 10, Tier.OPTIONAL)
            .title("Portability + packaging reality (Windows + environment drift + atomic replace issues)")
            .why("Tooling that works on one machine only is unfinished; paths, environment drift and atomic "
                + "file replacement across operating systems prove it travels.")
            .stories("108", "138", "158", "203")
            .demonstrates(MIGRATION_PROGRAM, RELIABILITY));
  }

  private static LakeStep runEntries(LakeStep lake) {
    return lake
        .entry(entry("phase-gates").in(RUNS).at(PLATFORM).from("110", "121", "122", "126")
            .claim("Gated each of 6 run phases on a committed receipt, taking partial promotions from 4 in "
                + "February to 0 across 212 gated runs in March 2025")
            .constraint("Six services promoted runs on timers, so a writer that crashed mid-phase still looked "
                + "finished to the next phase")
            .decision("A gate per phase that opens only when the phase's receipt is committed and its digest "
                + "matches the outputs")
                .over("Longer promotion timers",
                    "They only hide a crashed writer for longer and slow every healthy run")
                .over("A central database of phase states",
                    "A new stateful service that can itself drift from what is on disk")
            .consequence("Promotion now waits for the slowest writer; a stuck phase holds its run in plain "
                + "sight instead of leaking a partial one")
            .evidence(runOutput("runs/2025-03-14/phase-gates.log",
                    "164cd165e1a90683904308641844be11c4b0a06ab583008d54a568f28c75786a")
                .describedAs("A gated run holding phase 3 while a phase-2 writer restarts"))
                .and(reportStat("reports/promotions-2025-03.json").pointer("/gated/partial_promotions")
                    .metric("partial promotions in gated runs").is(0, "runs")
                    .sha256("776fcea69a790d838900efc4589a0a3d7a05953fec9f14e262f2ba836217695e"))
                .and(reportStat("reports/promotions-2025-03.json").pointer("/gated/runs")
                    .metric("gated runs in March 2025").is(212, "runs")
                    .sha256("776fcea69a790d838900efc4589a0a3d7a05953fec9f14e262f2ba836217695e"))
            .achieved(2025, 3, 31)
            .capabilities(RUN_DISCIPLINE, RELIABILITY)
            .keywords("phase gates", "receipts", "promotion", "state machine"))
        .entry(entry("drift-closure").in(RUNS).at(PLATFORM).from("127", "128", "135", "136")
            .claim("Closed the run process's meta-layer with a weekly audit of 38 declared contracts against "
                + "deployed behaviour, taking open drift findings from 9 to 0")
            .constraint("Documents, configs and code each described the run process differently, and every fix "
                + "to one left the others stale")
            .decision("Treat the process documents as contracts and audit deployed behaviour against them "
                + "every week")
                .over("A one-off rewrite of the documentation",
                    "It starts drifting again with the next change, and nobody notices")
            .consequence("Every process change now needs a contract edit and a clean audit before it merges")
            .evidence(reportStat("reports/drift-audit-2025-07.json").pointer("/summary/open_findings")
                    .metric("open drift findings").is(0, "findings")
                    .sha256("03743127a4c7ff8ccaf203fe0884603aad8d1767802c4f8f10ad782f2189d1e7"))
                .and(receipt("receipts/2025-07-31/meta-layer-closure.json",
                        "70b7f752326816ec6319ad2c13286cb991d4b1017045023bda454f2a3aeeab3e")
                    .attests("meta-layer closed: 12 of 12 gates owned, 0 open drift findings"))
            .achieved(2025, 7, 31)
            .capabilities(RUN_DISCIPLINE)
            .keywords("drift detection", "governance", "process contracts"))
        .entry(entry("rerun-reset").in(RUNS).at(PLATFORM).from("137", "139", "147")
            .claim("Scripting a reset verb per phase so a failed run replays from its last committed receipt; "
                + "4 of 6 phases done")
            .constraint("A rerun after a partial failure reused stale intermediate files unless someone deleted "
                + "them by hand, and one manual reset removed a committed phase")
            .decision("Reset verbs that remove only what a phase wrote after its last receipt, listed in a "
                + "per-phase manifest")
                .over("Wipe the whole run directory",
                    "Throws away hours of valid upstream work on every retry")
            .consequence("Each phase must record what it writes, one extra manifest write per phase")
            .evidence(runOutput("runs/2026-11-20/reset-dry-run.log",
                    "0dd0b79b672c4bb47f39d4f114a3037e22ebf62a4fe844eb4488c45d0b0d477d")
                .describedAs("Dry run of a reset from phase 3 on a failed run"))
            .current(LocalDate.of(2026, 11, 20), "Reset verbs scripted for 4 of 6 phases; phases 5 and 6 are "
                + "still reset by hand")
            .capabilities(RUN_DISCIPLINE)
            .keywords("rerun", "reset", "recovery"));
  }

  private static LakeStep ingressEntries(LakeStep lake) {
    return lake
        .entry(entry("run-identity").in(INGRESS).at(PLATFORM).from("100", "101", "102", "103", "109")
            .claim("Scoped every ingress write to a run id and an idempotency key, so replaying 50,000 events "
                + "into the same run added 0 duplicate rows (1,873 before)")
            .constraint("Producers retried on timeouts without knowing whether the first publish had landed, "
                + "so one event could arrive two or three times")
            .decision("Deterministic event keys from run id, source and offset, deduplicated at the ingress "
                + "boundary")
                .over("Exactly-once settings in the broker",
                    "They cover broker to consumer, not the producer retries that caused the duplicates")
                .over("A nightly dedupe job downstream",
                    "Duplicates would reach features for up to a day")
            .consequence("Every producer must carry the run id; events without one are rejected at the door")
            .evidence(runOutput("runs/2025-04-22/ingress-replay.log",
                    "af8bb6bad6bd9fa47cdb1be945005f0080d89dea0b5945ebc4386132b4db47a4"))
                .and(reportStat("reports/ingress-replay-2025-04.json").pointer("/replay/duplicate_rows")
                    .metric("duplicate rows after a 50,000-event replay").is(0, "rows")
                    .sha256("020520ba8ad8ed477958e7d6e80100d7e0c533b247a53cc756aabf5d67b7062b"))
            .achieved(2025, 4, 22)
            .capabilities(RELIABILITY, RUN_DISCIPLINE)
            .keywords("idempotency", "deduplication", "replay", "run identity"))
        .entry(entry("ready-wiring").in(INGRESS).at(PLATFORM).from("116", "163", "165", "166", "171")
            .claim("Made READY the last write of the checkpoint commit, so consumers start only once all 14 "
                + "input partitions are committed")
            .constraint("A cron step wrote READY without looking at checkpoints, and downstream jobs read "
                + "half-written runs twice that quarter")
            .decision("Write READY inside the checkpoint commit, carrying the digest of the checkpoint "
                + "manifest")
                .over("Let consumers poll partition counts",
                    "Every consumer re-implements the rule, and they end up disagreeing")
            .consequence("One missing partition now holds back the whole run")
            .evidence(receipt("receipts/2025-05-09/run-scope-receipt.json",
                    "d7ebf1b3853a11c452b67a8427124026f7ca0cf2cdd61eec48e4ee1105036cad")
                .attests("READY written after 14 of 14 partitions committed"))
            .achieved(2025, 5, 9)
            .capabilities(RELIABILITY, RUN_DISCIPLINE)
            .keywords("checkpoints", "READY marker", "run scoping"))
        .entry(entry("fail-closed-quarantine").in(INGRESS).at(PLATFORM)
            .from("175", "176", "177", "178", "179", "180")
            .claim("Made ingress fail closed: 1,284 malformed or unprovenanced records quarantined with a "
                + "reason over 30 days, 0 admitted without provenance")
            .constraint("The old path logged schema errors and let the record through, so bad rows surfaced "
                + "weeks later in training data")
            .decision("Quarantine with a machine-readable reason and the original bytes, plus a replay command "
                + "that re-admits records after a fix")
                .over("Drop bad records", "Loses data that can be repaired and hides the rate of bad input")
                .over("Admit and flag", "Every reader downstream has to remember to filter the flag")
            .consequence("The quarantine store needs its own retention and a weekly review by an owner")
            .evidence(reportStat("reports/quarantine-2025-06.json").pointer("/window/quarantined")
                    .metric("records quarantined in 30 days").is(1284, "records")
                    .sha256("ecce748d92acd5e3be1af55d3e40cc250287bae1b1486cc9b479229a6017d20d"))
                .and(reportStat("reports/quarantine-2025-06.json").pointer("/window/admitted_without_provenance")
                    .metric("records admitted without provenance").is(0, "records")
                    .sha256("ecce748d92acd5e3be1af55d3e40cc250287bae1b1486cc9b479229a6017d20d"))
            .achieved(2025, 6, 12)
            .capabilities(RELIABILITY, CONTRACT_FIRST)
            .keywords("quarantine", "fail closed", "data quality", "provenance"))
        .entry(entry("provenance-stamps").in(INGRESS).at(PLATFORM).from("184", "185", "186", "187", "146")
            .claim("Will stamp every checkpoint with the producing commit and config digest, so any row traces "
                + "back to the code that wrote it")
            .constraint("Checkpoints record the run id but not the code or configuration behind them, and "
                + "compaction drops even that")
            .decision("Extend the checkpoint receipt with a provenance block")
                .over("Adopt a lineage service", "Another stateful system to run for a team of two")
            .consequence("Receipts grow, and older receipts need a schema migration")
            .noEvidenceYet()
            .target(LocalDate.of(2027, 3, 31))
            .capabilities(RELIABILITY, CONTRACT_FIRST)
            .keywords("provenance", "lineage", "checkpoints"));
  }

  private static LakeStep streamingEntries(LakeStep lake) {
    return lake
        .entry(entry("kinesis-start-positions").in(STREAMING).at(PLATFORM).from("113", "114", "106")
            .claim("Fixed consumer start positions so a restart resumes at the run's recorded sequence number; "
                + "records missed across 12 restarts went from 3,412 to 0")
            .constraint("Consumers restarted at LATEST after each deploy and silently skipped whatever arrived "
                + "during the restart")
            .decision("Persist the last processed sequence number per shard with the run and start "
                + "AT_SEQUENCE_NUMBER from it")
                .over("TRIM_HORIZON on every start",
                    "Re-reads up to 24 hours of data and floods downstream with duplicates")
            .consequence("Checkpoint writes sit on the hot path, one per shard per batch")
            .evidence(reportStat("reports/kinesis-soak-2025-08.csv")
                    .cell("records_missed", "stream", "fraud-events")
                    .metric("records missed across 12 consumer restarts").is(0, "records")
                    .sha256("db727d5cabb4e9758eef69987a94d7d7ceca538be7cd05a4ddee8e5068320b0e"))
                .and(runOutput("runs/2025-08-02/consumer-restart.log",
                    "15a4081ccc44d2128217f3a2d3b1cb41f94854e67ccd04ceea3d0f76b4072917"))
            .achieved(2025, 8, 2)
            .capabilities(STREAMING_REALITIES, RELIABILITY)
            .keywords("kinesis", "start position", "checkpointing", "streaming"))
        .entry(entry("shard-starvation").in(STREAMING).at(PLATFORM).from("117", "193", "196")
            .claim("Bounded per-shard starvation to 3.7 s under a 62% hot-shard load, with all 11 transient "
                + "reader faults recovered and no worker restarts")
            .constraint("One hot shard kept the single reader busy while the other shards' iterators expired, "
                + "and a transient reader fault killed the worker")
            .decision("Round-robin polling with a per-shard record budget and jittered retries for transient "
                + "read faults")
                .over("Enhanced fan-out on every shard",
                    "Its per-shard-hour cost did not fit the budget")
                .over("More worker instances", "Hides the fairness bug until the next hot shard")
            .consequence("The hot shard's throughput drops to about 0.9 of unbounded polling while it is hot")
            .evidence(reportStat("reports/kinesis-soak-2025-08.csv")
                    .cell("max_starved_s", "stream", "fraud-events-hot")
                    .metric("longest wait of any shard").atMost(4, "s")
                    .sha256("db727d5cabb4e9758eef69987a94d7d7ceca538be7cd05a4ddee8e5068320b0e"))
                .and(runOutput("runs/2025-08-29/starvation-soak.log",
                    "0a41ebfeeffda01801a8bbeb41063885572a35526547f8297d49345665d81654"))
            .achieved(2025, 8, 29)
            .capabilities(STREAMING_REALITIES, RELIABILITY)
            .keywords("kinesis", "starvation", "backpressure", "retries"));
  }

  private static LakeStep datastoreEntries(LakeStep lake) {
    return lake
        .entry(entry("reserved-identifiers").in(DATASTORE).at(PLATFORM).from("105", "118", "119")
            .claim("Renamed 17 columns that collided with reserved words across 4 services, so the same 67 "
                + "migrations now apply on both SQLite and Postgres")
            .constraint("Columns named like order and timestamp worked on the local engine and failed on the "
                + "managed one, and each service kept its own migrations")
            .decision("A shared identifier lint in CI that fails on words reserved in any target engine")
                .over("Quote every identifier in the ORM",
                    "Works until someone writes raw SQL, which three of the services do")
            .consequence("Renames needed two-step migrations with a compatibility view kept for one release")
            .evidence(runOutput("runs/2025-09-18/reserved-identifiers.log",
                    "a5697ed6229b598c5f59d6a34d6f3b8b09d18a97e0d4b6ee523a510e18b0689a")
                .describedAs("Identifier lint and migrations on both engines"))
            .achieved(2025, 9, 18)
            .capabilities(DATA_PLANE)
            .keywords("postgres", "sqlite", "schema migrations", "sql"))
        .entry(entry("connection-churn").in(DATASTORE).at(PLATFORM).from("120", "191", "195", "201")
            .claim("Cut new database connections from 412 to 9 per minute over a 6-hour soak by pooling per "
                + "service and ending idle transactions")
            .constraint("Long-running packs opened a connection per task and left transactions idle holding "
                + "locks, so the database hit its connection limit after about four hours")
            .decision("A bounded pool per service, transactions scoped to the task, and an "
                + "idle-in-transaction timeout")
                .over("Raise max_connections",
                    "Moves the ceiling without stopping the leak, and costs memory on a small instance")
                .over("An external connection pooler",
                    "Another hop and component for a problem in our own code")
            .consequence("Tasks queue for a connection at peak, up to 40 ms at p99")
            .evidence(reportStat("reports/db-soak-2025-10.csv").cell("new_conns_per_min_after", "service", "all")
                    .metric("new connections per minute, all services").is(9, "connections/min")
                    .sha256("68417c9bfec2660cf3de96dea2ad6cb161d0681e30fa3bf8267d8ca656274bf7"))
                .and(reportStat("reports/db-soak-2025-10.csv").cell("p99_pool_wait_ms", "service", "all")
                    .metric("p99 wait for a pooled connection").atMost(40, "ms")
                    .sha256("68417c9bfec2660cf3de96dea2ad6cb161d0681e30fa3bf8267d8ca656274bf7"))
            .achieved(2025, 10, 6)
            .capabilities(DATA_PLANE, SCALE_PERF)
            .keywords("connection pooling", "transactions", "postgres", "soak test"))
        .entry(entry("lock-ordering").in(DATASTORE).at(PLATFORM).from("228", "217")
            .claim("Profiling lock waits across the five services to set one lock order for the shared case "
                + "and label tables")
            .constraint("Two services update case and label rows in opposite orders, which deadlocks about "
                + "three times a week under load")
            .decision("Document and enforce one table lock order")
                .over("Retry on deadlock", "Hides the cause and turns each deadlock into a latency spike")
            .consequence("Some update paths must be reordered, including code owned by other teams")
            .evidence(reportStat("reports/lock-waits-2026-10.json").pointer("/services_profiled")
                    .metric("services profiled for lock waits").is(3, "services")
                    .sha256("785c1660ae310358f11d4761ea920eb980484147770df688e7554e8c18e3418a"))
            .current(LocalDate.of(2026, 10, 30), "3 of 5 services profiled; the ordering fix is merged in 1")
            .capabilities(DATA_PLANE)
            .keywords("locking", "deadlocks", "postgres"));
  }

  private static LakeStep contractEntries(LakeStep lake) {
    return lake
        .entry(entry("offline-schema-resolver").in(CONTRACTS).at(PLATFORM)
            .from("150", "151", "152", "153", "154")
            .claim("Replaced network schema lookups with a classpath resolver keyed by $id, resolving all 63 "
                + "cross-schema references offline with 0 misses")
            .constraint("Schemas referred to each other by URL, so validation failed in CI without network and "
                + "some services silently validated against stale copies")
            .decision("Ship schemas as resources, map each $id to its resource, and fail on any unmapped "
                + "reference")
                .over("Inline every referenced schema", "Copies drift, and one fix has to be made in many places")
                .over("Network fetch behind a cache",
                    "Validation results would depend on what the network returned that day")
            .consequence("Adding a schema now means registering its $id, which the build checks")
            .evidence(reportStat("reports/schema-resolution-2025-10.json").pointer("/resolver/misses")
                    .metric("unresolved schema references offline").is(0, "references")
                    .sha256("5b1d0ca762d40f239cf3c84bc8cb2c31937e97c4b9e29bdee888c2f82891790f"))
                .and(reportStat("reports/schema-resolution-2025-10.json").pointer("/resolver/references_resolved")
                    .metric("schema references resolved offline").is(63, "references")
                    .sha256("5b1d0ca762d40f239cf3c84bc8cb2c31937e97c4b9e29bdee888c2f82891790f"))
            .achieved(2025, 10, 21)
            .capabilities(CONTRACT_FIRST)
            .keywords("json schema", "$id", "schema registry", "validation"))
        .entry(entry("canonical-hashes").in(CONTRACTS).at(PLATFORM).from("155", "160", "162", "156")
            .claim("Made contract hashes deterministic with RFC 8785 canonical JSON: one payload now gives 1 "
                + "digest on all 3 runtimes instead of 3")
            .constraint("Services hashed JSON as they serialised it, so key order, number formatting and escapes "
                + "gave one payload several hashes and receipts stopped matching")
            .decision("Hash the RFC 8785 canonical form, and pin the expected digests in fixtures a script "
                + "checks")
                .over("Sort keys before hashing",
                    "Leaves number formatting and string escaping different between runtimes")
            .consequence("Every producer needs a JCS implementation; one service had to take on a new library")
            .evidence(repro("sh", "check.sh").outputContains("3/3 canonical digests match")
                .in("repro/canonical-hashes"))
            .achieved(2025, 11, 14)
            .capabilities(CONTRACT_FIRST)
            .keywords("rfc 8785", "canonical json", "hashing", "determinism"))
        .entry(entry("draft-2020-12").in(CONTRACTS).at(PLATFORM).from("172", "173", "174")
            .claim("Moving the contracts from draft-07 to Draft 2020-12 semantics, starting with "
                + "unevaluatedProperties and $defs")
            .constraint("additionalProperties does not see through allOf, so composed schemas either rejected "
                + "valid payloads or let unknown fields in")
            .decision("Use unevaluatedProperties in composed schemas and run both drafts side by side until "
                + "their verdicts agree")
                .over("Flatten the composed schemas", "Loses the reuse that keeps 14 schemas consistent")
            .consequence("The validator is pinned to a version with full 2020-12 support")
            .evidence(link("https://json-schema.org/draft/2020-12/release-notes")
                .titled("JSON Schema 2020-12 release notes"))
            .current(LocalDate.of(2026, 11, 6), "Differences catalogued for 9 of 14 schemas; 4 fixed")
            .capabilities(CONTRACT_FIRST)
            .keywords("json schema", "draft 2020-12", "unevaluatedProperties"));
  }

  private static LakeStep scaleEntries(LakeStep lake) {
    return lake
        .entry(entry("parquet-batches").in(SCALE).at(PLATFORM).from("168", "169", "170")
            .claim("Loaded 41.6 million parquet rows nightly in 118 bounded batches, after timeouts had failed "
                + "3 of 5 loads the week before")
            .constraint("Row groups of very different sizes pushed single-shot reads of the largest files past "
                + "the job's timeout and memory")
            .decision("Read by row group under a row budget per batch, committing a receipt per batch")
                .over("Raise the job timeout", "The memory ceiling came next, and failures took longer to show")
                .over("Rewrite the files upstream with even row groups",
                    "The export belongs to another team and could not change")
            .consequence("A load is now many small commits, so a failed batch is retried on its own")
            .evidence(runOutput("runs/2025-12-02/parquet-ingest.log",
                    "c05a321d23de3b39b0df640f916b87453a86cee8c1ce07603a10a3f8e533dab0"))
                .and(reportStat("reports/scale-2025-12.json").pointer("/ingest/rows")
                    .metric("rows ingested in one nightly load").is(41_600_000, "rows")
                    .sha256("03dcb1a476ba6ec80c40b7ea6a4889090c4c881c51e22153d17e748cd102c48c"))
            .achieved(2025, 12, 2)
            .capabilities(SCALE_PERF, RUN_DISCIPLINE)
            .keywords("parquet", "batch ingestion", "timeouts"))
        .entry(entry("duckdb-memory").in(SCALE).at(PLATFORM).from("207", "208", "209", "210")
            .claim("Held DuckDB's peak memory to 5.8 GiB under an 8 GiB limit on the 41.6M-row join that had "
                + "been killed for running out of memory")
            .constraint("Sums overflowed their integer type and the join spilled past the container's memory "
                + "and disk")
            .decision("Set memory_limit and temp_directory explicitly, widen sums to HUGEINT, and split the join "
                + "by date partition")
                .over("A bigger instance", "Doubles the cost and leaves the overflow bug in place")
            .consequence("The join runs about 20% longer because partitions go one at a time")
            .evidence(reportStat("reports/scale-2025-12.json").pointer("/duckdb/peak_rss_gib")
                    .metric("DuckDB peak memory on the full join").within(5.8, 0.05, "GiB")
                    .sha256("03dcb1a476ba6ec80c40b7ea6a4889090c4c881c51e22153d17e748cd102c48c"))
                .and(reportStat("reports/scale-2025-12.json").pointer("/duckdb/oom_kills")
                    .metric("out-of-memory kills").is(0, "kills")
                    .sha256("03dcb1a476ba6ec80c40b7ea6a4889090c4c881c51e22153d17e748cd102c48c"))
            .achieved(2025, 12, 19)
            .capabilities(SCALE_PERF)
            .keywords("duckdb", "memory", "oom", "analytics"))
        .entry(entry("deterministic-receipts").in(SCALE).at(PLATFORM).from("211", "212", "213", "214")
            .claim("Made run receipts byte-identical: 5 reruns of the same inputs with 1 to 16 threads gave 1 "
                + "receipt digest, down from 5")
            .constraint("Stream views emitted rows in whatever order threads finished, and receipts carried "
                + "wall-clock times, so identical inputs hashed differently")
            .decision("Sort on a stable key before writing and keep times and hosts out of the hashed part of "
                + "a receipt")
                .over("Compare results semantically instead of by digest",
                    "Needs a custom differ per output and still misses ordering bugs")
            .consequence("The sort adds a shuffle to every write")
            .evidence(receipt("receipts/2026-01-15/determinism-receipt.json",
                    "63666dee6032ab21c4c2c7dc4b6b233fe9ce42ecafc16cc7b7da84b35fe6ddc8")
                .attests("5 reruns of the same inputs produced one receipt digest"))
                .and(reportStat("reports/rerun-digests-2026-01.json").pointer("/distinct_digests")
                    .metric("distinct receipt digests over 5 reruns").is(1, "digests")
                    .sha256("85aba532690f735adb24c6bb5eb0a614b57abe2ad969f6884d1b61cde1bad664"))
            .achieved(2026, 1, 15)
            .capabilities(SCALE_PERF, RUN_DISCIPLINE, CONTRACT_FIRST)
            .keywords("determinism", "reproducibility", "receipts"));
  }

  private static LakeStep realismEntries(LakeStep lake) {
    return lake
        .entry(entry("realism-scorecard").in(REALISM).at(PLATFORM).from("41", "15", "20")
            .claim("Defined a realism scorecard of 12 statistics against reference data with a goal each, "
                + "turning complaints that data looked off into numbers")
            .constraint("Nobody agreed what realistic meant, and each complaint named a different symptom")
            .decision("Twelve distance and rate metrics against a fixed reference quarter, scored on a fixed "
                + "seed")
                .over("A single overall realism score", "Hides which part of the data is wrong")
            .consequence("The reference quarter has to be refreshed deliberately, or the goals go stale")
            .evidence(runOutput("runs/2026-02-06/realism-baseline.log",
                    "dc2d362386ac7e95f5467fd864dd53da303b56e474d43acd1ef56e6a26145e99")
                .describedAs("Baseline scorecard: 0 of 12 metrics within goal"))
            .achieved(2026, 2, 6)
            .capabilities(REALISM_GOVERNANCE)
            .keywords("data quality", "synthetic data", "statistics", "ks distance"))
        .entry(entry("remediation-waves").in(REALISM).at(PLATFORM).from("46", "46AA–46AQ")
            .claim("Ran 17 bounded remediation steps in 3 waves, taking the amount KS distance from 0.31 to "
                + "0.06 against a goal of 0.08, with 11 of 12 metrics within goal")
            .constraint("A fix could improve one statistic while degrading another, and parameter tweaks had no "
                + "way to show that they helped")
            .decision("One root cause per step, each step gated by the scorecard and a no-regression rule on "
                + "the other metrics")
                .over("Tune all generator parameters together",
                    "No way to tell which change caused which effect, or to roll one back")
            .consequence("Slower progress per week, and 2 steps were rolled back for regressing other metrics")
            .evidence(reportStat("reports/realism-scorecard.csv").cell("wave_3", "metric", "amount_ks_distance")
                    .metric("amount KS distance after wave 3").is(0.06, "KS distance")
                    .tolerance(0.001)
                    .sha256("2162e3c00d6aa6312fc11865c4f358c9b87dac8b3ee7df1a30bb4c76587b7404"))
                .and(receipt("receipts/2026-04-30/realism-certification.json",
                        "8f064e9c56006b0feea0617c955162cec9fa69dfba7802ec252d6c62eb83a6b4")
                    .attests("wave 3 certified: 11 of 12 metrics within goal, freeze enabled"))
            .achieved(2026, 4, 30)
            .capabilities(REALISM_GOVERNANCE, RUN_DISCIPLINE)
            .keywords("root cause analysis", "remediation", "certification"))
        .entry(entry("freeze-protection").in(REALISM).at(PLATFORM).from("96")
            .claim("Guarding the certified realism baseline with a merge gate that blocks any metric moving "
                + "more than 10% of its goal; 3 merges blocked so far")
            .constraint("An unrelated merge had quietly undone a certified fix, found only at the next monthly "
                + "review")
            .decision("Recompute the scorecard on a fixed seed for every merge that touches the generator")
                .over("Recompute monthly",
                    "A regression found a month later is tangled with dozens of other changes")
            .consequence("Merges that touch the generator take about 12 minutes longer")
            .evidence(runOutput("runs/2026-11-13/freeze-check.log",
                    "c1ec34b2b6a708a9fed2df82d7a39129079cf489a1fbb41402793f2be8542b51"))
            .current(LocalDate.of(2026, 11, 13), "Freeze check runs on every generator merge; fraud rate per "
                + "segment is still outside its goal")
            .capabilities(REALISM_GOVERNANCE, RUN_DISCIPLINE)
            .keywords("regression testing", "ci gates", "synthetic data"));
  }

  private static LakeStep migrationEntries(LakeStep lake) {
    return lake
        .entry(entry("dev-min-budget").in(MIGRATION).at(DEV_MIN).from("229", "230", "231", "232")
            .claim("Moved the platform from local compose to a managed dev-min environment costing £118 a month "
                + "against a £150 cap")
            .constraint("Everything assumed one machine with a shared disk; managed services meant networked "
                + "storage, identities and a bill with a hard cap")
            .decision("Managed queue, stream and database, with containers on a small cluster that scales to "
                + "zero out of hours")
                .over("Lift the compose file onto one VM",
                    "Keeps the single-machine model, so the next environment starts from scratch")
                .over("A production-sized environment", "About four times the budget")
            .consequence("The environment is cold for the first minutes of each working day")
            .evidence(reportStat("reports/dev-min-cost-2026-05.json").pointer("/month/total_gbp")
                    .metric("dev-min cost for May 2026").within(118, 1, "GBP")
                    .sha256("24133444aafc143a4137d45c80d6360fbbc060909b8e0b8d962b37a666fd68fe"))
            .achieved(2026, 5, 31)
            .capabilities(MIGRATION_PROGRAM)
            .keywords("cloud migration", "cost control", "managed services"))
        .entry(entry("bootstrap-determinism").in(MIGRATION).at(DEV_MIN)
            .from("233", "234", "235", "236", "237", "238")
            .claim("Made environment bootstrap deterministic: secrets, then schemas, then services, with 12 "
                + "readiness probes passing before traffic in 10 of 10 clean bootstraps")
            .constraint("Services started before their secrets existed and crash-looped, and which one failed "
                + "depended on timing")
            .decision("An explicit bootstrap graph with each stage gated on a readiness probe")
                .over("Restart policies until everything is up",
                    "Converges eventually but hides real misconfiguration behind restarts")
            .consequence("Bootstrap takes about 5 minutes instead of 2, and every new service must declare "
                + "its probes")
            .evidence(runOutput("runs/2026-06-26/bootstrap.log",
                    "c08e698033a000540a53087970cbc5b440d164a17ddb2a79de07ac174ce23672"))
                .and(reportStat("reports/bootstrap-2026-06.json").pointer("/clean_bootstraps/passed")
                    .metric("clean bootstraps passed").is(10, "bootstraps")
                    .sha256("e6245e23a59e8d9ffaa7302549733efe1d7cf587033756d66865072cc489bbc3"))
            .achieved(2026, 6, 26)
            .capabilities(MIGRATION_PROGRAM, RELIABILITY)
            .keywords("secrets management", "readiness probes", "bootstrap", "go"))
        .entry(entry("iac-drift").in(MIGRATION).at(DEV_MIN).from("239", "240", "243", "244", "245")
            .claim("Bringing hand-made cloud resources under infrastructure as code, with a nightly read-only "
                + "plan that flags drift")
            .constraint("Early resources were made by hand, one bucket sat in two states, and renames outside "
                + "the tool showed up as phantom drift")
            .decision("Import resources one at a time and run a nightly plan with a read-only role")
                .over("Recreate everything from code",
                    "Loses data in stateful resources and needs downtime the team could not take")
            .consequence("Imports are slow, and the state must be reviewed by hand for each one")
            .evidence(reportStat("reports/iac-drift-2026-11.json").pointer("/resources/imported")
                    .metric("resources imported into IaC state").is(31, "resources")
                    .sha256("7f255ba6cf5cd2c5ff1268e027e50ef0adbb7a3ed674b196766d52056556ea31"))
            .current(LocalDate.of(2026, 11, 24), "31 of 38 resources imported; nightly drift check running")
            .capabilities(MIGRATION_PROGRAM)
            .keywords("infrastructure as code", "drift", "terraform"))
        .entry(entry("handoff-authority").in(MIGRATION).at(DEV_MIN).from("246", "247", "248", "248AA–248AP")
            .claim("Will hand the environment over with a written authority map and executable guardrails, so "
                + "a new owner runs it without the author")
            .constraint("Only the author knows who may change what, and the main guardrails live in a README")
            .decision("Sixteen small hand-off steps, each closed by a rehearsal or a script rather than a "
                + "document")
                .over("A hand-off meeting and a wiki page", "Nothing checks that the page stays true")
            .consequence("The hand-off takes weeks of shadowing rather than one meeting")
            .noEvidenceYet()
            .target(LocalDate.of(2027, 2, 26))
            .capabilities(MIGRATION_PROGRAM, RUN_DISCIPLINE)
            .keywords("handover", "runbooks", "guardrails"));
  }

  private static LakeStep addOnEntries(LakeStep lake) {
    return lake
        .entry(entry("append-only-labels").in(TRUTH).at(PLATFORM)
            .from("215", "216", "218", "219", "220", "221", "222", "181")
            .claim("Enforced append-only label history: 0 of 2,000 attempted in-place rewrites accepted, and 24 "
                + "of 24 as-of slices matched the reference")
            .constraint("Labels were edited in place, so as-of queries returned today's answer and backfills "
                + "rewrote history")
            .decision("Versioned rows with triggers that reject updates, and views that pick the latest "
                + "reviewer's label")
                .over("Audit log beside mutable rows", "Two sources of truth that drift apart")
            .consequence("Storage grows with every relabel, and reads go through the versioned views")
            .evidence(reportStat("reports/label-immutability-2026-03.json")
                    .pointer("/conflict_test/accepted_in_place_updates")
                    .metric("in-place label rewrites accepted").is(0, "rewrites")
                    .sha256("998a7a26bfe6d25cd483c7a673ca40845e26d65ea6f5ace184bd68378ec50ec0"))
            .achieved(2026, 3, 18)
            .capabilities(DATA_PLANE, CONTRACT_FIRST)
            .keywords("append-only", "audit", "temporal queries"))
        .entry(entry("windows-portability").in(PORTABILITY).at(PLATFORM).from("108", "138", "158", "203")
            .claim("Making the run tooling pass on Windows: path handling, line endings and atomic file replace "
                + "while a reader holds the file")
            .constraint("Rename-over fails on Windows while another process has the file open, and line "
                + "endings changed file digests")
            .decision("Replace through the platform's replace call with retries, and pin line endings for "
                + "hashed files")
                .over("Support Linux only", "Two contributors work on Windows")
            .consequence("File replacement has a platform-specific path that needs its own tests")
            .evidence(link("https://learn.microsoft.com/en-us/windows/win32/api/winbase/nf-winbase-movefileexw")
                .titled("MoveFileExW (Windows API)"))
            .current(LocalDate.of(2026, 9, 30), "Paths and line endings fixed; atomic replace still fails under "
                + "an open reader")
            .capabilities(MIGRATION_PROGRAM, RELIABILITY)
            .keywords("windows", "portability", "packaging"));
  }

  private static int suffixIndex(StoryId id) {
    String suffix = id.suffix();
    return (suffix.charAt(0) - 'A') * 26 + (suffix.charAt(1) - 'A');
  }
}
