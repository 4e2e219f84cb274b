package io.experiencelake.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

class MarkdownProperties {

  /** Letters, digits, spaces, every ASCII punctuation character, and a few non-ASCII ones. */
  private static final String ALPHABET = "abcXYZ019 \t\n!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~é東🚀";

  private static Gen<String> texts() {
    return SourceDSL.lists().of(SourceDSL.integers().between(0, ALPHABET.codePointCount(0, ALPHABET.length()) - 1))
        .ofSizeBetween(1, 24)
        .map(indexes -> {
          StringBuilder text = new StringBuilder();
          indexes.forEach(i -> text.appendCodePoint(ALPHABET.codePointAt(ALPHABET.offsetByCodePoints(0, i))));
          return text.toString();
        })
        .assuming(text -> !PlainText.oneLine(text).isEmpty());
  }

  @Test
  void escapedTextParsesBackToItsLiteralTextInEveryBlock() {
    qt().withExamples(2000).forAll(texts()).checkAssert(text -> {
      String expected = PlainText.oneLine(text);
      String escaped = Markdown.escape(text);
      assertThat(MarkdownParsing.paragraph(escaped)).as("paragraph of %s", escaped).isEqualTo(expected);
      assertThat(MarkdownParsing.bullet("- " + escaped)).as("bullet of %s", escaped).isEqualTo(expected);
      assertThat(MarkdownParsing.heading("### " + escaped)).as("heading of %s", escaped).isEqualTo(expected);
    });
  }
}
