package io.experiencelake.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.experiencelake.core.Diagnostic;
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
import io.experiencelake.render.cv.CvDocument;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PdfRendererTests {

  /** The small lake for its role, with targets: rendered once for the whole class (typesetting is slow). */
  private static final RenderOptions OPTIONS = ImmutableRenderOptions.builder().today(RenderFixtures.TODAY)
      .role("data-platform").includeTargets(true).build();
  private static final Lake LAKE = RenderFixtures.smallLake();
  private static final RenderRun RUN = Rendering.run(LAKE, OPTIONS, PdfRenderer.NAME);
  private static final PdfFiles CV = PdfFiles.of(RUN.artifact(PdfRenderer.CV).bytes());
  private static final PdfFiles LETTER = PdfFiles.of(RUN.artifact(PdfRenderer.LETTER).bytes());

  @Test
  void isFoundByName() {
    assertThat(Renderers.named("pdf")).isInstanceOf(PdfRenderer.class);
  }

  @Test
  void writesACvAndACoverLetterAsPdf() {
    assertThat(RUN.artifacts()).extracting(Artifact::path).containsExactly("cover-letter.pdf", "cv.pdf");
    assertThat(RUN.artifacts()).allSatisfy(a -> {
      assertThat(a.mediaType()).isEqualTo("application/pdf");
      assertThat(new String(a.bytes(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    });
  }

  @Nested
  class Typesetting {

    @Test
    void embedsEveryFontItUsesAndUsesOnlyLiberationSans() {
      for (PdfFiles pdf : List.of(CV, LETTER)) {
        assertThat(pdf.fonts()).isNotEmpty().allSatisfy(name -> assertThat(name).matches("[A-Z]{6}\\+LiberationSans(-Bold|-Italic|-BoldItalic)?"));
        assertThat(pdf.fontsNotEmbedded()).isEmpty();
      }
    }

    @Test
    void isTaggedForAccessibilityWithItsLanguageTitleAndAuthor() {
      for (PdfFiles pdf : List.of(CV, LETTER)) {
        assertThat(pdf.tagged()).isTrue();
        assertThat(pdf.language()).isEqualTo("en");
        assertThat(pdf.author()).isEqualTo("Ada Example");
        assertThat(pdf.xmp()).contains("<pdfuaid:part>1</pdfuaid:part>");
      }
      assertThat(CV.title()).isEqualTo("Ada Example \u2014 CV");
      assertThat(LETTER.title()).isEqualTo("Ada Example \u2014 cover letter");
    }

    @Test
    void isSetOnA4ByDefaultAndOnUsLetterWhenAsked() {
      assertThat(CV.pageSize().getWidth()).isCloseTo(595.3f, org.assertj.core.data.Offset.offset(0.5f));
      assertThat(CV.pageSize().getHeight()).isCloseTo(841.9f, org.assertj.core.data.Offset.offset(0.5f));
      RenderOptions letter = ImmutableRenderOptions.copyOf(OPTIONS).withPaper(PaperSize.LETTER);

      PdfFiles onLetter = PdfFiles.of(new PdfRenderer().render(LAKE, letter).artifacts().get(0).bytes());

      assertThat(onLetter.pageSize().getWidth()).isEqualTo(612f);
      assertThat(onLetter.pageSize().getHeight()).isEqualTo(792f);
    }

    @Test
    void showsEveryBulletOfTheCvDocumentInOrderUnderItsHeadings() {
      assertThat(DocumentTexts.assertBulletsInOrder(CvDocument.of(LAKE, OPTIONS), CV.flatText())).isEqualTo(4);
      assertThat(CV.flatText()).contains("Cut *failed* nightly loads from 12 to 0 a week with [bounded] batches");
    }

    @Test
    void showsTargetsOnlyUnderNext() {
      String text = CV.flatText();

      assertThat(text.indexOf("Will trace every ledger row")).isGreaterThan(text.indexOf(" Next "));
      assertThat(PdfFiles.of(new PdfRenderer().render(LAKE, RenderFixtures.options()).artifacts().get(0).bytes()).flatText())
          .doesNotContain("Will trace every ledger row", "Next");
    }

    @Test
    void keepsTheLetterToOnePage() {
      assertThat(LETTER.pages()).isEqualTo(1);
      assertThat(LETTER.flatText()).contains("Dear hiring manager,", "Kind regards,", "Re: Data Platform Engineer");
    }
  }

  @Nested
  class Provenance {

    @Test
    void carriesTheLakeHashAndTheHashOfEveryEntryTheCvShows() {
      CvDocument cv = CvDocument.of(LAKE, OPTIONS);

      assertThat(CV.xmp()).contains("xmlns:lake=\"https://experiencelake.io/ns/provenance/1.0/\"")
          .contains("<lake:lakeHash>" + LakeHashes.of(LAKE) + "</lake:lakeHash>");
      assertThat(cv.shown()).isNotEmpty();
      for (String id : cv.shown()) {
        String hash = LAKE.entries().stream().filter(e -> e.id().equals(id)).findFirst().map(LakeHashes::of).orElseThrow().toString();
        assertThat(CV.xmp()).contains("<rdf:li>" + id + " " + hash + "</rdf:li>");
        assertThat(RUN.manifest().text()).contains(hash);
      }
    }

    @Test
    void isDatedTheInjectedTodayAtMidnightUtc() {
      assertThat(CV.xmp()).contains("<xmp:CreateDate>2026-11-27T00:00:00+00:00</xmp:CreateDate>",
          "<xmp:ModifyDate>2026-11-27T00:00:00+00:00</xmp:ModifyDate>");
      try (PDDocument pdf = Loader.loadPDF(RUN.artifact(PdfRenderer.CV).bytes())) {
        assertThat(pdf.getDocumentInformation().getCreationDate().toInstant()).isEqualTo(java.time.Instant.parse("2026-11-27T00:00:00Z"));
        assertThat(pdf.getDocumentInformation().getModificationDate().toInstant()).isEqualTo(java.time.Instant.parse("2026-11-27T00:00:00Z"));
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
  }

  @Nested
  class Reproducibility {

    @Test
    void writesTheSameBytesOnEveryRun() {
      assertThat(Determinism.texts(Rendering.run(LAKE, OPTIONS, PdfRenderer.NAME))).isEqualTo(Determinism.texts(RUN));
    }

    @Test
    void writesTheSameBytesWhenManyRendersTypesetAtOnce() throws Exception {
      String expected = Determinism.texts(RUN);
      ExecutorService threads = Executors.newFixedThreadPool(4);
      try {
        List<Future<String>> renders = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
          renders.add(threads.submit(() -> Determinism.texts(Rendering.run(LAKE, OPTIONS, PdfRenderer.NAME))));
        }
        for (Future<String> render : renders) {
          assertThat(render.get(2, TimeUnit.MINUTES)).isEqualTo(expected);
        }
      } finally {
        threads.shutdownNow();
      }
    }

    @ParameterizedTest
    @CsvSource({"tr-TR, Pacific/Kiritimati", "ja-JP, Asia/Tokyo", "en-US, America/Los_Angeles"})
    void writesTheSameBytesWhateverTheDefaultLocaleAndTimeZone(String locale, String zone) {
      String actual = Determinism.under(locale, zone, () -> Determinism.texts(Rendering.run(LAKE, OPTIONS, PdfRenderer.NAME)));

      assertThat(actual).isEqualTo(Determinism.texts(RUN));
    }

    @Test
    void derivesTheDocumentIdFromTheContent() {
      RenderOptions later = ImmutableRenderOptions.copyOf(OPTIONS).withToday(LocalDate.of(2026, 11, 28));

      String one = id(RUN.artifact(PdfRenderer.CV).bytes());
      String other = id(new PdfRenderer().render(LAKE, later).artifacts().stream().filter(a -> a.path().equals(PdfRenderer.CV)).findFirst().orElseThrow().bytes());

      assertThat(one).isNotEqualTo(other);
      assertThat(one).isEqualTo(id(Rendering.run(LAKE, OPTIONS, PdfRenderer.NAME).artifact(PdfRenderer.CV).bytes()));
    }

    private String id(byte[] pdf) {
      try (PDDocument doc = Loader.loadPDF(pdf)) {
        return doc.getDocument().getDocumentID().toString();
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
  }

  @Nested
  class Offline {

    @Test
    void loadsNothingButItsOwnStylesheetsFromTheClassPath() throws IOException {
      HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      AtomicInteger requests = new AtomicInteger();
      server.createContext("/", exchange -> {
        requests.incrementAndGet();
        exchange.sendResponseHeaders(404, -1);
        exchange.close();
      });
      server.start();
      try {
        String http = "http://127.0.0.1:" + server.getAddress().getPort();
        String xhtml = "<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\"><head><title>t</title>"
            + "<link rel=\"stylesheet\" href=\"document.css\"/>"
            + "<link rel=\"stylesheet\" href=\"" + http + "/remote.css\"/>"
            + "<link rel=\"stylesheet\" href=\"file:///etc/hostname\"/>"
            + "<link rel=\"stylesheet\" href=\"../../../../liberation/LICENSE\"/>"
            + "<link rel=\"stylesheet\" href=\"classpath:/liberation/README\"/></head>"
            + "<body><p>text</p><img src=\"" + http + "/image.png\" alt=\"remote\"/><img src=\"jar:file:/x.jar!/y.png\" alt=\"jar\"/></body></html>";

        Typesetter.Typeset typeset = Typesetter.typeset(xhtml, PaperSize.A4, RenderFixtures.TODAY, Optional.empty());

        assertThat(requests).hasValue(0);
        assertThat(typeset.refused()).contains(http + "/remote.css", "file:///etc/hostname", "../../../../liberation/LICENSE",
            "classpath:/liberation/README", http + "/image.png", "jar:file:/x.jar!/y.png").doesNotContain("document.css");
        assertThat(PdfFiles.of(typeset.pdf()).text()).contains("text");
      } finally {
        server.stop(0);
      }
    }

    @Test
    void refusesADoctypeSoNoDtdIsEverFetched() {
      String xhtml = "<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Strict//EN\" \"http://127.0.0.1:9/xhtml1-strict.dtd\">"
          + "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>t</title></head><body/></html>";

      org.assertj.core.api.Assertions.assertThatThrownBy(() -> Typesetter.typeset(xhtml, PaperSize.A4, RenderFixtures.TODAY, Optional.empty()))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not well-formed XHTML");
    }

    @Test
    void writesNothingIntoTheHomeFolderNorOnStandardError(@TempDir Path home) throws IOException {
      ChildJvm.Result result = ChildJvm.run(HomeFolderProbe.class, List.of("-Duser.home=" + home));

      assertThat(result.exitCode()).as(result.err()).isZero();
      assertThat(result.err()).isEmpty();
      try (Stream<Path> files = Files.list(home)) {
        assertThat(files).as("files PDFBox or openhtmltopdf left in the home folder").isEmpty();
      }
    }
  }

  @Nested
  class PageLimit {

    @Test
    void leavesOutBulletsUntilTheCvFitsTwoPagesAndSaysWhich() {
      Lake lake = LongLakes.lake(14, 6);

      Rendition rendition = new PdfRenderer().render(lake, RenderOptions.today(LongLakes.TODAY));

      PdfFiles cv = PdfFiles.of(rendition.artifacts().get(0).bytes());
      assertThat(cv.pages()).isLessThanOrEqualTo(2);
      Diagnostic fit = rendition.warnings().stream().filter(w -> w.message().contains("to fit the CV on 2 pages")).findFirst().orElseThrow();
      java.util.regex.Matcher ids = java.util.regex.Pattern.compile("'(e\\d+x\\d+)'").matcher(fit.message());
      int leftOut = 0;
      while (ids.find()) {
        assertThat(cv.flatText()).as(ids.group(1)).doesNotContain(LongLakes.claim(ids.group(1)));
        leftOut++;
      }
      assertThat(leftOut).isPositive();
      assertThat(rendition.entriesUsed()).allSatisfy(id -> assertThat(cv.flatText() + PdfFiles.of(rendition.artifacts().get(1).bytes()).flatText())
          .contains(LongLakes.claim(id).substring(0, 40)));
    }
  }

  @Nested
  class HostileText {

    private final Rendition rendition = new PdfRenderer().render(HostileLakes.lake(),
        ImmutableRenderOptions.builder().today(RenderFixtures.TODAY).role("r").build());

    private PdfFiles pdf(String path) {
      return PdfFiles.of(rendition.artifacts().stream().filter(a -> a.path().equals(path)).findFirst().orElseThrow().bytes());
    }

    @Test
    void showsMarkupAndScriptsAsText() {
      for (Artifact artifact : rendition.artifacts()) {
        String text = PdfFiles.of(artifact.bytes()).flatText();
        assertThat(text).as(artifact.path()).contains("<script>alert(1)</script><img src=x onerror=alert(2)> <b>bold</b> & \"q\"");
      }
      assertThat(pdf(PdfRenderer.CV).flatText()).contains("claim <script>");
    }

    @Test
    void carriesNoControlCharacterNorBidiOverride() {
      for (Artifact artifact : rendition.artifacts()) {
        String text = PdfFiles.of(artifact.bytes()).text();
        assertThat(text.chars().filter(c -> (c < 0x20 && c != '\n') || (c >= 0x7f && c <= 0x9f) || (c >= 0x202a && c <= 0x202e)))
            .as(artifact.path()).isEmpty();
        assertThat(text).contains("bell esc[31m del c1");
      }
    }

    @Test
    void linksOnlyToWebAndMailAddresses() throws IOException {
      for (Artifact artifact : rendition.artifacts()) {
        try (PDDocument pdf = Loader.loadPDF(artifact.bytes())) {
          for (PDPage page : pdf.getPages()) {
            for (PDAnnotation annotation : page.getAnnotations()) {
              if (annotation instanceof PDAnnotationLink && ((PDAnnotationLink) annotation).getAction() instanceof PDActionURI) {
                String uri = ((PDActionURI) ((PDAnnotationLink) annotation).getAction()).getURI();
                assertThat(uri).matches("(https?|mailto):.*");
              }
            }
          }
        }
      }
      assertThat(pdf(PdfRenderer.CV).flatText()).contains("javascript:alert(3)");
    }

    @Test
    void breaksTheTenThousandCharacterWordInsteadOfLosingIt() {
      String text = pdf(PdfRenderer.CV).text().replaceAll("\\s+", "");

      assertThat(text).contains(HostileLakes.LONG_WORD);
    }
  }
}
