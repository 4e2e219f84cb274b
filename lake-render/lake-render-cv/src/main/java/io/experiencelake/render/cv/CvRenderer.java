package io.experiencelake.render.cv;

import io.experiencelake.core.Lake;
import io.experiencelake.render.Artifact;
import io.experiencelake.render.ImmutableRendition;
import io.experiencelake.render.RenderOptions;
import io.experiencelake.render.Renderer;
import io.experiencelake.render.Rendition;
import io.experiencelake.render.Selection;

/**
 * Renders a CV as {@code cv.md} (Markdown) and {@code cv.txt} (plain text, ATS-safe: one column,
 * no tables, headings on lines of their own).
 *
 * <p>Engagements come in reverse chronology (ongoing first, then by end and start month, latest
 * first), with one bullet per selected entry, latest first; an entry's bullet is its claim and
 * its strongest evidence-backed figure (see {@link io.experiencelake.render.Figures#strongest}).
 * Entries without an engagement come under "Selected work". Status is never blurred: an ACHIEVED
 * entry reads as done; a CURRENT one is labelled {@code (in progress, as of YYYY-MM-DD: progress)};
 * a TARGET one appears only when {@link RenderOptions#includeTargets()} is set, and then only
 * under the heading "Next". Every engagement is listed, so the chronology has no gaps, even when
 * the selection leaves it no bullet.
 *
 * <pre>{@code
 * RenderRun run = Rendering.run(lake, RenderOptions.today(LocalDate.of(2026, 11, 27)), "cv");
 * String markdown = run.artifact("cv.md").text();
 * }</pre>
 */
public final class CvRenderer implements Renderer {

  /** The renderer's name. */
  public static final String NAME = "cv";

  /** The Markdown CV's path in the output folder. */
  public static final String MARKDOWN = "cv.md";

  /** The plain-text CV's path in the output folder. */
  public static final String TEXT = "cv.txt";

  /** Makes the renderer; {@link java.util.ServiceLoader} calls this. */
  public CvRenderer() {}

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Rendition render(Lake lake, RenderOptions options) {
    Selection selection = Selection.of(lake, options);
    Cv cv = Cv.of(lake, selection);
    return ImmutableRendition.builder()
        .addArtifacts(Artifact.utf8(MARKDOWN, "text/markdown; charset=utf-8", cv.markdown()))
        .addArtifacts(Artifact.utf8(TEXT, "text/plain; charset=utf-8", cv.text()))
        .addAllEntriesUsed(cv.entriesUsed())
        .build();
  }
}
