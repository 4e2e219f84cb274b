package io.experiencelake.applications;

import io.experiencelake.core.Rule;
import static org.assertj.core.api.Assertions.assertThat;

import io.experiencelake.core.Diagnostic;
import io.experiencelake.core.hash.ContentHash;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * Kills a child JVM that applies in a loop at random moments (SIGKILL: no clean-up runs) and checks
 * what it left: never a record whose folder is incomplete, and nothing verify calls intact that is not.
 */
class KilledApplyTests {

  private static final int KILLS = 5;

  /** What a kill may leave: an unrecorded complete folder, an unfinished hidden one, or a torn last line. */
  private static final Set<String> CRASH_TRACES = Set.of(Rule.APPLICATION_FOLDER_UNRECORDED.code(), Rule.APPLICATION_FOLDER_UNFINISHED.code(),
      Rule.LEDGER_LINE_TORN.code());

  @Test
  void aKilledApplyNeverLeavesARecordWhoseFolderIsIncomplete(@TempDir Path dir) throws Exception {
    long seed = System.nanoTime();
    Random random = new Random(seed);
    for (int kill = 1; kill <= KILLS; kill++) {
      Path folder = dir.resolve("kill-" + kill);
      Process child = LedgerChild.start(folder, 1000, "Acme");
      BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
      String first = out.readLine();   // the first apply has landed: the JVM is warm, the next ones are in full flow
      assertThat(first).as("seed %d, kill %d: the child's first line", seed, kill).startsWith("applied 1 ");
      long delay = random.nextInt(400);
      Thread.sleep(delay);
      child.destroyForcibly();
      assertThat(child.waitFor(1, TimeUnit.MINUTES)).isTrue();
      String context = "seed " + seed + ", kill " + kill + " after " + delay + " ms";

      assertEveryRecordedFolderIsComplete(folder, context);
      List<Diagnostic> problems = Ledger.open(folder).verify();
      assertThat(problems).as(context).allMatch(d -> CRASH_TRACES.contains(d.code()));
      if (problems.stream().noneMatch(d -> d.code().equals(Rule.LEDGER_LINE_TORN.code()))) {
        // The ledger holds, so the next apply goes on from where the killed one stopped.
        Ledger.open(folder).apply(Fixture.lake(), Fixture.textJob(), Fixture.options("Acme"));
        assertThat(Ledger.open(folder).verify()).as(context).allMatch(d -> CRASH_TRACES.contains(d.code()));
      }
    }
  }

  /** Read without the library: every complete line that is an application names a folder whose files all match its manifest. */
  private static void assertEveryRecordedFolderIsComplete(Path folder, String context) throws IOException {
    byte[] ledger = Files.readAllBytes(folder.resolve(Ledger.FILE));
    String text = new String(ledger, StandardCharsets.UTF_8);
    String complete = text.substring(0, text.lastIndexOf('\n') + 1);
    for (String line : complete.lines().collect(Collectors.toList())) {
      JsonNode record = RecordJson.MAPPER.readTree(line);
      if (!record.path("kind").stringValue().equals("application")) {
        continue;
      }
      Path app = folder.resolve(record.path("folder").stringValue());
      Path manifest = app.resolve("manifest.json");
      assertThat(manifest).as(context).isRegularFile();
      assertThat(ContentHash.sha256Of(Files.readAllBytes(manifest)).toString()).as(context).isEqualTo(record.path("manifest").stringValue());
      for (JsonNode artifact : RecordJson.MAPPER.readTree(manifest.toFile()).path("artifacts")) {
        Path file = app.resolve(artifact.path("path").stringValue());
        assertThat(Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)).as(context + ": " + file).isTrue();
        assertThat(ContentHash.sha256Of(Files.readAllBytes(file)).hex()).as(context + ": " + file).isEqualTo(artifact.path("sha256").stringValue());
      }
    }
  }
}
