package io.experiencelake.examples;

import static org.quicktheories.QuickTheory.qt;

import io.experiencelake.core.LakeGenerators;
import io.experiencelake.render.Artifact;
import io.experiencelake.render.ImmutableRenderOptions;
import io.experiencelake.render.RenderOptions;
import io.experiencelake.render.RenderRun;
import io.experiencelake.render.Rendering;
import io.experiencelake.render.TextChecks;
import org.junit.jupiter.api.Test;

/**
 * Every text renderer of the example ({@link RunExample#RENDERERS} but {@code pdf} and {@code docx},
 * whose documents' text {@code PdfProperties} and {@code DocxProperties} check), on generated lakes with control characters, escape sequences
 * and bidirectional marks and overrides in every text field: no text file of the render (nor its
 * manifest) holds a C0 control but tab and line feed, a C1 control, a bidirectional override or a
 * lone surrogate.
 */
class AllOutputsProperties {

  private static final RenderOptions OPTIONS = ImmutableRenderOptions.builder()
      .today(LakeGenerators.TODAY).includeTargets(true).role("role-0").contact("Sam\\u0000 \\u202ERivera").build();

  private static final String[] TEXT_RENDERERS = RunExample.RENDERERS.stream()
      .filter(name -> !name.equals("pdf") && !name.equals("docx"))
      .toArray(String[]::new);

  @Test
  void aHostileLakeRendersToPrintableTextInEveryOutput() {
    qt().withExamples(100).forAll(LakeGenerators.hostileLakes()).checkAssert(lake -> {
      RenderRun run = Rendering.run(lake, OPTIONS, TEXT_RENDERERS);
      for (Artifact artifact : run.artifacts()) {
        String type = artifact.mediaType();
        if (type.startsWith("text/") || type.contains("json") || type.endsWith("+xml") || type.endsWith("/xml")) {
          TextChecks.assertPrintable(artifact.path(), artifact.text());
        }
      }
      TextChecks.assertPrintable(RenderRun.MANIFEST, run.manifest().text());
    });
  }
}
