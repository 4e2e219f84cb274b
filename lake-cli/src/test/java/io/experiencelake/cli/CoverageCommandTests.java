package io.experiencelake.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.experiencelake.core.Lake;
import io.experiencelake.core.analysis.Coverage;
import io.experiencelake.core.check.CheckOptions;
import io.experiencelake.core.json.LakeJson;
import io.experiencelake.core.verify.ImmutableVerifyOptions;
import io.experiencelake.core.verify.VerificationReport;
import io.experiencelake.core.verify.Verifier;
import io.experiencelake.render.coverage.CoverageHeatmap;
import io.experiencelake.render.coverage.CoverageMarkdown;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class CoverageCommandTests {

  static final String ROLE = "mlops-platform";

  private static Lake lake(Workspace w) {
    return LakeJson.read(w.lake(), CheckOptions.today(Cli.TODAY)).lake();
  }

  @Test
  void printsTheCoreMarkdownAndWritesTheHeatmap(@TempDir Path folder) throws IOException {
    Workspace w = Workspace.in(folder);
    Path svg = folder.resolve("coverage.svg");
    Coverage expected = Coverage.of(lake(w), ROLE, Optional.empty());

    Cli.Run run = Cli.run("coverage", w.file(), "--role", ROLE, "--svg", svg.toString());

    assertThat(run.exitCode()).as(run.all()).isEqualTo(LakeCli.OK);
    assertThat(run.out()).startsWith(CoverageMarkdown.render(expected).stripTrailing()).endsWith("wrote " + svg + "\n");
    assertThat(Files.readString(svg, StandardCharsets.UTF_8)).isEqualTo(CoverageHeatmap.svg(expected));
    assertThat(Files.list(folder).map(p -> p.getFileName().toString())).as("no temporary file left")
        .containsExactlyInAnyOrder("lake.json", "evidence", "coverage.svg");
  }

  @Test
  void writesTheCoverageValuesAsJsonCountingOnlyVerifiedEntriesWithEvidence(@TempDir Path folder) {
    Workspace w = Workspace.in(folder);
    VerificationReport report = Verifier.of(ImmutableVerifyOptions.builder().evidenceRoot(w.evidence()).build()).verify(lake(w));
    Coverage expected = Coverage.of(lake(w), ROLE, Optional.of(report));

    Cli.Run run = Cli.run("coverage", w.file(), "--role", ROLE, "--format", "json", "--evidence", w.evidence().toString());

    assertThat(run.exitCode()).as(run.all()).isEqualTo(LakeCli.OK);
    JsonNode json = DiagnosticsOutput.JSON.readTree(run.out());
    assertThat(json.path("role").path("id").asString()).isEqualTo(ROLE);
    assertThat(json.path("verified").asBoolean()).isTrue();
    assertThat(json.path("score").asDouble()).isEqualTo(expected.score());
    assertThat(json.path("defensibleScore").asDouble()).isEqualTo(expected.defensibleScore().getAsDouble());
    assertThat(json.path("capabilities").size()).isEqualTo(expected.capabilities().size());
    assertThat(json.path("gaps").size()).isEqualTo(expected.gaps().size());
    assertThat(json.at("/capabilities/0/entries/0/defensible").isBoolean()).isTrue();
  }

  @Test
  void reportsAGapWhenTheOnlyAchievedEntryBecomesCurrent(@TempDir Path folder) {
    Workspace w = Workspace.in(folder).edit(lake -> {
      ObjectNode status = (ObjectNode) lake.withArray("entries").get(0).get("status");
      status.removeAll();
      status.put("state", "CURRENT").put("asOf", "2026-10-01").put("progress", "Gates in 2 of 3 pipelines");
    });
    Coverage expected = Coverage.of(lake(w), ROLE, Optional.empty());

    Cli.Run run = Cli.run("coverage", w.file(), "--role", ROLE, "--format", "json");

    assertThat(run.exitCode()).as(run.all()).isEqualTo(LakeCli.OK);
    assertThat(expected.gaps()).isNotEmpty();
    JsonNode json = DiagnosticsOutput.JSON.readTree(run.out());
    assertThat(json.path("score").asDouble()).isEqualTo(expected.score()).isLessThan(1.0);
    assertThat(json.at("/gaps/0/capability").asString()).isEqualTo(expected.gaps().get(0).capability());
  }

  @Test
  void locatesAnUnknownRoleAndWritesNoHeatmap(@TempDir Path folder) {
    Workspace w = Workspace.in(folder);
    Path svg = folder.resolve("coverage.svg");
    Map<String, String> before = FolderSnapshot.of(folder);

    Cli.Run run = Cli.run("coverage", w.file(), "--role", "astronaut", "--svg", svg.toString());

    assertThat(run.exitCode()).isEqualTo(LakeCli.FAILED);
    assertThat(run.out()).isEmpty();
    assertThat(Cli.locatedError(w.file()).matcher(run.err()).find()).as(run.err()).isTrue();
    assertThat(run.err()).contains("LAKE-I005").contains("'astronaut'").contains("'" + ROLE + "'");
    assertThat(FolderSnapshot.of(folder)).isEqualTo(before);
  }

  @Test
  void locatesTheErrorsOfABrokenLake(@TempDir Path folder) {
    Workspace w = Workspace.in(folder).edit(lake -> ((ObjectNode) lake.withArray("entries").get(0)).put("claim", " "));

    Cli.Run run = Cli.run("coverage", w.file(), "--role", ROLE);

    assertThat(run.exitCode()).isEqualTo(LakeCli.FAILED);
    assertThat(Cli.locatedError(w.file()).matcher(run.err()).find()).as(run.err()).isTrue();
  }

  @Test
  void refusesSarifAndAMissingRole(@TempDir Path folder) {
    Workspace w = Workspace.in(folder);

    assertThat(Cli.run("coverage", w.file(), "--role", ROLE, "--format", "sarif").exitCode()).isEqualTo(LakeCli.USAGE);
    assertThat(Cli.run("coverage", w.file()).exitCode()).isEqualTo(LakeCli.USAGE);
  }
}
