package io.experiencelake.render.portfolio;

import java.net.URI;
import java.util.Locale;
import org.owasp.encoder.Encode;

/**
 * Builds one HTML page; every piece of text and every attribute value goes through the OWASP
 * Java Encoder, so nothing a lake says can open markup.
 */
final class Html {

  /** Room for a typical entry page from the start, so that most pages never copy their builder to grow it. */
  private final StringBuilder out = new StringBuilder(4096);

  /** Appends markup the renderer wrote itself: tags only, never text from the lake. */
  Html tag(String markup) {
    out.append(markup);
    return this;
  }

  /** Appends {@code text}, encoded for HTML content. */
  Html text(String text) {
    out.append(Encode.forHtmlContent(text));
    return this;
  }

  /** Appends {@code <img src="..." alt="...">}, both encoded for a quoted attribute. */
  Html image(String src, String alt) {
    out.append("<img src=\"").append(Encode.forHtmlAttribute(src)).append("\" alt=\"").append(Encode.forHtmlAttribute(alt)).append("\">");
    return this;
  }

  /** Appends {@code <name class="...">text</name>}, the text encoded. */
  Html element(String name, String cssClass, String text) {
    out.append('<').append(name);
    if (!cssClass.isEmpty()) {
      out.append(" class=\"").append(Encode.forHtmlAttribute(cssClass)).append('"');
    }
    out.append('>').append(Encode.forHtmlContent(text)).append("</").append(name).append('>');
    return this;
  }

  /** Appends a link to {@code href} (a path inside the site, or an address checked by {@link #isWebAddress}) with {@code text}. */
  Html link(String href, String text) {
    out.append("<a href=\"").append(Encode.forHtmlAttribute(href)).append("\">").append(Encode.forHtmlContent(text)).append("</a>");
    return this;
  }

  /** Appends a status or outcome badge: a {@code span.badge} with {@code cssClass} and {@code text}. */
  Html badge(String cssClass, String text, String title) {
    out.append("<span class=\"badge ").append(Encode.forHtmlAttribute(cssClass)).append('"');
    if (!title.isEmpty()) {
      out.append(" title=\"").append(Encode.forHtmlAttribute(title)).append('"');
    }
    out.append('>').append(Encode.forHtmlContent(text)).append("</span>");
    return this;
  }

  /** Appends {@code <code class="digest" title="full">short</code>}. */
  Html digest(String algorithm, String hex) {
    out.append("<code class=\"digest\" title=\"").append(Encode.forHtmlAttribute(algorithm + " " + hex)).append("\">")
        .append(Encode.forHtmlContent(algorithm + ":" + hex.substring(0, Math.min(12, hex.length())) + "\u2026")).append("</code>");
    return this;
  }

  /** Whether {@code uri} may be a link target: an {@code http} or {@code https} address (never {@code javascript:} or {@code data:}). */
  static boolean isWebAddress(URI uri) {
    String scheme = uri.getScheme();
    return scheme != null && (scheme.toLowerCase(Locale.ROOT).equals("http") || scheme.toLowerCase(Locale.ROOT).equals("https"));
  }

  @Override
  public String toString() {
    return out.toString();
  }
}
