package io.experiencelake.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class TerminalTests {

  @Nested
  class Safe {

    @Test
    void escapesControlCharactersLineSeparatorsAndBidirectionalControls() {
      String hostile = "a\u001b[31mb\u0000c\u0007d\u007fe\u0085f\u202eg\u2066h\u2028i\r\nj\u200fk";

      String safe = Terminal.safe(hostile);

      assertThat(safe).isEqualTo("a\\u001b[31mb\\u0000c\\u0007d\\u007fe\\u0085f\\u202eg\\u2066h\\u2028i\\u000d\\u000aj\\u200fk");
      assertThat(safe.chars().noneMatch(c -> Terminal.isUnsafe((char) c))).isTrue();
    }

    @Test
    void leavesMarkupAccentsAndEmojiAlone() {
      String text = "<script>alert(1)</script> **bold** café 👩‍💻🔥 العربية";

      assertThat(Terminal.safe(text)).isSameAs(text);
    }
  }

  @Nested
  class ShellWord {

    @Test
    void leavesAPlainPathAsItIs() {
      assertThat(Terminal.shellWord("my-lake/evidence/runs/2025-03-14/gates.log")).isEqualTo("my-lake/evidence/runs/2025-03-14/gates.log");
    }

    @Test
    void quotesAWordSoBashReadsItBackUnchanged() throws Exception {
      for (String word : List.of("with space.log", "it's", "$HOME/x", "a'b c*", "", "tab\there", "café.txt")) {
        Process bash = new ProcessBuilder("bash", "-c", "printf '%s' " + Terminal.shellWord(word)).redirectErrorStream(true).start();
        String read = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(bash.waitFor()).isZero();
        assertThat(read).as(Terminal.shellWord(word)).isEqualTo(word);
      }
    }
  }

  @Nested
  class Progress {

    @Test
    void rewritesOneLineInPlaceAndClearsIt() {
      StringWriter err = new StringWriter();
      Terminal.Progress progress = new Terminal.Progress(new PrintWriter(err), true);

      progress.show("verifying entries 1-16 of 40");
      progress.show("verifying 17");
      progress.clear();

      assertThat(err.toString()).isEqualTo("\rverifying entries 1-16 of 40"
          + "\rverifying 17" + " ".repeat("verifying entries 1-16 of 40".length() - "verifying 17".length())
          + "\r" + " ".repeat("verifying 17".length()) + "\r");
    }

    @Test
    void printsNothingWhenNotInteractive() {
      StringWriter err = new StringWriter();
      Terminal.Progress progress = new Terminal.Progress(new PrintWriter(err), false);

      progress.show("verifying");
      progress.clear();

      assertThat(err.toString()).isEmpty();
    }
  }
}
