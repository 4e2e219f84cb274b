package io.experiencelake.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.experiencelake.core.Diagnostic;
import io.experiencelake.core.Rule;
import io.experiencelake.core.check.CheckOptions;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A lake file is read once (issue 13, finding 7): a named pipe loads, and diagnostics found later
 * are located from what was read, with no second read that would hang on a pipe.
 */
class ReadOnceTests {

  private static final CheckOptions OPTIONS = CheckOptions.today(LocalDate.of(2026, 11, 27));

  @Test
  void loadsANamedPipeAndLocatesLaterDiagnosticsWithoutReadingItAgain(@TempDir Path folder) throws Exception {
    Path pipe = folder.resolve("lake.json");
    assumeTrue(new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor() == 0, "mkfifo is available");
    String json = LakeJson.write(SampleLakes.small());
    Thread writer = new Thread(() -> {
      try (OutputStream out = Files.newOutputStream(pipe)) {
        out.write(json.getBytes(StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new AssertionError(e);
      }
    });
    writer.start();

    LoadedLake loaded = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> LakeJson.read(pipe, OPTIONS));
    writer.join();
    List<Diagnostic> located = assertTimeoutPreemptively(Duration.ofSeconds(30),
        () -> loaded.locate(List.of(Diagnostic.of(Rule.EVIDENCE_MISSING, "/entries/0/evidence/0", "m", "h"))));

    int anchor = json.indexOf('{', json.indexOf("\"evidence\": ["));
    int[] at = {(int) json.substring(0, anchor).lines().count(), anchor - json.lastIndexOf('\n', anchor)};
    assertThat(located).singleElement().satisfies(d -> {
      assertThat(d.source()).hasValue(pipe.toString());
      assertThat(d.line()).hasValue(at[0]);
      assertThat(d.column()).hasValue(at[1]);
    });
  }

  @Test
  void aLakeMadeInCodeLocatesNothing() {
    LoadedLake loaded = LoadedLake.of(SampleLakes.small(), List.of());
    Diagnostic d = Diagnostic.of(Rule.EVIDENCE_MISSING, "/entries/0", "m", "h");
    assertThat(loaded.locate(List.of(d))).containsExactly(d);
  }
}
