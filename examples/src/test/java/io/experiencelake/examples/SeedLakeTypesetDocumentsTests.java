package io.experiencelake.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.experiencelake.core.Lake;
import io.experiencelake.core.verify.ImmutableVerifyOptions;
import io.experiencelake.core.verify.Verifier;
import io.experiencelake.render.Determinism;
import io.experiencelake.render.ImmutableRenderOptions;
import io.experiencelake.render.RenderOptions;
import io.experiencelake.render.RenderRun;
import io.experiencelake.render.Rendering;
import io.experiencelake.render.pdf.DocumentTexts;
import io.experiencelake.render.pdf.PdfFiles;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The documents a candidate sends, for the example lake rendered for its role as the README's main
 * command renders it: {@code cv.pdf}, {@code cover-letter.pdf}, {@code cv.docx} and
 * {@code cover-letter.docx}, against {@code cv.md} and {@code cover-letter.md}.
 */
class SeedLakeTypesetDocumentsTests {

  /** The options RunExample renders with: the role, and the evidence verified. */
  static final RenderOptions OPTIONS = ImmutableRenderOptions.builder()
      .today(SeedLake.TODAY)
      .role(RunExample.ROLE)
      .verification(Verifier.of(ImmutableVerifyOptions.builder().evidenceRoot(Path.of("evidence")).allowCommands(true).build())
          .verify(SeedLake.lake()))
      .build();
  private static final Lake LAKE = SeedLake.lake();
  private static final String[] RENDERERS = {"cv", "cover-letter", "pdf", "docx"};
  private static final RenderRun RUN = Rendering.run(LAKE, OPTIONS, RENDERERS);
  private static final PdfFiles CV = PdfFiles.of(RUN.artifact("cv.pdf").bytes());
  private static final PdfFiles LETTER = PdfFiles.of(RUN.artifact("cover-letter.pdf").bytes());

  @Test
  void setsTheCvOnAtMostTwoA4PagesAndTheLetterOnOne() {
    assertThat(CV.pages()).isBetween(1, 2);
    assertThat(LETTER.pages()).isEqualTo(1);
    assertThat(CV.pageSize().getWidth()).isBetween(595f, 596f);
    assertThat(CV.pageSize().getHeight()).isBetween(841f, 842f);
  }

  @Test
  void embedsEveryFontAndIsTagged() {
    for (PdfFiles pdf : List.of(CV, LETTER)) {
      assertThat(pdf.fonts()).isNotEmpty();
      assertThat(pdf.fontsNotEmbedded()).isEmpty();
      assertThat(pdf.tagged()).isTrue();
    }
  }

  @Test
  void showsEveryBulletOfCvMdInOrderInThePdfAndTheDocx() {
    List<String> bullets = bullets(RUN.artifact("cv.md").text());
    String pdf = CV.flatText();
    String docx = docxText(RUN.artifact("cv.docx").bytes()).replaceAll("\\s+", " ");

    assertThat(bullets).hasSizeGreaterThan(5);
    for (String text : List.of(pdf, docx)) {
      int at = 0;
      for (String bullet : bullets) {
        int found = text.indexOf(bullet, at);
        assertThat(found).as("'%s' in order in:%n%s", bullet, text).isGreaterThanOrEqualTo(at);
        at = found + bullet.length();
      }
    }
  }

  @Test
  void keepsTheLetterToFourHundredWordsWithNoEvidencePlumbing() {
    String text = LETTER.flatText();

    assertThat(text.strip().split(" ")).hasSizeLessThanOrEqualTo(400);
    assertThat(text).doesNotContain("report-stat", "run-output", "repro-step", "sha256", ".json", ".log", ".csv",
        "reports/", "runs/", "receipts/", "/partial", "\\");
    assertThat(text).contains("Dear hiring manager,", "Kind regards,");
    assertThat(docxText(RUN.artifact("cover-letter.docx").bytes()).replaceAll("\\s+", " ")).contains(firstSentence(RUN.artifact("cover-letter.md").text()));
  }

  @ParameterizedTest
  @CsvSource({"tr-TR, Europe/Istanbul", "ja-JP, Asia/Tokyo"})
  void writesTheSameBytesTwiceAndUnderOtherLocalesAndTimeZones(String locale, String zone) {
    String first = Determinism.texts(RUN);

    assertThat(Determinism.texts(Rendering.run(LAKE, OPTIONS, RENDERERS))).isEqualTo(first);
    assertThat(Determinism.under(locale, zone, () -> Determinism.texts(Rendering.run(LAKE, OPTIONS, RENDERERS)))).isEqualTo(first);
  }

  /** The bullets of a Markdown CV ({@code - } lines), their backslash escapes undone: the text a reader sees. */
  static List<String> bullets(String markdown) {
    List<String> bullets = new ArrayList<>();
    for (String line : markdown.split("\n")) {
      if (line.startsWith("- ")) {
        bullets.add(DocumentTexts.asPrinted(line.substring(2).replaceAll("\\\\(.)", "$1")));
      }
    }
    return bullets;
  }

  private static String firstSentence(String markdown) {
    for (String line : markdown.split("\n")) {
      if (line.startsWith("I ")) {
        return line.substring(0, line.indexOf('.') + 1).replaceAll("\\\\(.)", "$1");
      }
    }
    throw new AssertionError("no paragraph in the first person in:\n" + markdown);
  }

  private static String docxText(byte[] docx) {
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx)); XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
      return extractor.getText();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
