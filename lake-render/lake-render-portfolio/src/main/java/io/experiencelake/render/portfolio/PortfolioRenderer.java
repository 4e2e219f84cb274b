package io.experiencelake.render.portfolio;

import io.experiencelake.core.Lake;
import io.experiencelake.render.Artifact;
import io.experiencelake.render.NamedRenderer;
import io.experiencelake.render.RenderOptions;
import io.experiencelake.render.Rendition;
import io.experiencelake.render.html.Templates;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders a static HTML portfolio under {@code portfolio/} and a Markdown summary {@code portfolio.md}.
 *
 * <p>The site is {@code portfolio/index.html} (owner, figures, the selected entries by cluster,
 * a capability coverage table), a page per cluster ({@code portfolio/clusters/ID.html}: its entries
 * and the stories behind it) and per entry ({@code portfolio/entries/ID.html}: constraint,
 * decision, alternatives, and an evidence table with each anchor's digest and verification state),
 * all styled by one small {@code portfolio/style.css}. It works offline: no scripts, no CDN, no web
 * fonts, only relative links between its own pages (an owner's site and evidence links are
 * clickable only when they are {@code http} or {@code https} addresses). The pages come from the
 * type-checked jte templates of {@code lake-render-html} ({@code site/*.jte}), which escape every
 * value for where it stands, the same templates and masthead the PDF documents are set from.
 *
 * <p>Verification state comes from {@link RenderOptions#verification()}: verify the lake first
 * ({@code Verifier.of(...).verify(lake)}) and pass the report in the options; an anchor the report
 * did not check (or a render without a report) is shown as "Not checked". Status is never
 * blurred: badges say Achieved (with its date), In progress (as of its date) or Planned, and
 * TARGET entries appear only when {@link RenderOptions#includeTargets()} is set, and then only
 * inside sections headed "Next".
 *
 * <pre>{@code
 * VerificationReport report = Verifier.of(VerifyOptions.root(evidence)).verify(lake);
 * RenderOptions options = ImmutableRenderOptions.builder().today(today).verification(report).build();
 * Rendering.render(lake, options, Path.of("out"), "portfolio");   // out/portfolio/index.html
 * }</pre>
 */
public final class PortfolioRenderer extends NamedRenderer {

  /** The renderer's name. */
  public static final String NAME = "portfolio";

  /** The site's front page in the output folder. */
  public static final String INDEX = Site.DIR + "index.html";

  /** The Markdown summary's path in the output folder. */
  public static final String MARKDOWN = "portfolio.md";

  private static final String CSS = Templates.text("site.css");

  /** Makes the renderer; {@link java.util.ServiceLoader} calls this. */
  public PortfolioRenderer() {
    super(NAME);
  }

  @Override
  public Rendition render(Lake lake, RenderOptions options) {
    Site site = new Site(lake, options);
    List<Artifact> artifacts = new ArrayList<>(site.artifacts(CSS));
    artifacts.add(Artifact.utf8(MARKDOWN, "text/markdown; charset=utf-8", PortfolioMarkdown.of(lake, site.selection())));
    return Rendition.of(artifacts, List.of(), site.used());
  }
}
