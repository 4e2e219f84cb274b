package io.experiencelake.render.linkedin;

import io.experiencelake.core.Lake;
import io.experiencelake.render.Artifact;
import io.experiencelake.render.ImmutableRendition;
import io.experiencelake.render.RenderOptions;
import io.experiencelake.render.Renderer;
import io.experiencelake.render.Rendition;

/**
 * Renders {@code linkedin.txt}: the texts to paste into a LinkedIn profile, each under a title line
 * giving its length and budget, all in Unicode code points: the headline (at most 220: the owner's
 * headline, then the capabilities the entries demonstrate most), About (at most 2,600: the owner's
 * summary, then a line per selected entry) and one experience per engagement (at most 2,000: its
 * summary, then a line per entry in it).
 *
 * <p>Entries come in lake order, or, when {@link RenderOptions#role()} names a role, strongest
 * match first ({@link io.experiencelake.render.Selection#strongestFirst}), so a cut drops the
 * weakest. A budget is never exceeded. Parts go in whole while they fit; the first that does not is cut
 * at its last sentence end that fits (or, when it is the section's first part and has none, at a
 * word end with an ellipsis), and everything after it is left out; a {@code LAKE-R001} warning
 * ({@link io.experiencelake.render.RenderDiagnostics#OVER_BUDGET}) names what was cut or left out.
 * An ACHIEVED entry reads as done with its strongest figure; a CURRENT one is labelled
 * {@code (in progress, as of YYYY-MM-DD: progress)}; TARGET entries appear only when
 * {@link RenderOptions#includeTargets()} is set, and then only in a last section "Next" (at most
 * 2,000).
 *
 * <pre>{@code
 * RenderRun run = Rendering.run(lake, RenderOptions.today(LocalDate.of(2026, 11, 27)), "linkedin");
 * String text = run.artifact("linkedin.txt").text();
 * }</pre>
 */
public final class LinkedInRenderer implements Renderer {

  /** The renderer's name. */
  public static final String NAME = "linkedin";

  /** The text's path in the output folder. */
  public static final String PATH = "linkedin.txt";

  /** Makes the renderer; {@link java.util.ServiceLoader} calls this. */
  public LinkedInRenderer() {}

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Rendition render(Lake lake, RenderOptions options) {
    LinkedIn linkedIn = new LinkedIn(lake, options);
    return ImmutableRendition.builder()
        .addArtifacts(Artifact.utf8(PATH, "text/plain; charset=utf-8", linkedIn.text()))
        .addAllWarnings(linkedIn.warnings())
        .addAllEntriesUsed(linkedIn.used())
        .build();
  }
}
