package io.experiencelake.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.experiencelake.core.Lake;
import io.experiencelake.core.LakeEntry;
import io.experiencelake.core.StatusKind;
import io.experiencelake.render.RenderRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import io.experiencelake.core.verify.ImmutableVerifyOptions;
import io.experiencelake.core.verify.VerificationReport;
import io.experiencelake.core.verify.Verifier;
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
  private static final VerificationReport REPORT = Verifier.of(ImmutableVerifyOptions.builder()
      .evidenceRoot(Path.of("evidence")).allowCommands(true).build()).verify(LAKE);
  private static RenderRun run;

  @BeforeAll
  static void render() throws IOException {
    run = RunExample.render(LAKE, REPORT, EXPORT);
    RunExample.write(LAKE, EXPORT);
  }

  @Test
  void writesEveryOutputTheManifestAndTheLake() {
    for (String file : List.of("cv.md", "cv.txt", "cover-letter.md", "linkedin.txt", "interview.md",
        "portfolio.md", "portfolio/index.html", "resume.json", "cv.pdf", "cover-letter.pdf", "cv.docx", "cover-letter.docx",
        RenderRun.MANIFEST, "lake.json")) {
      assertThat(EXPORT.resolve(file)).isRegularFile();
    }
    assertThat(run.renderers()).containsExactlyInAnyOrder("cv", "cover-letter", "linkedin", "interview", "portfolio", "jsonresume", "pdf", "docx");
  }

  @Test
  void rendersAgainOverAnEarlierRun() throws IOException {
    byte[] resume = Files.readAllBytes(EXPORT.resolve("resume.json"));

    RunExample.render(LAKE, REPORT, EXPORT);
    RunExample.write(LAKE, EXPORT);

    assertThat(Files.readAllBytes(EXPORT.resolve("resume.json"))).isEqualTo(resume);
  }

  @Test
  void showsEveryAchievedClaimOrNamesItAsLeftOutAndNoTargetClaim() throws IOException {
    String cv = Files.readString(EXPORT.resolve("cv.txt"));
    String resume = Files.readString(EXPORT.resolve("resume.json"));
    String letter = Files.readString(EXPORT.resolve("cover-letter.md"));
    String linkedin = Files.readString(EXPORT.resolve("linkedin.txt"));
    String leftOut = run.warnings().stream().filter(w -> w.message().startsWith("the CV leaves out"))
        .map(w -> w.message()).findFirst().orElse("");
    for (LakeEntry entry : LAKE.entries()) {
      if (entry.status().kind() == StatusKind.ACHIEVED) {
        assertThat(cv.contains("- " + entry.claim()) || leftOut.contains("'" + entry.id() + "'"))
            .as("'%s' in the CV or named as left out", entry.id()).isTrue();
      } else if (entry.status().kind() == StatusKind.TARGET) {
        // Targets are not included by default: no CV, resume, letter or LinkedIn text shows them.
        assertThat(cv).doesNotContain(entry.claim());
        assertThat(resume).doesNotContain(entry.claim());
        assertThat(letter).doesNotContain(entry.claim());
        assertThat(linkedin).doesNotContain(entry.claim());
      }
    }
  }
}
