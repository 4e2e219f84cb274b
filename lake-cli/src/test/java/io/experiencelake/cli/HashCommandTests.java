package io.experiencelake.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.experiencelake.core.Lake;
import io.experiencelake.core.check.CheckOptions;
import io.experiencelake.core.hash.LakeHashes;
import io.experiencelake.core.json.LakeJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class HashCommandTests {

  @Test
  void printsTheLibrarysLakeHashThenEachEntrysInOrder(@TempDir Path folder) {
    Workspace w = Workspace.in(folder);
    Lake lake = LakeJson.read(w.lake(), CheckOptions.today(Cli.TODAY)).lake();
    List<String> expected = new ArrayList<>();
    expected.add("lake " + LakeHashes.of(lake));
    LakeHashes.entries(lake).forEach((id, hash) -> expected.add("entry " + id + " " + hash));

    Cli.Run run = Cli.run("hash", w.file());

    assertThat(run.exitCode()).isEqualTo(LakeCli.OK);
    assertThat(run.out().lines()).containsExactlyElementsOf(expected);
    assertThat(expected).hasSize(3);
    assertThat(run.err()).isEmpty();
  }

  @Test
  void givesTheSameHashesWhateverTheFieldOrderAndWhitespace(@TempDir Path folder) throws IOException {
    Workspace w = Workspace.in(folder);
    String before = Cli.run("hash", w.file()).out();
    JsonNode tree = DiagnosticsOutput.JSON.readTree(w.lake().toFile());
    ObjectNode reordered = DiagnosticsOutput.JSON.createObjectNode();
    List<String> names = new ArrayList<>(tree.propertyNames());
    java.util.Collections.reverse(names);
    names.forEach(name -> reordered.set(name, tree.get(name)));
    Files.writeString(w.lake(), reordered.toString());

    Cli.Run after = Cli.run("hash", w.file());

    assertThat(Files.readString(w.lake())).doesNotContain("\n");
    assertThat(after.out()).isEqualTo(before);
  }

  @Test
  void writesJsonWithTheSameHashes(@TempDir Path folder) {
    Workspace w = Workspace.in(folder);
    Lake lake = LakeJson.read(w.lake(), CheckOptions.today(Cli.TODAY)).lake();

    JsonNode json = DiagnosticsOutput.JSON.readTree(Cli.run("hash", w.file(), "--format", "json").out());

    assertThat(json.path("lake").asString()).isEqualTo(LakeHashes.of(lake).toString());
    for (Map.Entry<String, io.experiencelake.core.hash.ContentHash> e : LakeHashes.entries(lake).entrySet()) {
      assertThat(json.at("/entries/" + e.getKey()).asString()).isEqualTo(e.getValue().toString());
    }
  }

  @Test
  void hashesNothingForALakeWithErrorsAndReportsThemOnStandardError(@TempDir Path folder) {
    Workspace w = ValidateCommandTests.broken(folder);

    Cli.Run run = Cli.run("hash", w.file());

    assertThat(run.exitCode()).isEqualTo(LakeCli.FAILED);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains(" error LAKE-I005: ").endsWith("; nothing was hashed\n");
  }
}
