package io.experiencelake.render.html;

import io.experiencelake.render.PlainText;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * Makes lake text safe to typeset: one line, and only characters that a page can show.
 *
 * <p>HTML escaping (done by the templates) keeps text from opening markup, but some characters are
 * not markup and still do harm on a page: C0 and C1 control characters, which XML (and so the
 * PDF's XHTML and a DOCX's XML) cannot carry at all; bidirectional overrides and isolates, which
 * can make a line read backwards; unpaired surrogates and the noncharacters U+FFFE and U+FFFF.
 * Each view record passes its text through {@link #printable}, so no template ever sees them.
 *
 * <pre>{@code
 * Text.printable("Cut\u0007 failures\u202e to 0\uFFFF\n");   // "Cut failures to 0"
 * Text.webAddress("javascript:alert(1)");             // Optional.empty()
 * }</pre>
 */
public final class Text {

  private Text() {}

  /**
   * {@code text} as {@link PlainText#oneLine} makes every renderer's text (one line; no control
   * characters, bidi overrides or unpaired surrogates), and without the noncharacters U+FFFE and
   * U+FFFF, which XML cannot carry either.
   */
  public static String printable(String text) {
    String line = PlainText.oneLine(text);
    return line.indexOf('\uFFFE') < 0 && line.indexOf('\uFFFF') < 0 ? line : PlainText.oneLine(line.replace("\uFFFE", "").replace("\uFFFF", ""));
  }

  /**
   * {@code text} cleaned as {@link #printable} cleans it, but with a space kept at either end where
   * the text had whitespace there: for a run of text that sits between others, such as the words
   * before a link.
   */
  public static String inline(String text) {
    String line = printable(text);
    if (line.isEmpty()) {
      return text.isEmpty() || !Character.isWhitespace(text.charAt(0)) ? "" : " ";
    }
    boolean before = Character.isWhitespace(text.charAt(0));
    boolean after = Character.isWhitespace(text.charAt(text.length() - 1));
    return (before ? " " : "") + line + (after ? " " : "");
  }

  /**
   * {@code href} as a link target: a web or mail address (see {@link #webAddress}), or a relative
   * path inside a site (letters, digits and {@code . _ ~ - / #} only, such as
   * {@code ../entries/phase-gates.html#evidence}); empty for anything else.
   */
  public static Optional<String> linkTarget(String href) {
    boolean relative = !href.isEmpty() && !href.startsWith("//") && href.chars().allMatch(c ->
        (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "._~-/#".indexOf(c) >= 0);
    return relative ? Optional.of(href) : webAddress(href);
  }

  /**
   * {@code address} as a link target when it is an absolute {@code http}, {@code https} or
   * {@code mailto} address; empty for anything else ({@code javascript:}, {@code data:},
   * {@code file:}, relative or malformed addresses).
   */
  public static Optional<String> webAddress(String address) {
    String trimmed = address.strip();
    try {
      URI uri = new URI(trimmed);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      boolean web = (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
      boolean mail = scheme.equals("mailto") && uri.getSchemeSpecificPart() != null && !uri.getSchemeSpecificPart().isBlank();
      return web || mail ? Optional.of(uri.toASCIIString()) : Optional.empty();
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }
}
