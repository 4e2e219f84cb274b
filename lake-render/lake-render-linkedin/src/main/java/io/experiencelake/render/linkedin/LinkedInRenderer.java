package io.experiencelake.render.linkedin;

import io.experiencelake.core.Lake;
import io.experiencelake.render.Artifact;
import io.experiencelake.render.NamedRenderer;
import io.experiencelake.render.RenderOptions;
import io.experiencelake.render.Rendition;
import java.util.List;

/**
 * Renders {@code linkedin.txt}: the texts to paste into a LinkedIn profile, each under a title line
 * giving its length and budget, all in Unicode code points: the headline (at most 220: the owner's
 * headline, then the capabilities achieved work demonstrates most), About (at most 2,600: the
 * owner's summary, then at most {@value LinkedIn#HIGHLIGHTS} highlights) and one experience per
 * engagement (at most 2,000: its summary, then at most {@value LinkedIn#HIGHLIGHTS} bullets).
 *
 * <p>Highlights and bullets are the best entries as {@link io.experiencelake.render.Selection#ranked()}
 * ranks them, each worded as {@link io.experiencelake.render.Phrasing#line} words it: the claim,
 * the figure it does not state yet, and a CURRENT entry's status label ({@code in progress, as of
 * …}). A budget is never exceeded. Parts go in whole while they fit; the first that does not is
 * cut at its last sentence end that fits (or, when it is the section's first part and has none, at
 * a word end with an ellipsis), and everything after it is left out; a {@code LAKE-R001} warning
 * ({@link io.experiencelake.render.RenderDiagnostics#OVER_BUDGET}) names what was cut or left out.
 * TARGET entries appear only when {@link RenderOptions#includeTargets()} is set, and then only in a
 * last section "Next" (at most 2,000).
 *
 * <pre>{@code
 * RenderRun run = Rendering.run(lake, RenderOptions.today(LocalDate.of(2026, 11, 27)), "linkedin");
 * String text = run.artifact("linkedin.txt").text();
 * }</pre>
 */
public final class LinkedInRenderer extends NamedRenderer {

  /** The renderer's name. */
  public static final String NAME = "linkedin";

  /** The text's path in the output folder. */
  public static final String PATH = "linkedin.txt";

  /** Makes the renderer; {@link java.util.ServiceLoader} calls this. */
  public LinkedInRenderer() {
    super(NAME);
  }

  @Override
  public Rendition render(Lake lake, RenderOptions options) {
    LinkedIn linkedIn = new LinkedIn(lake, options);
    return Rendition.of(List.of(Artifact.utf8(PATH, "text/plain; charset=utf-8", linkedIn.text())), linkedIn.warnings(), linkedIn.used());
  }
}
