package io.experiencelake.render.pdf;

import static org.quicktheories.QuickTheory.qt;

import io.experiencelake.core.Lake;
import io.experiencelake.core.LakeGenerators;
import io.experiencelake.render.Artifact;
import io.experiencelake.render.ImmutableRenderOptions;
import io.experiencelake.render.PlainText;
import io.experiencelake.render.RenderOptions;
import io.experiencelake.render.Rendition;
import io.experiencelake.render.TextChecks;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Properties of the typeset PDFs over generated lakes; few examples each, since every one typesets two documents. */
class PdfProperties {


  /** The text of both documents, the CV's then the letter's, with a space at either end. */
  private static List<String> texts(Lake lake, RenderOptions options) {
    Rendition rendition = new PdfRenderer().render(lake, options);
    return List.of(text(rendition, PdfRenderer.CV), text(rendition, PdfRenderer.LETTER));
  }

  private static String text(Rendition rendition, String path) {
    Artifact artifact = rendition.artifacts().stream().filter(a -> a.path().equals(path)).findFirst().orElseThrow();
    return " " + PdfFiles.of(artifact.bytes()).flatText() + " ";
  }

  @Test
  void noTargetClaimAppearsOutsideNext() {
    qt().withExamples(10).forAll(LakeGenerators.lakes()).checkAssert(lake ->
        DocumentTexts.assertTargetsOnlyUnderNext(lake, PdfProperties::texts, " Next ", claim -> DocumentTexts.asPrinted(PlainText.oneLine(claim))));
  }

  @Test
  void hostileTextNeverReachesThePageAsControlCharacters() {
    RenderOptions options = ImmutableRenderOptions.builder().today(LakeGenerators.TODAY).includeTargets(true).build();
    qt().withExamples(6).forAll(LakeGenerators.hostileLakes()).checkAssert(lake -> {
      for (String text : texts(lake, options)) {
        TextChecks.assertPrintable("a PDF's text", text);
      }
    });
  }
}
