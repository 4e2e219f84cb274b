package io.experiencelake.render.coverage;

import static org.quicktheories.QuickTheory.qt;

import io.experiencelake.core.LakeGenerators;
import io.experiencelake.core.analysis.Coverage;
import io.experiencelake.render.TextChecks;
import org.junit.jupiter.api.Test;

class CoverageRenderingProperties {

  @Test
  void aLakeWithControlCharactersAndBidiMarksInEveryTextGivesPrintableMarkdownAndSvg() {
    qt().withExamples(300).forAll(LakeGenerators.hostileLakes()).checkAssert(lake -> {
      Coverage coverage = Coverage.of(lake, lake.roles().get(0));
      TextChecks.assertPrintable("coverage Markdown", CoverageMarkdown.render(coverage));
      TextChecks.assertPrintable("coverage.svg", CoverageHeatmap.svg(coverage));
    });
  }
}
