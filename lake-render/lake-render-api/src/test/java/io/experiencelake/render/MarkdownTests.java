package io.experiencelake.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MarkdownTests {

  @ParameterizedTest
  @ValueSource(strings = {
    "*fast* and _cheap_", "**bold**", "`code`", "[link](https://example.org)", "![image](x.png)", "<b>html</b>",
    "a & b &amp; c", "C# and F#", "# heading", "## heading ##", "- item", "+ item", "* item", "1. first", "2) second",
    "> quote", "=== underline", "--- rule", "***", "___", "a | b | c", "~~strike~~", "back\\slash\\", "50% of £50k",
    "<https://example.org>", "trailing #", "10\\. escaped already", "[ref]: /url"
  })
  void escapedTextReadsBackAsTheSameLiteralText(String text) {
    String escaped = Markdown.escape(text);

    assertThat(MarkdownParsing.paragraph(escaped)).isEqualTo(text);
    assertThat(MarkdownParsing.bullet("- " + escaped)).isEqualTo(text);
    assertThat(MarkdownParsing.heading("### " + escaped)).isEqualTo(text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"two\nlines", "tab\there", "  padded  ", "new\r\nline"})
  void putsTextOnOneLineSoItCannotOpenABlockOfItsOwn(String text) {
    String escaped = Markdown.escape(text + "\n# not a heading");

    assertThat(escaped).doesNotContain("\n", "\r", "\t");
    assertThat(MarkdownParsing.paragraph(escaped)).isEqualTo(PlainText.oneLine(text) + " # not a heading");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Cut p99 latency from 900 ms to 250 ms", "Moved 41.6 million rows", "It's done, really"})
  void leavesOrdinaryProseAsItIs(String text) {
    assertThat(Markdown.escape(text)).isEqualTo(text);
  }
}
