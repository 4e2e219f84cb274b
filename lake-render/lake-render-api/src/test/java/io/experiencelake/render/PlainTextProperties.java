package io.experiencelake.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

class PlainTextProperties {

  /**
   * Letters and digits, every character of a regular expression's {@code \s}, and whitespace
   * outside it that {@link String#strip()} still removes at the ends (em space, file separator)
   * or keeps (no-break space, next line), and a surrogate pair.
   */
  private static final String ALPHABET = "ab1.) \t\n\u000B\f\r\u2003\u001C\u00A0\u0085#-🚀";

  /** The definition {@link PlainText#oneLine} had as a regular expression, kept as the oracle. */
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

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
        assertThat(PlainText.oneLine(text)).as("oneLine of %s", text).isEqualTo(WHITESPACE.matcher(text).replaceAll(" ").strip()));
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
    String line = WHITESPACE.matcher(text).replaceAll(" ").strip();
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
