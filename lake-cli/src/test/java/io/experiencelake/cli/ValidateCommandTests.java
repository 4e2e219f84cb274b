package io.experiencelake.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.experiencelake.core.Diagnostic;
import io.experiencelake.core.LakeException;
import io.experiencelake.core.check.CheckOptions;
import io.experiencelake.core.json.LakeJson;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

class ValidateCommandTests {

  /** A lake with two errors (an unknown cluster, an unknown capability) and a warning (an unused story). */
  static Workspace broken(Path folder) {
    return Workspace.in(folder).edit(lake -> {
      ObjectNode second = (ObjectNode) lake.at("/entries/1");
      second.put("cluster", "evidence-gated-run");
      second.putArray("capabilities").add("run-disciplin");
      ((ArrayNode) lake.get("stories")).addObject().put("id", "130").put("title", "A story no entry cites yet");
    });
  }

  static List<Diagnostic> loaderDiagnostics(Workspace w) {
    return catchThrowableOfType(LakeException.class, () -> LakeJson.read(w.lake(), CheckOptions.today(Cli.TODAY))).diagnostics();
  }

  @Test
  void passesAValidLakeAndSaysHowManyEntriesItHas(@TempDir Path folder) {
    Workspace w = Workspace.in(folder);

    Cli.Run run = Cli.run("validate", w.file());

    assertThat(run.exitCode()).isEqualTo(LakeCli.OK);
    assertThat(run.out()).isEqualTo(w.file() + ": valid, 2 entries, 0 errors, 0 warnings\n");
  }

  @Test
  void printsEveryDiagnosticOfTheLoaderCompilerStyleThenTheCounts(@TempDir Path folder) {
    Workspace w = broken(folder);
    List<Diagnostic> expected = loaderDiagnostics(w);

    Cli.Run run = Cli.run("validate", w.file());

    List<String> lines = new ArrayList<>();
    expected.forEach(d -> lines.add(d.format()));
    lines.add(w.file() + ": " + DiagnosticsOutput.counts(expected));
    assertThat(run.exitCode()).isEqualTo(LakeCli.FAILED);
    assertThat(run.out().lines()).containsExactlyElementsOf(lines);
    assertThat(expected).extracting(Diagnostic::code).containsExactlyInAnyOrder("LAKE-I005", "LAKE-I005", "LAKE-L003");
  }

  @Test
  void writesTheSameDiagnosticsAsAJsonArray(@TempDir Path folder) {
    Workspace w = broken(folder);
    List<Diagnostic> expected = loaderDiagnostics(w);

    Cli.Run run = Cli.run("validate", w.file(), "--format", "json");

    JsonNode array = DiagnosticsOutput.JSON.readTree(run.out());
    assertThat(run.exitCode()).isEqualTo(LakeCli.FAILED);
    assertThat(array.size()).isEqualTo(expected.size());
    for (int i = 0; i < expected.size(); i++) {
      Diagnostic d = expected.get(i);
      JsonNode node = array.get(i);
      assertThat(node.path("code").asString()).isEqualTo(d.code());
      assertThat(node.path("severity").asString()).isEqualTo(d.severity().name());
      assertThat(node.path("pointer").asString()).isEqualTo(d.pointer());
      assertThat(node.path("source").asString()).isEqualTo(w.file());
      assertThat(node.path("line").asInt()).isEqualTo(d.line().getAsInt());
      assertThat(node.path("column").asInt()).isEqualTo(d.column().getAsInt());
      assertThat(node.path("message").asString()).isEqualTo(d.message());
      assertThat(node.path("hint").asString()).isEqualTo(d.hint());
    }
  }

  @Test
  void succeedsWithWarningsAlone(@TempDir Path folder) {
    Workspace w = Workspace.in(folder).edit(lake -> ((ArrayNode) lake.get("stories"))
        .addObject().put("id", "130").put("title", "A story no entry cites yet"));

    Cli.Run run = Cli.run("validate", w.file());

    assertThat(run.exitCode()).isEqualTo(LakeCli.OK);
    assertThat(run.out()).contains(" warning LAKE-L003: ").endsWith(": valid, 2 entries, 0 errors, 1 warning\n");
  }

  @Test
  void checksDatesAgainstTheEnvironmentsClockUnlessTodayIsGiven(@TempDir Path folder) {
    Workspace w = Workspace.in(folder);
    Environment early = new Environment(Clock.fixed(Instant.parse("2025-01-01T00:00:00Z"), ZoneOffset.UTC), false);

    Cli.Run byClock = Cli.run(early, "validate", w.file());
    Cli.Run byOption = Cli.run(early, "validate", w.file(), "--today", "2026-11-27");

    assertThat(byClock.exitCode()).isEqualTo(LakeCli.FAILED);
    assertThat(byClock.out()).contains(" error LAKE-I003: ").contains("after today (2025-01-01)");
    assertThat(byOption.exitCode()).isEqualTo(LakeCli.OK);
  }

  @Test
  void reportsAMissingFileAsUnreadable(@TempDir Path folder) {
    String missing = folder.resolve("nowhere.json").toString();

    Cli.Run run = Cli.run("validate", missing);

    assertThat(run.exitCode()).isEqualTo(LakeCli.FAILED);
    assertThat(run.out()).startsWith(missing + " / error LAKE-J004: cannot read " + missing + ": there is no such file");
  }
}
