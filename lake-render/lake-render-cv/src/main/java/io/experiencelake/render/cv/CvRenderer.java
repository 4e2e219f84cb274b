package io.experiencelake.render.cv;

import io.experiencelake.core.Diagnostic;
import io.experiencelake.core.Lake;
import io.experiencelake.render.Artifact;
import io.experiencelake.render.NamedRenderer;
import io.experiencelake.render.RenderOptions;
import io.experiencelake.render.Rendition;
import io.experiencelake.render.RenderDiagnostics;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders a CV as {@code cv.md} (Markdown) and {@code cv.txt} (plain text, ATS-safe: one column,
 * no tables, headings on lines of their own), both laid out from one {@link CvDocument}.
 *
 * <p>The document decides what is on the page (see {@link CvDocument}): engagements latest first,
 * at most {@link RenderOptions#bulletsPerEngagement()} bullets under each, best first, a Skills
 * section from achieved work, TARGET entries only under "Next" and only when asked for. The CV is
 * kept to {@link RenderOptions#pages()} pages by {@link CvDocument#estimatedPages()}: while it
 * would run over, each engagement shows one bullet fewer. What is left out is reported in a
 * {@code LAKE-R001} warning naming the entries; a CV that runs over even at one bullet per
 * engagement gets a {@code LAKE-R003} warning. The manifest lists only the entries shown.
 *
 * <pre>{@code
 * RenderRun run = Rendering.run(lake, RenderOptions.today(LocalDate.of(2026, 11, 27)), "cv");
 * String markdown = run.artifact("cv.md").text();
 * }</pre>
 */
public final class CvRenderer extends NamedRenderer {

  /** The renderer's name. */
  public static final String NAME = "cv";

  /** The Markdown CV's path in the output folder. */
  public static final String MARKDOWN = "cv.md";

  /** The plain-text CV's path in the output folder. */
  public static final String TEXT = "cv.txt";

  /** Makes the renderer; {@link java.util.ServiceLoader} calls this. */
  public CvRenderer() {
    super(NAME);
  }

  @Override
  public Rendition render(Lake lake, RenderOptions options) {
    CvDocument cv = CvDocument.fitByEstimate(lake, options);
    List<Diagnostic> warnings = new ArrayList<>(cv.warnings());
    int pages = cv.estimatedPages();
    if (pages > options.pages()) {
      warnings.add(RenderDiagnostics.warning(RenderDiagnostics.TOO_LONG, "/entries",
          "the CV runs to about " + pages + " pages with one bullet per engagement, over the limit of " + options.pages(),
          "shorten the claims and summaries, narrow the selection, or raise the page limit"));
    }
    List<Artifact> artifacts = List.of(Artifact.utf8(MARKDOWN, "text/markdown; charset=utf-8", Cv.markdown(cv)),
        Artifact.utf8(TEXT, "text/plain; charset=utf-8", Cv.text(cv)));
    return Rendition.of(artifacts, warnings, cv.shown());
  }
}
