package io.experiencelake.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.experiencelake.core.ImmutableLake;
import io.experiencelake.core.Lake;
import io.experiencelake.core.LakeEntry;
import io.experiencelake.core.LakeGenerators;
import io.experiencelake.core.StatusKind;
import io.experiencelake.render.Artifact;
import io.experiencelake.render.ImmutableRenderOptions;
import io.experiencelake.render.PlainText;
import io.experiencelake.render.RenderOptions;
import io.experiencelake.render.Rendition;
import io.experiencelake.render.TextChecks;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Properties of the typeset PDFs over generated lakes; few examples each, since every one typesets two documents. */
class PdfProperties {

  private static final RenderOptions DEFAULT = RenderOptions.today(LakeGenerators.TODAY);
  private static final RenderOptions WITH_TARGETS = ImmutableRenderOptions.builder().today(LakeGenerators.TODAY).includeTargets(true).build();

  /** The text of both documents, each after a marker line: the CV's, then the letter's. */
  private static String[] texts(Lake lake, RenderOptions options) {
    Rendition rendition = new PdfRenderer().render(lake, options);
    return new String[] {text(rendition, PdfRenderer.CV), text(rendition, PdfRenderer.LETTER)};
  }

  private static String text(Rendition rendition, String path) {
    Artifact artifact = rendition.artifacts().stream().filter(a -> a.path().equals(path)).findFirst().orElseThrow();
    return " " + PdfFiles.of(artifact.bytes()).flatText() + " ";
  }

  private static String beforeNext(String text) {
    int at = text.indexOf(" Next ");
    return at < 0 ? text : text.substring(0, at);
  }

  @Test
  void noTargetClaimAppearsOutsideNext() {
    qt().withExamples(12).forAll(LakeGenerators.lakes()).checkAssert(lake -> {
      Lake withoutTargets = ImmutableLake.copyOf(lake).withEntries(lake.entries().stream()
          .filter(e -> e.status().kind() != StatusKind.TARGET).collect(Collectors.toList()));
      String[] plain = texts(lake, DEFAULT);
      String[] next = texts(lake, WITH_TARGETS);
      String[] others = texts(withoutTargets, WITH_TARGETS);
      for (int doc = 0; doc < 2; doc++) {
        assertThat(plain[doc]).as("document %d without targets", doc).doesNotContain(" Next ");
        for (LakeEntry entry : lake.entries()) {
          String claim = DocumentTexts.asPrinted(PlainText.oneLine(entry.claim()));
          if (entry.status().kind() != StatusKind.TARGET || others[doc].contains(claim)) {
            continue; // the same words are another entry's or field's, which may appear
          }
          assertThat(plain[doc]).as("document %d without targets", doc).doesNotContain(claim);
          assertThat(beforeNext(next[doc])).as("document %d before Next", doc).doesNotContain(claim);
        }
      }
    });
  }

  @Test
  void hostileTextNeverReachesThePageAsControlCharacters() {
    qt().withExamples(8).forAll(LakeGenerators.hostileLakes()).checkAssert(lake -> {
      for (String text : texts(lake, WITH_TARGETS)) {
        TextChecks.assertPrintable("a PDF's text", text);
      }
    });
  }
}
