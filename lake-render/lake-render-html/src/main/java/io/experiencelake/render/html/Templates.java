package io.experiencelake.render.html;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Renders the view records through the precompiled jte templates ({@code src/main/jte}), every
 * value escaped for where it stands (text, attribute, URL).
 *
 * <p>The templates are compiled to Java by {@code jte-maven-plugin} at build time, so a template
 * that names a missing field does not compile; none is read or compiled at run time.
 *
 * <pre>{@code
 * String xhtml = Templates.cv(cvView);          // XHTML for the PDF typesetter
 * byte[] css = Templates.resource("document.css");
 * }</pre>
 */
public final class Templates {

  /** Where the precompiled templates' classes live. */
  private static final String PACKAGE = "io.experiencelake.render.html.jte";

  /** The folder of the stylesheets on the class path, for resolving a document's relative links. */
  public static final String RESOURCES = "io/experiencelake/render/html/";

  private static final TemplateEngine ENGINE =
      TemplateEngine.createPrecompiled(null, ContentType.Html, Templates.class.getClassLoader(), PACKAGE);

  private Templates() {}

  /** The CV as XHTML for the typesetter: it links {@code document.css} and the paper's stylesheet. */
  public static String cv(CvView cv) {
    return render("print/cv.jte", cv);
  }

  /** The letter as XHTML for the typesetter: it links {@code document.css} and the paper's stylesheet. */
  public static String letter(LetterView letter) {
    return render("print/letter.jte", letter);
  }

  /** The portfolio's front page. */
  public static String siteIndex(SiteView.Index page) {
    return render("site/index.jte", page);
  }

  /** A portfolio page of one area (cluster). */
  public static String siteCluster(SiteView.Cluster page) {
    return render("site/cluster.jte", page);
  }

  /** A portfolio page of one entry. */
  public static String siteEntry(SiteView.Entry page) {
    return render("site/entry.jte", page);
  }

  /**
   * Renders the template {@code name} (a path under {@code src/main/jte}) with its one parameter.
   *
   * @throws gg.jte.TemplateException when no such template was compiled
   */
  static String render(String name, Object view) {
    StringOutput out = new StringOutput(8192);
    ENGINE.render(name, view, out);
    return out.toString();
  }

  /**
   * A stylesheet or other file shipped beside the templates, such as {@code document.css}.
   *
   * @throws IllegalArgumentException when there is no such file
   */
  public static byte[] resource(String name) {
    try (InputStream in = Templates.class.getClassLoader().getResourceAsStream(RESOURCES + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no template resource '" + name + "' under " + RESOURCES);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@link #resource} read as UTF-8 text. */
  public static String text(String name) {
    return new String(resource(name), StandardCharsets.UTF_8);
  }
}
