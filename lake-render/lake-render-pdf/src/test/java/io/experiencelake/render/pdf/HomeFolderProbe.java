package io.experiencelake.render.pdf;

import io.experiencelake.render.RenderFixtures;
import io.experiencelake.render.Rendering;

/** Renders the small lake's PDFs once and exits: run in a child JVM by {@link PdfRendererTests}. */
final class HomeFolderProbe {

  private HomeFolderProbe() {}

  public static void main(String[] args) {
    Rendering.run(RenderFixtures.smallLake(), RenderFixtures.options(), PdfRenderer.NAME);
  }
}
