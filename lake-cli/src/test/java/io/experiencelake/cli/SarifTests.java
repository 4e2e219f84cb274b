package io.experiencelake.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.experiencelake.core.Diagnostic;
import io.experiencelake.core.Rule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

class SarifTests {

  @Nested
  class TheLog {

    @Test
    void isValidSarifWithEveryDiagnosticAsALocatedResult(@TempDir Path folder) {
      Workspace w = ValidateCommandTests.broken(folder);
      List<Diagnostic> expected = ValidateCommandTests.loaderDiagnostics(w);

      Cli.Run run = Cli.run("validate", w.file(), "--format", "sarif");

      assertThat(run.exitCode()).isEqualTo(LakeCli.FAILED);
      assertThat(SarifSchema.problems(run.out())).isEmpty();
      JsonNode log = DiagnosticsOutput.JSON.readTree(run.out());
      assertThat(log.path("version").asString()).isEqualTo("2.1.0");
      assertThat(log.path("$schema").asString()).isEqualTo(Sarif.SCHEMA);
      JsonNode results = log.at("/runs/0/results");
      JsonNode rules = log.at("/runs/0/tool/driver/rules");
      assertThat(results.size()).isEqualTo(expected.size());
      for (int i = 0; i < expected.size(); i++) {
        Diagnostic d = expected.get(i);
        JsonNode r = results.get(i);
        assertThat(r.path("ruleId").asString()).isEqualTo(d.code());
        assertThat(rules.get(r.path("ruleIndex").asInt()).path("id").asString()).isEqualTo(d.code());
        assertThat(r.path("level").asString()).isEqualTo(d.isError() ? "error" : "warning");
        assertThat(r.at("/message/text").asString()).startsWith(d.message()).contains(d.hint());
        JsonNode physical = r.at("/locations/0/physicalLocation");
        assertThat(physical.at("/artifactLocation/uri").asString()).isEqualTo(Sarif.uri(w.file()));
        assertThat(physical.at("/region/startLine").asInt()).isEqualTo(d.line().getAsInt());
        assertThat(physical.at("/region/startColumn").asInt()).isEqualTo(d.column().getAsInt());
        assertThat(r.at("/locations/0/logicalLocations/0/fullyQualifiedName").asString()).isEqualTo(d.pointer());
      }
    }

    @Test
    void namesTheToolAndEveryRuleWithAShortDescription(@TempDir Path folder) {
      Workspace w = Workspace.in(folder);

      JsonNode driver = DiagnosticsOutput.JSON.readTree(Cli.run("validate", w.file(), "--format", "sarif").out()).at("/runs/0/tool/driver");

      assertThat(driver.path("name").asString()).isEqualTo("lake");
      assertThat(driver.path("version").asString()).isEqualTo(Version.number());
      List<String> ids = new ArrayList<>();
      driver.path("rules").forEach(rule -> {
        ids.add(rule.path("id").asString());
        assertThat(rule.at("/shortDescription/text").asString()).isNotBlank();
        assertThat(rule.at("/defaultConfiguration/level").asString()).isIn("error", "warning");
      });
      for (Rule rule : Rule.values()) {
        assertThat(ids).contains(rule.code());
      }
    }

    @Test
    void isValidWithNoResultsForACleanLake(@TempDir Path folder) {
      Workspace w = Workspace.in(folder);

      Cli.Run run = Cli.run("verify", w.file(), "--evidence", w.evidence().toString(), "--format", "sarif");

      assertThat(run.exitCode()).isEqualTo(LakeCli.OK);
      assertThat(SarifSchema.problems(run.out())).isEmpty();
      assertThat(DiagnosticsOutput.JSON.readTree(run.out()).at("/runs/0/results").size()).isZero();
    }

    @Test
    void carriesVerificationFailuresWithTheirLocation(@TempDir Path folder) throws IOException {
      Workspace w = Workspace.in(folder);
      Files.delete(w.evidence().resolve("runs/gates.log"));

      Cli.Run run = Cli.run("verify", w.file(), "--evidence", w.evidence().toString(), "--format", "sarif");

      assertThat(SarifSchema.problems(run.out())).isEmpty();
      JsonNode result = DiagnosticsOutput.JSON.readTree(run.out()).at("/runs/0/results/0");
      assertThat(result.path("ruleId").asString()).isEqualTo(Rule.EVIDENCE_MISSING.code());
      assertThat(result.at("/locations/0/physicalLocation/region/startLine").asInt()).isPositive();
    }
  }

  @Nested
  class SchemaCheck {

    @Test
    void rejectsALogThatBreaksTheSchema() {
      assertThat(SarifSchema.problems("{\"version\": \"2.0.0\", \"runs\": [{\"tool\": {}}]}")).isNotEmpty();
    }
  }

  @Nested
  class ArtifactUris {

    @Test
    void keepsARelativePathRelativeWithSlashesAndPercentEncoding() {
      assertThat(Sarif.uri("lakes/my lake.json")).isEqualTo("lakes/my%20lake.json");
      assertThat(Sarif.uri("lakes\\lake.json")).isEqualTo("lakes/lake.json");
      assertThat(Sarif.uri("100%.json")).isEqualTo("100%25.json");
      assertThat(Sarif.uri("café.json")).isEqualTo("caf%C3%A9.json");
    }

    @Test
    void keepsAColonInTheFirstSegmentFromReadingAsAScheme() {
      assertThat(Sarif.uri("c:lake.json")).isEqualTo("./c:lake.json");
    }

    @Test
    void turnsAnAbsolutePathIntoAFileUri() {
      assertThat(Sarif.uri("/tmp/lake.json")).isEqualTo("file:///tmp/lake.json");
    }
  }
}
