package io.experiencelake.render.docx;

import static org.quicktheories.QuickTheory.qt;

import io.experiencelake.core.Lake;
import io.experiencelake.core.LakeGenerators;
import io.experiencelake.render.ImmutableRenderOptions;
import io.experiencelake.render.PlainText;
import io.experiencelake.render.RenderOptions;
import io.experiencelake.render.Rendition;
import io.experiencelake.render.TextChecks;
import io.experiencelake.render.pdf.DocumentTexts;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Properties of the Word documents over generated lakes. */
class DocxProperties {


  /** The paragraphs of the CV and of the letter, one a line, each document between line breaks. */
  private static List<String> texts(Lake lake, RenderOptions options) {
    Rendition rendition = new DocxRenderer().render(lake, options);
    return rendition.artifacts().stream().map(a -> "\n" + DocxFiles.text(a.bytes()) + "\n").collect(Collectors.toList());
  }

  @Test
  void noTargetClaimAppearsOutsideNext() {
    qt().withExamples(20).forAll(LakeGenerators.lakes()).checkAssert(lake ->
        DocumentTexts.assertTargetsOnlyUnderNext(lake, DocxProperties::texts, "\nNext\n", PlainText::oneLine));
  }

  @Test
  void hostileTextNeverReachesTheDocumentAsControlCharacters() {
    RenderOptions options = ImmutableRenderOptions.builder().today(LakeGenerators.TODAY).includeTargets(true).build();
    qt().withExamples(15).forAll(LakeGenerators.hostileLakes()).checkAssert(lake -> {
      for (String text : texts(lake, options)) {
        TextChecks.assertPrintable("a DOCX's text", text);
      }
    });
  }
}
