package io.experiencelake.render;

import java.net.URI;

/**
 * Escapes user text for Markdown, so a claim such as {@code *fast* [x](y) #1} reads the same
 * when rendered instead of turning into emphasis, a link or a heading.
 *
 * <p>Why no library: commonmark-java can escape only while rendering a whole document tree it
 * builds ({@code MarkdownRenderer}), and no maintained Java library offers a plain string escaper;
 * the rule itself is short. The tests check it against commonmark-java's parser: escaped text
 * parses back to exactly one run of literal text, in a paragraph, a list item or a heading.
 *
 * <pre>{@code
 * Markdown.escape("*fast* & [cheap](x)");   // \*fast\* \& \[cheap\](x)
 * Markdown.escape("1. first");              // 1\. first
 * }</pre>
 */
public final class Markdown {

  /** Characters that can open inline markup anywhere in a line (CommonMark plus GFM's | and ~). */
  private static final String INLINE = "\\`*_[]<>#|~&";

  private Markdown() {}

  /**
   * The text on one line (see {@link PlainText#oneLine(String)}) with every character that could
   * start Markdown markup backslash-escaped: {@code \ ` * _ [ ] < > # | ~ &} anywhere, and
   * {@code - + =} or an ordered-list marker such as {@code 1.} at the start, where they would open
   * a list, a heading underline or a block.
   */
  public static String escape(String text) {
    String line = PlainText.oneLine(text);
    StringBuilder out = new StringBuilder(line.length() + 8);
    if (!line.isEmpty() && "-+=".indexOf(line.charAt(0)) >= 0) {
      out.append('\\');
    }
    // An ordered-list marker: one to nine digits, then '.' or ')'.
    int digits = firstNonDigit(line);
    int markerEnd = digits >= 1 && digits <= 9 && digits < line.length() && ".)".indexOf(line.charAt(digits)) >= 0 ? digits : -1;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (INLINE.indexOf(c) >= 0 || i == markerEnd) {
        out.append('\\');
      }
      out.append(c);
    }
    return out.toString();
  }

  /**
   * A Markdown link: {@code text} escaped, then {@code target} in angle brackets, so brackets and
   * parentheses in the address cannot end it early: {@code [alex.example.org](<https://alex.example.org/>)}.
   * {@code target} must be a URI the caller has checked is safe to follow (such as {@code https}).
   */
  public static String link(String text, URI target) {
    return "[" + escape(text) + "](<" + target.toASCIIString() + ">)";
  }

  private static int firstNonDigit(String line) {
    int i = 0;
    while (i < line.length() && line.charAt(i) >= '0' && line.charAt(i) <= '9') {
      i++;
    }
    return i;
  }
}
