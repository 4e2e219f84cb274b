package io.experiencelake.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.experiencelake.core.Cluster;
import io.experiencelake.core.EvidenceAnchor;
import io.experiencelake.core.Lake;
import io.experiencelake.core.LakeEntry;
import io.experiencelake.core.ReportStat;
import io.experiencelake.core.StatusKind;
import io.experiencelake.core.verify.AnchorResult;
import io.experiencelake.core.verify.ImmutableVerifyOptions;
import io.experiencelake.core.verify.VerificationReport;
import io.experiencelake.core.verify.Verifier;
import io.experiencelake.render.Artifact;
import io.experiencelake.render.ImmutableRenderOptions;
import io.experiencelake.render.RenderOptions;
import io.experiencelake.render.RenderRun;
import io.experiencelake.render.Rendering;
import io.experiencelake.render.TextChecks;
import io.experiencelake.render.coverletter.CoverLetterDocument;
import io.experiencelake.render.cv.CvDocument;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The documents a candidate would send, rendered from the example lake for its role
 * {@code mlops-platform} as {@link RunExample} renders them, read as a hiring manager would.
 */
class SeedLakeDocumentsTests {

  private static final Lake LAKE = SeedLake.lake();
  private static final VerificationReport REPORT = Verifier.of(ImmutableVerifyOptions.builder()
      .evidenceRoot(Path.of("evidence")).allowCommands(true).build()).verify(LAKE);
  private static final RenderOptions OPTIONS = ImmutableRenderOptions.builder()
      .today(SeedLake.TODAY).role(RunExample.ROLE).verification(REPORT).build();
  private static final RenderRun RUN = Rendering.run(LAKE, OPTIONS, RunExample.RENDERERS.toArray(new String[0]));

  /** 64 hex digits: a SHA-256. */
  private static final Pattern DIGEST = Pattern.compile("[0-9a-f]{64}");

  private static LakeEntry entry(String id) {
    return LAKE.entries().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
  }

  @Nested
  class CoverLetter {

    private final String letter = RUN.artifact("cover-letter.md").text();

    @Test
    void runsToAtMostFourHundredWords() {
      assertThat(letter.split("\\s+").length).isLessThanOrEqualTo(400);
      assertThat(CoverLetterDocument.of(LAKE, OPTIONS).words()).isLessThanOrEqualTo(400);
    }

    @Test
    void opensAndClosesInTheOwnersWordsAndTellsThreeEntries() {
      CoverLetterDocument document = CoverLetterDocument.of(LAKE, OPTIONS);

      assertThat(document.opening().text()).startsWith("I am applying for the MLOps / ML Platform Engineer role because");
      assertThat(document.closing().text()).startsWith("I would like to bring the same discipline to your platform team.");
      assertThat(document.body()).hasSize(3);
      assertThat(RUN.warnings()).noneMatch(w -> w.message().contains("cover letter"));
    }

    @Test
    void showsNoPathPointerAnchorKindDigestOrEscape() {
      for (LakeEntry entry : LAKE.entries()) {
        for (EvidenceAnchor anchor : entry.evidence()) {
          assertThat(letter).doesNotContain(AnchorResult.labelOf(anchor));
          if (anchor instanceof ReportStat) {
            assertThat(letter).doesNotContain(((ReportStat) anchor).path());
            ((ReportStat) anchor).pointer().ifPresent(p -> assertThat(letter).doesNotContain(p));
          }
        }
      }
      assertThat(letter).doesNotContain("reports/", "runs/", "receipts/", "repro/", "report-stat", "run-output", "repro-step", "sha256", "\\");
      assertThat(DIGEST.matcher(letter).find()).isFalse();
    }

    @Test
    void linksEachEntryToItsPageOnThePortfolio() {
      for (String id : CoverLetterDocument.of(LAKE, OPTIONS).shown()) {
        assertThat(letter).contains("([evidence](<https://alex.example.org/entries/" + id + ".html>))");
      }
    }
  }

  @Nested
  class Cv {

    private final CvDocument cv = CvDocument.fit(LAKE, OPTIONS, d -> d.estimatedPages() <= OPTIONS.pages());

    @Test
    void showsAtMostFiveBulletsPerEngagementOnAtMostTwoPages() {
      cv.sections().forEach(s -> s.groups().forEach(g -> assertThat(g.bullets()).hasSizeLessThanOrEqualTo(5)));
      assertThat(cv.estimatedPages()).isLessThanOrEqualTo(2);
      assertThat(RUN.artifact("cv.txt").text().lines().filter(l -> l.startsWith("- "))).hasSize(cv.shown().size());
    }

    @Test
    void noBulletRepeatsItsFigureAndEveryUnitAgrees() {
      cv.sections().forEach(s -> s.groups().forEach(g -> g.bullets().forEach(b -> TextChecks.assertFigureOnce(entry(b.entryId()), b.text()))));
      for (String path : new String[] {"cv.md", "cv.txt", "linkedin.txt", "interview.md", "resume.json", "cover-letter.md"}) {
        assertThat(RUN.artifact(path).text()).as(path).doesNotContainPattern("\\b1 (digests|runs|rows|records|findings|references|bootstraps|services)\\b");
      }
    }

    @Test
    void namesWhatItLeftOut() {
      assertThat(RUN.warnings()).anySatisfy(w -> assertThat(w.message()).startsWith("the CV leaves out ")
          .contains("to keep to 5 bullets per engagement"));
      String manifest = Rendering.run(LAKE, OPTIONS, "cv").manifest().text();
      cv.shown().forEach(id -> assertThat(manifest).contains("\"id\": \"" + id + "\""));
      cv.leftOut().forEach(left -> assertThat(manifest).doesNotContain("\"" + left.entryId() + "\""));
    }
  }

  @Nested
  class Interview {

    private final String answers = RUN.artifact("interview.md").text();

    @Test
    void asksFollowUpsSentenceCased() {
      assertThat(answers).contains("- **Why not a central database of phase states?**", "- **Why not longer promotion timers?**",
          "- **Why not TRIM\\_HORIZON on every start?**");
      assertThat(answers).doesNotContainPattern("\\*\\*Why not (A|An|The|Longer|Exactly) ");
    }

    @Test
    void neverTellsTheClustersBlurbAsTheSituation() {
      for (Cluster cluster : LAKE.clusters()) {
        assertThat(answers).doesNotContain(cluster.why());
      }
    }

    @Test
    void asksWhyNotOfEveryAlternativeOfEveryAnswer() {
      long alternatives = LAKE.entries().stream().filter(e -> e.status().kind() != StatusKind.TARGET)
          .mapToLong(e -> e.decision().alternatives().size()).sum();

      assertThat(answers.lines().filter(l -> l.startsWith("- **Why not "))).hasSize((int) alternatives);
    }
  }

  @Test
  void everyTextOutputIsPrintableAndThePlainOnesHoldNoEscapes() {
    for (Artifact artifact : RUN.artifacts()) {
      if (artifact.mediaType().startsWith("text/") || artifact.mediaType().startsWith("application/json")) {
        TextChecks.assertPrintable(artifact.path(), artifact.text());
      }
    }
    assertThat(RUN.artifact("cv.txt").text()).doesNotContain("\\");
    assertThat(RUN.artifact("linkedin.txt").text()).doesNotContain("\\");
  }
}
