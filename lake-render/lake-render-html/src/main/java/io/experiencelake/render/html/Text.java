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
 * Text.printable("Cut\u0007 failures\u202e to 0\n");   // "Cut failures to 0"
 * Text.webAddress("javascript:alert(1)");             // Optional.empty()
 * }</pre>
 */
public final class Text {

  private Text() {}

  /**
   * {@code text} on one line (see {@link PlainText#oneLine}), without control characters, bidi
   * controls or noncharacters, and with each unpaired surrogate replaced by U+FFFD.
   */
  public static String printable(String text) {
    return inline(text).strip();
  }

  /**
   * {@code text} cleaned as {@link #printable} cleans it, but with a space kept at either end where
   * the text had whitespace there: for a run of text that sits between others, such as the words
   * before a link.
   */
  public static String inline(String text) {
    int n = text.length();
    StringBuilder out = new StringBuilder(n);
    boolean space = false;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (isSpace(c)) {
        space = true;
        continue;
      }
      String kept;
      if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
        kept = text.substring(i, i + 2);
        i++;
      } else if (Character.isSurrogate(c)) {
        kept = "\uFFFD";
      } else if (dropped(c)) {
        continue;
      } else {
        kept = String.valueOf(c);
      }
      if (space) {
        out.append(' ');
        space = false;
      }
      out.append(kept);
    }
    if (space) {
      out.append(' ');
    }
    return out.length() == n && out.toString().equals(text) ? text : out.toString();
  }

  /** A regular expression's {@code \s}, as {@link PlainText#oneLine} reads it: space, tab, LF, VT, FF, CR. */
  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  /** C0 and C1 controls, DEL, bidi embeddings, overrides and isolates, and the noncharacters U+FFFE and U+FFFF. */
  private static boolean dropped(char c) {
    return c < 0x20 || (c >= 0x7F && c <= 0x9F)
        || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')
        || c == '\uFFFE' || c == '\uFFFF';
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
