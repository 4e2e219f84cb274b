package io.experiencelake.dsl;

import static io.experiencelake.dsl.Lakes.cluster;
import static io.experiencelake.dsl.Lakes.entry;
import static io.experiencelake.dsl.Lakes.job;
import static io.experiencelake.dsl.Lakes.lake;
import static io.experiencelake.dsl.Lakes.link;
import static io.experiencelake.dsl.Lakes.owner;
import static io.experiencelake.dsl.Lakes.project;
import static io.experiencelake.dsl.Lakes.receipt;
import static io.experiencelake.dsl.Lakes.receiptId;
import static io.experiencelake.dsl.Lakes.reportStat;
import static io.experiencelake.dsl.Lakes.repro;
import static io.experiencelake.dsl.Lakes.role;
import static io.experiencelake.dsl.Lakes.runOutput;
import static io.experiencelake.dsl.Lakes.story;
import static io.experiencelake.dsl.Lakes.study;
import static io.experiencelake.dsl.Lakes.volunteer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.experiencelake.core.Achieved;
import io.experiencelake.core.Comparison;
import io.experiencelake.core.Current;
import io.experiencelake.core.Diagnostic;
import io.experiencelake.core.EngagementKind;
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
import io.experiencelake.core.Lake;
import io.experiencelake.core.LakeEntry;
import io.experiencelake.core.LakeException;
import io.experiencelake.core.Rule;
import io.experiencelake.core.RunOutput;
import io.experiencelake.core.Story;
import io.experiencelake.core.StoryId;
import io.experiencelake.core.Target;
import io.experiencelake.core.Tier;
import java.net.URI;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class LakesTests {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
  private static final String LOG_SHA = "3a7bd3e2360a3d29eea436fcfb7e44c735d117c42d1c1835420b6b9942dd4f1b";
  private static final String REPORT_SHA = "b94d27b9934d3e08a52e52d7da7dabfac484efe37a5380ee9088f7ace2efcde9";

  @Nested
  class SameLakeAsTheBuilders {

    @Test
    void theDslBuildsTheLakeTheImmutableBuildersBuild() {
      assertThat(writtenWithTheDsl()).isEqualTo(writtenWithTheBuilders());
    }

    /** Every step of the DSL, each optional one at least once. */
    private Lake writtenWithTheDsl() {
      return lake(owner("Alex Example", "ML platform engineer")
              .email("alex@example.org")
              .location("Manchester, UK")
              .summary("Platform engineer who gates runs on evidence.")
              .url("https://alex.example.org")
              .site("https://alex.example.org/portfolio/"))
          .capability("run-discipline", "Run discipline + evidence gating")
          .capability("scale-perf", "Scale/perf under load", "Latency and throughput at peak")
          .role(role("mlops-platform", "MLOps / ML Platform Engineer")
              .band("£50k")
              .requires("run-discipline", 1.0)
              .requires("scale-perf", 0.5)
              .keywords("mlops", "platform")
              .letterOpening("I want to run the platform other teams build on.")
              .letterClosing("I would be glad to talk it through."))
          .engagement(project("platform", "Fraud platform").role("Lead engineer").from(2024, 9))
          .engagement(job("acme", "Acme Payments").role("Platform engineer").from(2021, 4)
              .until(2024, 8)
              .location("London, UK")
              .summary("Ran the batch scoring platform."))
          .engagement(study("msc", "MSc Data Science").role("Student").from(2019, 9).until(2020, 9))
          .engagement(volunteer("meetup", "Platform meetup").role("Organiser").from(2022, 1))
          .story(story("110", "Run promoted without its READY marker")
              .challenge("A crashed writer left a run that looked complete.")
              .during(2025, 2)
              .until(2025, 3)
              .tags("promotion", "gates"))
          .story(story("46", "Realism remediation"))
          .stories("46AA–46AC", id -> "Remediation step " + id.suffix())
          .cluster(cluster("evidence-gated-runs", 1, Tier.CORE)
              .title("Evidence-gated run lifecycle")
              .why("Operating a platform, not just writing code")
              .stories("110", "46AA–46AC")
              .demonstrates("run-discipline"))
          .cluster(cluster("load", 2, Tier.OPTIONAL).title("Scale under load").why("Peak traffic is where it breaks"))
          .entry(entry("phase-gates").in("evidence-gated-runs").at("platform").from("110", "46AA–46AB")
              .claim("Gated each of 6 run phases on committed evidence")
              .constraint("Services promoted runs on timers; a crashed writer still looked done")
              .decision("Phase gates that read a receipt per phase")
                  .over("Longer timers", "Hides the crash, adds latency")
                  .over("Manual sign-off", "Does not scale past one team")
                  .consequence("Promotion waits for the slowest writer")
              .evidence(runOutput("runs/2025-03-14/gates.log", LOG_SHA).describedAs("gate log of the first gated run"))
                  .and(reportStat("reports/promotions.json").pointer("/partial_promotions")
                      .metric("partial promotions after gates").is(0, "runs"))
                  .and(link("https://github.com/example/gates/pull/42").titled("Gates PR"))
              .achieved(2025, 3, 14)
              .capabilities("run-discipline")
              .keywords("phase gates", "idempotency"))
          .entry(entry("ingress-latency").in("load")
              .claim("Holding ingress p99 under 250 ms at three times peak load")
              .constraint("The load balancer cannot be replaced")
              .decision("Connection pooling per worker")
                  .consequence("Each worker holds 40 idle connections")
              .evidence(reportStat("reports/load.csv").cell("p99_ms", "service", "ingress")
                  .metric("ingress p99 at 3x peak").atMost(250, "ms").sha256(REPORT_SHA).tolerance(5))
                  .and(reportStat("reports/load.json").pointer("/throughput").metric("requests per second").atLeast(1200, "rps"))
                  .and(reportStat("reports/load.json").pointer("/errors").metric("error rate").below(0.1, "%"))
                  .and(reportStat("reports/load.json").pointer("/workers").metric("workers").above(8, "workers"))
                  .and(reportStat("reports/load.json").pointer("/cpu").metric("CPU at peak").within(70, 2.5, "%"))
              .current(LocalDate.of(2025, 6, 1), "two of three regions tuned")
              .capabilities("scale-perf"))
          .entry(entry("phase-six-closed").in("evidence-gated-runs").at("acme")
              .claim("Closed phase 6 with no open findings")
              .constraint("Findings from five teams had to be triaged in two weeks")
              .decision("One shared triage board with an owner per finding")
                  .consequence("Two findings were deferred by agreement")
              .evidence(receipt("receipts/phase-6.json", LOG_SHA).attests("phase 6 closed with 0 open findings"))
                  .and(receiptId("CAB-2291", REPORT_SHA).attests("change approved by the board"))
                  .and(repro("python3", "replay.py", "--run", "42").outputContains("0 duplicate events").in("tools").exits(3))
                  .and(repro("make", "check").outputSha256(LOG_SHA))
              .achieved(LocalDate.of(2024, 5, 2)))
          .entry(entry("schema-registry").in("evidence-gated-runs")
              .claim("Moving 11 services onto a shared schema registry")
              .constraint("Producers deploy on their own schedules")
              .decision("Compatibility checks in CI before any deploy")
                  .consequence("A breaking change fails a build instead of a consumer")
              .evidence(link("https://github.com/example/registry/pull/7"))
                  .and(link("https://example.org/blog/registry"))
              .current(LocalDate.of(2025, 7, 1), "7 of 11 services migrated"))
          .entry(entry("multi-region").in("load")
              .claim("Serve scoring from two regions")
              .constraint("Feature data may not leave its region")
              .decision("Active-passive with regional feature stores")
                  .consequence("Fail-over loses the last 5 minutes of features")
              .noEvidenceYet()
              .target(LocalDate.of(2026, 12, 31)))
          .entry(entry("cost-report").in("load")
              .claim("Publish a monthly cost report per model")
              .constraint("Billing data arrives a week late")
              .decision("Estimate from usage, reconcile with billing")
                  .consequence("Early figures move by up to 5%")
              .noEvidenceYet()
              .target())
          .build(TODAY);
    }

    /** The same lake, written with lake-core's staged builders. */
    private Lake writtenWithTheBuilders() {
      return ImmutableLake.builder()
          .owner(ImmutableOwner.builder().name("Alex Example").headline("ML platform engineer")
              .email("alex@example.org")
              .location("Manchester, UK")
              .summary("Platform engineer who gates runs on evidence.")
              .url(URI.create("https://alex.example.org"))
              .site(URI.create("https://alex.example.org/portfolio/"))
              .build())
          .addCapabilities(ImmutableCapability.builder().id("run-discipline").title("Run discipline + evidence gating").build())
          .addCapabilities(ImmutableCapability.builder().id("scale-perf").title("Scale/perf under load")
              .description("Latency and throughput at peak").build())
          .addRoles(ImmutableRoleProfile.builder().id("mlops-platform").title("MLOps / ML Platform Engineer")
              .band("£50k")
              .addRequires(ImmutableCapabilityWeight.builder().capability("run-discipline").weight(1.0).build())
              .addRequires(ImmutableCapabilityWeight.builder().capability("scale-perf").weight(0.5).build())
              .addKeywords("mlops", "platform")
              .letter(ImmutableLetter.builder().opening("I want to run the platform other teams build on.")
                  .closing("I would be glad to talk it through.").build())
              .build())
          .addEngagements(ImmutableEngagement.builder().id("platform").kind(EngagementKind.PROJECT).name("Fraud platform")
              .role("Lead engineer").start(YearMonth.of(2024, 9)).build())
          .addEngagements(ImmutableEngagement.builder().id("acme").kind(EngagementKind.JOB).name("Acme Payments")
              .role("Platform engineer").start(YearMonth.of(2021, 4))
              .end(YearMonth.of(2024, 8))
              .location("London, UK")
              .summary("Ran the batch scoring platform.")
              .build())
          .addEngagements(ImmutableEngagement.builder().id("msc").kind(EngagementKind.STUDY).name("MSc Data Science")
              .role("Student").start(YearMonth.of(2019, 9)).end(YearMonth.of(2020, 9)).build())
          .addEngagements(ImmutableEngagement.builder().id("meetup").kind(EngagementKind.VOLUNTEER).name("Platform meetup")
              .role("Organiser").start(YearMonth.of(2022, 1)).build())
          .addStories(ImmutableStory.builder().id(StoryId.of(110)).title("Run promoted without its READY marker")
              .challenge("A crashed writer left a run that looked complete.")
              .start(YearMonth.of(2025, 2))
              .end(YearMonth.of(2025, 3))
              .addTags("promotion", "gates")
              .build())
          .addStories(ImmutableStory.builder().id(StoryId.of(46)).title("Realism remediation").build())
          .addStories(ImmutableStory.builder().id(StoryId.of(46, "AA")).title("Remediation step AA").build())
          .addStories(ImmutableStory.builder().id(StoryId.of(46, "AB")).title("Remediation step AB").build())
          .addStories(ImmutableStory.builder().id(StoryId.of(46, "AC")).title("Remediation step AC").build())
          .addClusters(ImmutableCluster.builder().id("evidence-gated-runs").rank(1).tier(Tier.CORE)
              .title("Evidence-gated run lifecycle")
              .why("Operating a platform, not just writing code")
              .addStories(StoryId.of(110), StoryId.of(46, "AA"), StoryId.of(46, "AB"), StoryId.of(46, "AC"))
              .addCapabilities("run-discipline")
              .build())
          .addClusters(ImmutableCluster.builder().id("load").rank(2).tier(Tier.OPTIONAL)
              .title("Scale under load").why("Peak traffic is where it breaks").build())
          .addEntries(ImmutableLakeEntry.builder().id("phase-gates").cluster("evidence-gated-runs")
              .claim("Gated each of 6 run phases on committed evidence")
              .constraint("Services promoted runs on timers; a crashed writer still looked done")
              .decision(ImmutableDecision.builder().choice("Phase gates that read a receipt per phase")
                  .consequence("Promotion waits for the slowest writer")
                  .addAlternatives(ImmutableAlternative.builder().option("Longer timers").whyNot("Hides the crash, adds latency").build())
                  .addAlternatives(ImmutableAlternative.builder().option("Manual sign-off").whyNot("Does not scale past one team").build())
                  .build())
              .status(Achieved.on(LocalDate.of(2025, 3, 14)))
              .engagement("platform")
              .addStories(StoryId.of(110), StoryId.of(46, "AA"), StoryId.of(46, "AB"))
              .addEvidence(ImmutableRunOutput.builder().path("runs/2025-03-14/gates.log").sha256(LOG_SHA)
                  .description("gate log of the first gated run").build())
              .addEvidence(ImmutableReportStat.builder().path("reports/promotions.json").metric("partial promotions after gates")
                  .value(0).unit("runs").pointer("/partial_promotions").comparison(Comparison.EQ).build())
              .addEvidence(ImmutableLink.builder().uri(URI.create("https://github.com/example/gates/pull/42")).title("Gates PR").build())
              .addCapabilities("run-discipline")
              .addKeywords("phase gates", "idempotency")
              .build())
          .addEntries(ImmutableLakeEntry.builder().id("ingress-latency").cluster("load")
              .claim("Holding ingress p99 under 250 ms at three times peak load")
              .constraint("The load balancer cannot be replaced")
              .decision(ImmutableDecision.builder().choice("Connection pooling per worker")
                  .consequence("Each worker holds 40 idle connections").build())
              .status(Current.asOf(LocalDate.of(2025, 6, 1), "two of three regions tuned"))
              .addEvidence(ImmutableReportStat.builder().path("reports/load.csv").metric("ingress p99 at 3x peak").value(250).unit("ms")
                  .cell(ImmutableCsvCell.builder().column("p99_ms").keyColumn("service").key("ingress").build())
                  .comparison(Comparison.LE).sha256(REPORT_SHA).tolerance(5.0).build())
              .addEvidence(ImmutableReportStat.builder().path("reports/load.json").metric("requests per second").value(1200).unit("rps")
                  .pointer("/throughput").comparison(Comparison.GE).build())
              .addEvidence(ImmutableReportStat.builder().path("reports/load.json").metric("error rate").value(0.1).unit("%")
                  .pointer("/errors").comparison(Comparison.LT).build())
              .addEvidence(ImmutableReportStat.builder().path("reports/load.json").metric("workers").value(8).unit("workers")
                  .pointer("/workers").comparison(Comparison.GT).build())
              .addEvidence(ImmutableReportStat.builder().path("reports/load.json").metric("CPU at peak").value(70).unit("%")
                  .pointer("/cpu").comparison(Comparison.EQ).tolerance(2.5).build())
              .addCapabilities("scale-perf")
              .build())
          .addEntries(ImmutableLakeEntry.builder().id("phase-six-closed").cluster("evidence-gated-runs")
              .claim("Closed phase 6 with no open findings")
              .constraint("Findings from five teams had to be triaged in two weeks")
              .decision(ImmutableDecision.builder().choice("One shared triage board with an owner per finding")
                  .consequence("Two findings were deferred by agreement").build())
              .status(Achieved.on(LocalDate.of(2024, 5, 2)))
              .engagement("acme")
              .addEvidence(ImmutableReceipt.builder().sha256(LOG_SHA).attests("phase 6 closed with 0 open findings")
                  .path("receipts/phase-6.json").build())
              .addEvidence(ImmutableReceipt.builder().sha256(REPORT_SHA).attests("change approved by the board").id("CAB-2291").build())
              .addEvidence(ImmutableReproStep.builder().addArgv("python3", "replay.py", "--run", "42")
                  .outputContains("0 duplicate events").workingDir("tools").expectedExit(3).build())
              .addEvidence(ImmutableReproStep.builder().addArgv("make", "check").outputSha256(LOG_SHA).build())
              .build())
          .addEntries(ImmutableLakeEntry.builder().id("schema-registry").cluster("evidence-gated-runs")
              .claim("Moving 11 services onto a shared schema registry")
              .constraint("Producers deploy on their own schedules")
              .decision(ImmutableDecision.builder().choice("Compatibility checks in CI before any deploy")
                  .consequence("A breaking change fails a build instead of a consumer").build())
              .status(Current.asOf(LocalDate.of(2025, 7, 1), "7 of 11 services migrated"))
              .addEvidence(ImmutableLink.builder().uri(URI.create("https://github.com/example/registry/pull/7")).build())
              .addEvidence(ImmutableLink.builder().uri(URI.create("https://example.org/blog/registry")).build())
              .build())
          .addEntries(ImmutableLakeEntry.builder().id("multi-region").cluster("load")
              .claim("Serve scoring from two regions")
              .constraint("Feature data may not leave its region")
              .decision(ImmutableDecision.builder().choice("Active-passive with regional feature stores")
                  .consequence("Fail-over loses the last 5 minutes of features").build())
              .status(Target.by(LocalDate.of(2026, 12, 31)))
              .build())
          .addEntries(ImmutableLakeEntry.builder().id("cost-report").cluster("load")
              .claim("Publish a monthly cost report per model")
              .constraint("Billing data arrives a week late")
              .decision(ImmutableDecision.builder().choice("Estimate from usage, reconcile with billing")
                  .consequence("Early figures move by up to 5%").build())
              .status(Target.undated())
              .build())
          .build();
    }
  }

  @Nested
  class Ranges {

    @Test
    void aRangeDeclaresEveryStoryInIt() {
      Lake lake = lake(owner("Alex Example", "ML platform engineer"))
          .stories("46AA–46AQ", id -> "Realism remediation step " + id.suffix())
          .buildUnchecked();

      assertThat(lake.stories()).hasSize(17);
      assertThat(lake.stories().get(0).id()).isEqualTo(StoryId.of(46, "AA"));
      assertThat(lake.stories().get(16).id()).isEqualTo(StoryId.of(46, "AQ"));
      assertThat(lake.stories().get(16).title()).isEqualTo("Realism remediation step AQ");
      assertThat(lake.stories()).extracting(Story::id).doesNotHaveDuplicates().isSorted();
    }

    @Test
    void clustersAndEntriesExpandRangesInPlace() {
      Lake lake = lake(owner("Alex Example", "ML platform engineer"))
          .cluster(cluster("realism", 3, Tier.CORE).title("Measured realism").why("Numbers a reviewer can re-run")
              .stories("110", "46AA–46AQ", "121"))
          .entry(entry("remediation").in("realism").from("46AA-46AC", "248AP")
              .claim("Ran 17 remediation steps against a measured baseline")
              .constraint("Every step had to keep the baseline reproducible")
              .decision("One report per step")
              .consequence("Seventeen reports to keep")
              .noEvidenceYet()
              .target())
          .buildUnchecked();

      List<StoryId> clusterStories = lake.clusters().get(0).stories();
      assertThat(clusterStories).hasSize(19);
      assertThat(clusterStories.get(0)).isEqualTo(StoryId.of(110));
      assertThat(clusterStories.get(1)).isEqualTo(StoryId.of(46, "AA"));
      assertThat(clusterStories.get(17)).isEqualTo(StoryId.of(46, "AQ"));
      assertThat(clusterStories.get(18)).isEqualTo(StoryId.of(121));
      assertThat(lake.entries().get(0).stories())
          .containsExactly(StoryId.of(46, "AA"), StoryId.of(46, "AB"), StoryId.of(46, "AC"), StoryId.of(248, "AP"));
    }
  }

  @Nested
  class ValueProblems {

    @Test
    void aBadDigestNamesItsEntryInThePointer() {
      LakeStep lake = lake(owner("Alex Example", "ML platform engineer"))
          .entry(unproven("first"))
          .entry(withEvidence("second", runOutput("runs/gates.log", "not-a-digest")));

      assertThatThrownBy(() -> lake.build(TODAY))
          .isInstanceOfSatisfying(LakeException.class, e -> {
            assertThat(e.diagnostics()).singleElement().satisfies(d -> {
              assertThat(d.code()).isEqualTo(Rule.BAD_DIGEST.code());
              assertThat(d.pointer()).isEqualTo("/entries/1/evidence/0/sha256");
              assertThat(d.message()).startsWith("entry 'second': ").contains("not-a-digest");
            });
            assertThat(e.getMessage()).contains("/entries/1/evidence/0/sha256").contains("entry 'second'");
          });
    }

    @Test
    void everyValueProblemOfTheLakeIsReportedAtOnce() {
      LakeStep lake = lake(owner("Alex Example", "ML platform engineer"))
          .role(role("mlops-platform", "MLOps / ML Platform Engineer").requires("run-discipline", 2.0))
          .cluster(cluster("gates", 1, Tier.CORE).title("Gates").why("Heavy").stories("110", "46AQ–46AA"))
          .entry(withEvidence("first", runOutput("runs/a.log", LOG_SHA)))
          .entry(entry("second").in("gates")
              .claim(" ")
              .constraint("A crashed writer still looked done")
              .decision("Phase gates")
              .consequence("Slower promotion")
              .evidence(runOutput("runs/b.log", LOG_SHA))
              .and(runOutput("runs/c.log", "ABC"))
              .achieved(2025, 2, 30));

      assertThatThrownBy(lake::buildUnchecked)
          .isInstanceOfSatisfying(LakeException.class, e -> assertThat(e.errors())
              .extracting(Diagnostic::pointer)
              .containsExactly(
                  "/roles/0/requires/0/weight",
                  "/clusters/0/stories/1",
                  "/entries/1/evidence/1/sha256",
                  "/entries/1/status/on",
                  "/entries/1/claim"));
    }

    @Test
    void aBadStoryRangeIsReportedWithItsText() {
      LakeStep lake = lake(owner("Alex Example", "ML platform engineer"))
          .entry(entry("remediation").in("realism").from("110", "46AQ–46AA")
              .claim("Ran 17 remediation steps")
              .constraint("Every step had to stay reproducible")
              .decision("One report per step")
              .consequence("Seventeen reports to keep")
              .noEvidenceYet()
              .target());

      assertThatThrownBy(lake::buildUnchecked)
          .isInstanceOfSatisfying(LakeException.class, e -> assertThat(e.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo(Rule.BAD_FORMAT.code());
            assertThat(d.pointer()).isEqualTo("/entries/0/stories/1");
            assertThat(d.message()).contains("entry 'remediation'").contains("46AQ–46AA");
          }));
    }

    @Test
    void aBadRangeOfDeclaredStoriesIsReportedWhereItsFirstStoryWouldBe() {
      LakeStep lake = lake(owner("Alex Example", "ML platform engineer"))
          .story(story("110", "Run promoted without its READY marker"))
          .stories("46AA–47AB", id -> "Step " + id.suffix());

      assertThatThrownBy(lake::buildUnchecked)
          .isInstanceOfSatisfying(LakeException.class, e -> assertThat(e.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.pointer()).isEqualTo("/stories/1");
            assertThat(d.message()).contains("46AA–47AB");
          }));
    }

    @Test
    void anImpossibleMonthIsReportedAtItsField() {
      LakeStep lake = lake(owner("Alex Example", "ML platform engineer"))
          .engagement(job("acme", "Acme Payments").role("Platform engineer").from(2021, 13));

      assertThatThrownBy(lake::buildUnchecked)
          .isInstanceOfSatisfying(LakeException.class, e -> assertThat(e.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo(Rule.BAD_FORMAT.code());
            assertThat(d.pointer()).isEqualTo("/engagements/0/start");
            assertThat(d.message()).startsWith("engagement 'acme': ").contains("2021-13");
          }));
    }

    @Test
    void aLinkThatIsNotAUriIsReportedAtItsAnchor() {
      LakeStep lake = lake(owner("Alex Example", "ML platform engineer").url("https://alex.example.org"))
          .entry(withEvidence("gates", runOutput("runs/a.log", LOG_SHA)));
      LakeStep broken = lake(owner("Alex Example", "ML platform engineer"))
          .entry(entry("registry").in("contracts")
              .claim("Moving 11 services onto a schema registry")
              .constraint("Producers deploy on their own schedules")
              .decision("Compatibility checks in CI")
              .consequence("Breaking changes fail builds")
              .evidence(link("https://example.org/ok"))
              .and(link("not a uri"))
              .current(LocalDate.of(2025, 6, 1), "7 of 11 migrated"));

      assertThat(lake.buildUnchecked().owner().url()).contains(URI.create("https://alex.example.org"));
      assertThatThrownBy(broken::buildUnchecked)
          .isInstanceOfSatisfying(LakeException.class, e -> assertThat(e.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.pointer()).isEqualTo("/entries/0/evidence/1/uri");
            assertThat(d.message()).contains("entry 'registry'").contains("not a uri");
          }));
    }

    @Test
    void aSiteThatIsNotAWebAddressAndABlankLetterParagraphAreReportedAtTheirFields() {
      LakeStep broken = lake(owner("Alex Example", "ML platform engineer").site("javascript:alert(1)"))
          .role(role("mlops-platform", "MLOps / ML Platform Engineer").letterOpening(" "));

      assertThatThrownBy(broken::buildUnchecked)
          .isInstanceOfSatisfying(LakeException.class, e -> assertThat(e.diagnostics())
              .extracting(d -> d.pointer())
              .containsExactly("/owner/site", "/roles/0/letter/opening"));
    }
  }

  @Nested
  class Checking {

    @Test
    void buildUncheckedLeavesWholeLakeRulesAlone() {
      Lake lake = lake(owner("Alex Example", "ML platform engineer"))
          .entry(unproven("orphan"))
          .buildUnchecked();

      assertThat(lake.entries()).extracting(LakeEntry::cluster).containsExactly("no-such-cluster");
    }

    @Test
    void anUndeclaredReferenceIsReportedAtBuild() {
      LakeStep lake = lake(owner("Alex Example", "ML platform engineer"))
          .entry(unproven("orphan"));

      assertThatThrownBy(() -> lake.build(TODAY))
          .isInstanceOfSatisfying(LakeException.class, e -> {
            assertThat(e.errors()).anySatisfy(d -> {
              assertThat(d.code()).isEqualTo(Rule.UNKNOWN_REFERENCE.code());
              assertThat(d.pointer()).isEqualTo("/entries/0/cluster");
            });
            assertThat(e.getMessage()).contains("no-such-cluster").contains("orphan");
          });
    }
  }

  @Nested
  class Snapshots {

    @Test
    void aValueIsTakenAsItStandsWhenHandedOn() {
      RunOutputFinalStep log = runOutput("runs/a.log", LOG_SHA);
      EntryFinalStep gates = withEvidence("gates", log);
      RunOutputFinalStep changedLater = log.describedAs("added after the entry took the anchor");
      LakeStep lake = lake(owner("Alex Example", "ML platform engineer")).entry(gates);
      EntryFinalStep alsoChangedLater = gates.keywords("added after the lake took the entry");

      Lake built = lake.buildUnchecked();

      assertThat(changedLater).isSameAs(log);
      assertThat(alsoChangedLater).isSameAs(gates);
      assertThat(built.entries().get(0).keywords()).isEmpty();
      assertThat(built.entries().get(0).evidence()).singleElement()
          .isInstanceOfSatisfying(RunOutput.class, r -> assertThat(r.description()).isEmpty());
    }
  }

  private static EntryFinalStep unproven(String id) {
    return entry(id).in("no-such-cluster")
        .claim("Serve scoring from two regions")
        .constraint("Feature data may not leave its region")
        .decision("Active-passive with regional feature stores")
        .consequence("Fail-over loses the last 5 minutes of features")
        .noEvidenceYet()
        .target();
  }

  private static EntryFinalStep withEvidence(String id, VerifiableEvidence evidence) {
    return entry(id).in("gates")
        .claim("Gated each of 6 run phases on committed evidence")
        .constraint("A crashed writer still looked done")
        .decision("Phase gates that read a receipt per phase")
        .consequence("Promotion waits for the slowest writer")
        .evidence(evidence)
        .achieved(2025, 3, 14);
  }
}
