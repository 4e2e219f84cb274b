package io.experiencelake.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

class PlainTextProperties {

  /**
   * Letters and digits, every character of a regular expression's {@code \s}, whitespace outside
   * it that {@link String#strip()} still removes at the ends (em space, file separator) or keeps
   * (no-break space), the Unicode line breaks (next line, line separator), control characters (NUL,
   * ESC, DEL, a C1 control), bidirectional overrides, isolates and marks, a surrogate pair and lone
   * surrogates.
   */
  private static final String ALPHABET = "ab1.) \t\n\u000B\f\r\u2003\u001C\u00A0\u0085\u2028#-🚀"
      + "\u0000\u001B\u007F\u009B\u202E\u2066\u200F\uDC00\uD800";

  /** The definition {@link PlainText#oneLine} had as a regular expression, kept as the oracle. */
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  /** A surrogate with no partner: the regular expression sees it as a code point of its own. */
  private static final Pattern LONE_SURROGATE = Pattern.compile("[\\x{D800}-\\x{DFFF}]");

  /** What {@link PlainText#oneLine} removes: C0 controls but whitespace, DEL, C1 controls but next line, bidi embeddings, overrides, isolates. */
  private static final Pattern HIDDEN = Pattern.compile("[\\x00-\\x08\\x0E-\\x1F\\x7F-\\x84\\x86-\\x9F\\u202A-\\u202E\\u2066-\\u2069]");

  /** The Unicode line breaks outside {@code \\s}. */
  private static final Pattern LINE_BREAKS = Pattern.compile("[\\x85\\u2028\\u2029]");

  /** The ordered-list marker {@link Markdown#escape} had as a regular expression, kept as the oracle. */
  private static final Pattern ORDERED_MARKER = Pattern.compile("^[0-9]{1,9}[.)]");

  private static Gen<String> texts() {
    return SourceDSL.lists().of(SourceDSL.integers().between(0, ALPHABET.codePointCount(0, ALPHABET.length()) - 1))
        .ofSizeBetween(0, 16)
        .map(indexes -> {
          StringBuilder text = new StringBuilder();
          indexes.forEach(i -> text.appendCodePoint(ALPHABET.codePointAt(ALPHABET.offsetByCodePoints(0, i))));
          return text.toString();
        });
  }

  /** Texts that often open with an ordered-list marker of up to a dozen digits. */
  private static Gen<String> numbered() {
    return SourceDSL.integers().between(0, 12).zip(texts(), (digits, text) -> "1234567890123".substring(0, digits) + text);
  }

  @Test
  void oneLineIsTheRegularExpressionItReplaced() {
    qt().withExamples(5_000).forAll(texts()).checkAssert(text ->
        assertThat(PlainText.oneLine(text)).as("oneLine of %s", text).isEqualTo(oracle(text)));
  }

  /** {@link PlainText#oneLine} as regular expressions say it. */
  private static String oracle(String text) {
    String clean = LONE_SURROGATE.matcher(text).replaceAll("\uFFFD");
    clean = HIDDEN.matcher(clean).replaceAll("");
    clean = LINE_BREAKS.matcher(clean).replaceAll(" ");
    return WHITESPACE.matcher(clean).replaceAll(" ").strip();
  }

  @Test
  void printableKeepsLinesAndSpacingAndLeavesOnlyTabAndLineFeedOfTheControls() {
    qt().withExamples(5_000).forAll(texts()).checkAssert(text -> {
      String printable = PlainText.printable(text);
      TextChecks.assertPrintable(text, printable);
      String expected = LONE_SURROGATE.matcher(text).replaceAll("\uFFFD").replace("\r\n", "\n").replace('\r', '\n')
          .replace('\u000B', ' ').replace('\f', ' ').replace('\u0085', ' ');
      assertThat(printable).isEqualTo(HIDDEN.matcher(expected).replaceAll(""));
    });
  }

  @Test
  void oneLineLeavesNoControlCharacterNoBidiOverrideAndNoLoneSurrogate() {
    qt().withExamples(5_000).forAll(texts()).checkAssert(text -> {
      String line = PlainText.oneLine(text);
      line.chars().forEach(c -> assertThat(c < 0x20 || (c >= 0x7F && c <= 0x9F) || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069))
          .as("U+%04X in %s", c, line).isFalse());
      assertThat(LONE_SURROGATE.matcher(line).find()).isFalse();
    });
  }

  @Test
  void oneLineReturnsTextAlreadyOnOneLineItself() {
    String text = "Cut p99 latency by 40%";
    assertThat(PlainText.oneLine(text)).isSameAs(text);
  }

  @Test
  void escapeMarksTheOrderedListMarkersTheRegularExpressionFound() {
    qt().withExamples(5_000).forAll(numbered()).checkAssert(text ->
        assertThat(Markdown.escape(text)).as("escape of %s", text).isEqualTo(escapeAsBefore(text)));
  }

  /** {@link Markdown#escape} as it was with the regular expression. */
  private static String escapeAsBefore(String text) {
    String line = oracle(text);
    StringBuilder out = new StringBuilder();
    if (!line.isEmpty() && "-+=".indexOf(line.charAt(0)) >= 0) {
      out.append('\\');
    }
    int digits = 0;
    while (digits < line.length() && line.charAt(digits) >= '0' && line.charAt(digits) <= '9') {
      digits++;
    }
    int markerEnd = ORDERED_MARKER.matcher(line).find() ? digits : -1;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if ("\\`*_[]<>#|~&".indexOf(c) >= 0 || i == markerEnd) {
        out.append('\\');
      }
      out.append(c);
    }
    return out.toString();
  }
}
