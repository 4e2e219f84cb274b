package io.experiencelake.dsl;

import static io.experiencelake.dsl.Lakes.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.experiencelake.core.Lake;
import io.experiencelake.core.EvidenceKind;
import io.experiencelake.core.LakeEntry;
import io.experiencelake.core.StatusKind;
import io.experiencelake.core.StoryId;
import io.experiencelake.core.Tier;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The DSL example of the README, kept here so it always compiles, builds and checks. */
class ReadmeExampleTests {

  @Test
  void theReadmeExampleBuildsACheckedLake() {
    // README-BEGIN
    Lake lake = lake(owner("Alex Example", "ML platform engineer"))
        .capability("run-discipline", "Run discipline + evidence gating")
        .engagement(project("platform", "Fraud platform").role("Lead engineer").from(2024, 9))
        .story(story("110", "Run promoted without its READY marker"))
        .story(story("46", "Realism remediation"))
        .stories("46AA–46AQ", id -> "Realism remediation step " + id.suffix())
        .cluster(cluster("evidence-gated-runs", 1, Tier.CORE)
            .title("Evidence-gated run lifecycle")
            .why("Operating a platform, not just writing code")
            .stories("110", "46", "46AA–46AQ")
            .demonstrates("run-discipline"))
        .entry(entry("phase-gates").in("evidence-gated-runs").at("platform").from("110")
            .claim("Gated each of 6 run phases on committed evidence, ending silent partial promotions")
            .constraint("Services promoted runs on timers; a crashed writer still looked done")
            .decision("Phase gates that read a receipt per phase")
                .over("Longer timers", "Hides the crash, adds latency")
                .consequence("Promotion waits for the slowest writer")
            .evidence(runOutput("runs/2025-03-14/gates.log",
                    "3a7bd3e2360a3d29eea436fcfb7e44c735d117c42d1c1835420b6b9942dd4f1b"))
                .and(reportStat("reports/promotions.json").pointer("/partial_promotions")
                    .metric("partial promotions after gates").is(0, "runs"))
            .achieved(2025, 3, 14)          // a link alone would not compile here
            .capabilities("run-discipline"))
        .build(LocalDate.of(2026, 11, 27)); // checks the whole lake; throws LakeException listing every error
    // README-END

    assertThat(lake.stories()).hasSize(19);
    assertThat(lake.clusters().get(0).stories()).hasSize(19).contains(StoryId.of(46, "AQ"));
    assertThat(lake.entries()).singleElement().satisfies(entry -> {
      assertThat(entry.status().kind()).isEqualTo(StatusKind.ACHIEVED);
      assertThat(entry.evidence()).extracting(e -> e.kind()).containsExactly(EvidenceKind.RUN_OUTPUT, EvidenceKind.REPORT_STAT);
      assertThat(entry.decision().alternatives()).hasSize(1);
    });
    assertThat(lake.entries()).extracting(LakeEntry::engagement).containsExactly(Optional.of("platform"));
  }

  @Test
  void theReadmeShowsThisExampleVerbatim() throws java.io.IOException {
    String source = java.nio.file.Files.readString(
        java.nio.file.Path.of("src/test/java/io/experiencelake/dsl/ReadmeExampleTests.java"), java.nio.charset.StandardCharsets.UTF_8);
    String example = source.substring(source.indexOf('\n', source.indexOf("// README-BEGIN")) + 1, source.indexOf("    // README-END"))
        .lines().map(line -> line.length() >= 4 ? line.substring(4) : line.strip())
        .collect(java.util.stream.Collectors.joining("\n"));
    String readme = java.nio.file.Files.readString(java.nio.file.Path.of("..", "README.md"), java.nio.charset.StandardCharsets.UTF_8);
    org.assertj.core.api.Assertions.assertThat(readme).contains(example);
  }
}
