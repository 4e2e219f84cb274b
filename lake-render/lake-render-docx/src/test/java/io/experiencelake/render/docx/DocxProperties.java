package io.experiencelake.render.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.experiencelake.core.ImmutableLake;
import io.experiencelake.core.Lake;
import io.experiencelake.core.LakeEntry;
import io.experiencelake.core.LakeGenerators;
import io.experiencelake.core.StatusKind;
import io.experiencelake.render.ImmutableRenderOptions;
import io.experiencelake.render.PlainText;
import io.experiencelake.render.RenderOptions;
import io.experiencelake.render.Rendition;
import io.experiencelake.render.TextChecks;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Properties of the Word documents over generated lakes. */
class DocxProperties {

  private static final RenderOptions DEFAULT = RenderOptions.today(LakeGenerators.TODAY);
  private static final RenderOptions WITH_TARGETS = ImmutableRenderOptions.builder().today(LakeGenerators.TODAY).includeTargets(true).build();

  /** The paragraphs of the CV and of the letter, one a line, each document between line breaks. */
  private static String[] texts(Lake lake, RenderOptions options) {
    Rendition rendition = new DocxRenderer().render(lake, options);
    return rendition.artifacts().stream().map(a -> "\n" + DocxFiles.text(a.bytes()) + "\n").toArray(String[]::new);
  }

  private static String beforeNext(String text) {
    int at = text.indexOf("\nNext\n");
    return at < 0 ? text : text.substring(0, at);
  }

  @Test
  void noTargetClaimAppearsOutsideNext() {
    qt().withExamples(30).forAll(LakeGenerators.lakes()).checkAssert(lake -> {
      Lake withoutTargets = ImmutableLake.copyOf(lake).withEntries(lake.entries().stream()
          .filter(e -> e.status().kind() != StatusKind.TARGET).collect(Collectors.toList()));
      String[] plain = texts(lake, DEFAULT);
      String[] next = texts(lake, WITH_TARGETS);
      String[] others = texts(withoutTargets, WITH_TARGETS);
      for (int doc = 0; doc < plain.length; doc++) {
        assertThat(plain[doc]).as("document %d without targets", doc).doesNotContain("\nNext\n");
        for (LakeEntry entry : lake.entries()) {
          String claim = PlainText.oneLine(entry.claim());
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
  void hostileTextNeverReachesTheDocumentAsControlCharacters() {
    qt().withExamples(20).forAll(LakeGenerators.hostileLakes()).checkAssert(lake -> {
      for (String text : texts(lake, WITH_TARGETS)) {
        TextChecks.assertPrintable("a DOCX's text", text);
      }
    });
  }
}
