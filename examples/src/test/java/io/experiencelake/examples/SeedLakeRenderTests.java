package io.experiencelake.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.experiencelake.core.Lake;
import io.experiencelake.core.LakeEntry;
import io.experiencelake.core.StatusKind;
import io.experiencelake.render.RenderRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Renders the seed lake the way {@link RunExample} does into {@code target/lake}, where
 * {@code .ci/run} then checks {@code resume.json} against the official schema with ajv.
 */
class SeedLakeRenderTests {

  /** The export folder, relative to the module (Surefire's working directory). */
  static final Path EXPORT = Path.of("target", "lake");

  private static final Lake LAKE = SeedLake.lake();
  private static RenderRun run;

  @BeforeAll
  static void render() throws IOException {
    run = RunExample.render(LAKE, EXPORT);
    RunExample.write(LAKE, EXPORT);
  }

  @Test
  void writesTheCvTheResumeTheManifestAndTheLake() {
    assertThat(EXPORT.resolve("cv.md")).isRegularFile();
    assertThat(EXPORT.resolve("cv.txt")).isRegularFile();
    assertThat(EXPORT.resolve("resume.json")).isRegularFile();
    assertThat(EXPORT.resolve(RenderRun.MANIFEST)).isRegularFile();
    assertThat(EXPORT.resolve("lake.json")).isRegularFile();
    assertThat(run.renderers()).containsExactly("cv", "jsonresume");
  }

  @Test
  void rendersAgainOverAnEarlierRun() throws IOException {
    byte[] resume = Files.readAllBytes(EXPORT.resolve("resume.json"));

    RunExample.render(LAKE, EXPORT);
    RunExample.write(LAKE, EXPORT);

    assertThat(Files.readAllBytes(EXPORT.resolve("resume.json"))).isEqualTo(resume);
  }

  @Test
  void showsEveryAchievedClaimAndNoTargetClaim() throws IOException {
    String cv = Files.readString(EXPORT.resolve("cv.txt"));
    String resume = Files.readString(EXPORT.resolve("resume.json"));
    for (LakeEntry entry : LAKE.entries()) {
      if (entry.status().kind() == StatusKind.ACHIEVED) {
        assertThat(cv).contains("- " + entry.claim());
        assertThat(resume).contains(entry.claim().replace("\"", "\\\""));
      } else if (entry.status().kind() == StatusKind.TARGET) {
        assertThat(cv).doesNotContain(entry.claim());
        assertThat(resume).doesNotContain(entry.claim());
      }
    }
  }
}
