package io.experiencelake.render.docx;

import static org.assertj.core.api.Assertions.assertThat;

import io.experiencelake.core.Lake;
import io.experiencelake.core.hash.LakeHashes;
import io.experiencelake.render.Artifact;
import io.experiencelake.render.ChildJvm;
import io.experiencelake.render.Determinism;
import io.experiencelake.render.ImmutableRenderOptions;
import io.experiencelake.render.PaperSize;
import io.experiencelake.render.RenderFixtures;
import io.experiencelake.render.RenderOptions;
import io.experiencelake.render.RenderRun;
import io.experiencelake.render.Renderers;
import io.experiencelake.render.Rendering;
import io.experiencelake.render.Rendition;
import io.experiencelake.render.TextChecks;
import io.experiencelake.render.cv.CvDocument;
import io.experiencelake.render.pdf.DocumentTexts;
import io.experiencelake.render.pdf.HostileLakes;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHyperlink;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DocxRendererTests {

  private static final RenderOptions OPTIONS = ImmutableRenderOptions.builder().today(RenderFixtures.TODAY)
      .role("data-platform").includeTargets(true).build();
  private static final Lake LAKE = RenderFixtures.smallLake();
  private static final RenderRun RUN = Rendering.run(LAKE, OPTIONS, DocxRenderer.NAME);
  private static final byte[] CV = RUN.artifact(DocxRenderer.CV).bytes();
  private static final byte[] LETTER = RUN.artifact(DocxRenderer.LETTER).bytes();

  @Test
  void isFoundByName() {
    assertThat(Renderers.named("docx")).isInstanceOf(DocxRenderer.class);
  }

  @Test
  void writesACvAndACoverLetterAsWordDocuments() {
    assertThat(RUN.artifacts()).extracting(Artifact::path).containsExactly("cover-letter.docx", "cv.docx");
    assertThat(RUN.artifacts()).allSatisfy(a -> {
      assertThat(a.mediaType()).isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
      assertThat(a.bytes()[0]).isEqualTo((byte) 'P');
      assertThat(a.bytes()[1]).isEqualTo((byte) 'K');
    });
  }

  @Nested
  class Styles {

    @Test
    void setsEachPartInWordsOwnBuiltInStyles() {
      List<DocxFiles.Paragraph> paragraphs = DocxFiles.paragraphs(CV);

      assertThat(paragraphs.get(0)).isEqualTo(new DocxFiles.Paragraph("Title", "Ada Example"));
      assertThat(paragraphs.get(1)).isEqualTo(new DocxFiles.Paragraph("Subtitle", "Data engineer"));
      assertThat(paragraphs).filteredOn(p -> p.style().equals("Heading1")).extracting(DocxFiles.Paragraph::text)
          .containsExactly("Experience", "Selected work", "Skills", "Next");
      assertThat(paragraphs).filteredOn(p -> p.style().equals("Heading2")).extracting(DocxFiles.Paragraph::text)
          .containsExactly("Maintainer \u2014 Open ledger\tJul 2023 \u2013 present", "Data engineer \u2014 Acme Ltd\tJan 2021 \u2013 Jun 2023");
      assertThat(paragraphs).filteredOn(p -> p.style().equals("ListBullet")).hasSize(4);
    }

    @Test
    void definesThoseStylesUnderTheNamesWordKnows() throws IOException {
      try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(CV))) {
        XWPFStyles styles = doc.getStyles();
        assertThat(styles.getStyle("Title").getName()).isEqualTo("Title");
        assertThat(styles.getStyle("Heading1").getName()).isEqualTo("heading 1");
        assertThat(styles.getStyle("Heading2").getName()).isEqualTo("heading 2");
        assertThat(styles.getStyle("ListBullet").getName()).isEqualTo("List Bullet");
        assertThat(doc.getNumbering().getNum(java.math.BigInteger.ONE)).isNotNull();
      }
    }

    @Test
    void readsInTheCvsOrderForAnApplicantTrackingSystem() {
      String text = DocxFiles.text(CV).replaceAll("\\s+", " ");

      assertThat(DocumentTexts.assertBulletsInOrder(CvDocument.fit(LAKE, OPTIONS, d -> d.estimatedPages() <= OPTIONS.pages()), text))
          .isEqualTo(4);
    }

    @Test
    void writesTheLetterAsParagraphsWithItsSubjectInBold() throws IOException {
      List<DocxFiles.Paragraph> paragraphs = DocxFiles.paragraphs(LETTER);

      assertThat(paragraphs.get(0)).isEqualTo(new DocxFiles.Paragraph("Title", "Ada Example"));
      assertThat(paragraphs).contains(new DocxFiles.Paragraph("Date", "27 November 2026"),
          new DocxFiles.Paragraph("BodyText", "Re: Data Platform Engineer"), new DocxFiles.Paragraph("Salutation", "Dear hiring manager,"),
          new DocxFiles.Paragraph("Closing", "Kind regards,"), new DocxFiles.Paragraph("Signature", "Ada Example"));
      assertThat(paragraphs).filteredOn(p -> p.style().equals("BodyText")).hasSizeGreaterThanOrEqualTo(4);
      try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(LETTER))) {
        assertThat(doc.getParagraphs().stream().filter(p -> p.getText().equals("Re: Data Platform Engineer")).findFirst().orElseThrow()
            .getRuns().get(0).isBold()).isTrue();
      }
    }

    @Test
    void setsTheRightPaperSize() throws IOException {
      RenderOptions letter = ImmutableRenderOptions.copyOf(OPTIONS).withPaper(PaperSize.LETTER);
      byte[] onLetter = new DocxRenderer().render(LAKE, letter).artifacts().get(0).bytes();

      try (XWPFDocument a4 = new XWPFDocument(new ByteArrayInputStream(CV));
          XWPFDocument us = new XWPFDocument(new ByteArrayInputStream(onLetter))) {
        assertThat(a4.getDocument().getBody().getSectPr().getPgSz().getW()).hasToString("11906");
        assertThat(us.getDocument().getBody().getSectPr().getPgSz().getW()).hasToString("12240");
        assertThat(us.getDocument().getBody().getSectPr().getPgSz().getH()).hasToString("15840");
      }
    }
  }

  @Nested
  class Properties {

    @Test
    void carriesTitleAuthorAndTheInjectedTodayAsItsDates() throws IOException {
      try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(CV))) {
        POIXMLProperties.CoreProperties core = doc.getProperties().getCoreProperties();
        Date today = Date.from(RenderFixtures.TODAY.atStartOfDay(ZoneOffset.UTC).toInstant());
        assertThat(core.getTitle()).isEqualTo("Ada Example \u2014 CV");
        assertThat(core.getCreator()).isEqualTo("Ada Example");
        assertThat(core.getCreated()).isEqualTo(today);
        assertThat(core.getModified()).isEqualTo(today);
      }
    }

    @Test
    void carriesTheLakeHashAndTheHashOfEveryEntryItShows() throws IOException {
      try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(CV))) {
        POIXMLProperties.CustomProperties custom = doc.getProperties().getCustomProperties();
        assertThat(custom.getProperty("Experience Lake lake hash").getLpwstr()).isEqualTo(LakeHashes.of(LAKE).toString());
        String entries = custom.getProperty("Experience Lake entries").getLpwstr();
        for (String id : CvDocument.of(LAKE, OPTIONS).shown()) {
          assertThat(entries).contains(id + " " + LakeHashes.of(LAKE.entries().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow()));
        }
      }
    }
  }

  @Nested
  class Reproducibility {

    @Test
    void writesTheSameBytesOnEveryRun() {
      assertThat(Determinism.texts(Rendering.run(LAKE, OPTIONS, DocxRenderer.NAME))).isEqualTo(Determinism.texts(RUN));
    }

    @ParameterizedTest
    @CsvSource({"tr-TR, Pacific/Kiritimati", "ja-JP, Asia/Tokyo", "en-US, America/Los_Angeles"})
    void writesTheSameBytesWhateverTheDefaultLocaleAndTimeZone(String locale, String zone) {
      String actual = Determinism.under(locale, zone, () -> Determinism.texts(Rendering.run(LAKE, OPTIONS, DocxRenderer.NAME)));

      assertThat(actual).isEqualTo(Determinism.texts(RUN));
    }

    @Test
    void stampsEveryZipEntryWithTheInjectedTodayAndPutsTheContentTypesFirst() throws IOException {
      List<String> names = new ArrayList<>();
      try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(CV))) {
        for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
          names.add(entry.getName());
          assertThat(entry.getTimeLocal()).as(entry.getName()).isEqualTo(RenderFixtures.TODAY.atStartOfDay());
        }
      }
      assertThat(names.subList(0, 2)).containsExactly("[Content_Types].xml", "_rels/.rels");
      assertThat(names.subList(2, names.size())).isSorted();
    }

    @Test
    void printsNothingOnStandardErrorNotEvenLog4jsMissingProviderLine() {
      ChildJvm.Result result = ChildJvm.run(StderrProbe.class, List.of());

      assertThat(result.exitCode()).as(result.err()).isZero();
      assertThat(result.err()).isEmpty();
    }
  }

  @Nested
  class HostileText {

    private final Rendition rendition = new DocxRenderer().render(HostileLakes.lake(),
        ImmutableRenderOptions.builder().today(RenderFixtures.TODAY).role("r").build());

    @Test
    void writesMarkupAndScriptsAsTextWithoutControlCharacters() {
      for (Artifact artifact : rendition.artifacts()) {
        String text = DocxFiles.text(artifact.bytes());
        assertThat(text).as(artifact.path()).contains(HostileLakes.MARKUP);
        TextChecks.assertPrintable(artifact.path(), text);
      }
      assertThat(DocxFiles.text(rendition.artifacts().get(0).bytes())).contains("claim <script>", HostileLakes.LONG_WORD);
    }

    @Test
    void linksOnlyToWebAndMailAddresses() throws IOException {
      for (Artifact artifact : rendition.artifacts()) {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(artifact.bytes()))) {
          for (XWPFHyperlink link : doc.getHyperlinks()) {
            assertThat(link.getURL()).matches("(https?|mailto):.*");
          }
        }
      }
    }
  }
}
