package io.experiencelake.render.docx;

import io.experiencelake.render.RenderFixtures;
import io.experiencelake.render.Rendering;

/** Renders the small lake's DOCX files once and exits: run in a child JVM by {@link DocxRendererTests}. */
final class StderrProbe {

  private StderrProbe() {}

  public static void main(String[] args) {
    Rendering.run(RenderFixtures.smallLake(), RenderFixtures.options(), DocxRenderer.NAME);
  }
}
