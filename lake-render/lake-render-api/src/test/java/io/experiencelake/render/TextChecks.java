package io.experiencelake.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.experiencelake.core.Current;
import io.experiencelake.core.LakeEntry;
import io.experiencelake.core.ReportStat;
import io.experiencelake.core.StatusKind;
import java.util.Optional;

/**
 * Checks every text output must pass, written once for every renderer's tests: nothing in it acts
 * on a terminal or reorders what a reader sees, and a line never repeats its own figure.
 *
 * <pre>{@code
 * TextChecks.assertPrintable("cv.txt", text);
 * TextChecks.assertFigureOnce(entry, bulletLine);
 * }</pre>
 */
public final class TextChecks {

  private TextChecks() {}

  /**
   * Asserts {@code text} holds no C0 control character but tab and line feed, no DEL or C1
   * control, no bidirectional embedding, override or isolate, and no lone surrogate.
   */
  public static void assertPrintable(String what, String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean control = (c < 0x20 && c != '\t' && c != '\n') || (c >= 0x7F && c <= 0x9F);
      boolean bidi = (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
      boolean lone = Character.isHighSurrogate(c) ? i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1))
          : Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)));
      if (control || bidi || lone) {
        int from = Math.max(0, i - 20);
        throw new AssertionError(what + " holds U+" + String.format("%04X", (int) c) + " at " + i + ", after '"
            + text.substring(from, i).replaceAll("\\p{Cntrl}", "?") + "'");
      }
    }
  }

  /**
   * Asserts {@code line}, written for {@code entry}, gives the entry's strongest figure once: when
   * the entry's own words (its claim, and its progress when in progress) state the figure's number,
   * the line adds no figure of its own; when they do not, the line adds it exactly once (a plan,
   * not done yet, quotes none).
   */
  public static void assertFigureOnce(LakeEntry entry, String line) {
    Optional<ReportStat> stat = Figures.strongestStat(entry);
    if (stat.isEmpty()) {
      return;
    }
    String said = PlainText.oneLine(entry.claim())
        + (entry.status() instanceof Current ? " " + PlainText.oneLine(((Current) entry.status()).progress()) : "");
    String figure = Figures.describe(stat.get());
    int added = occurrences(line, figure) - occurrences(said, figure);
    if (Figures.mentions(said, stat.get().value()) > 0 || entry.status().kind() == StatusKind.TARGET) {
      assertThat(added).as("'%s' states %s already, so its line adds no '%s': %s", entry.id(), Figures.number(stat.get().value()), figure, line)
          .isZero();
    } else {
      assertThat(added).as("'%s' does not state %s, so its line adds '%s' once: %s", entry.id(), Figures.number(stat.get().value()), figure, line)
          .isEqualTo(1);
    }
  }

  /** How many times {@code part} occurs in {@code text}, not overlapping. */
  public static int occurrences(String text, String part) {
    int count = 0;
    for (int at = text.indexOf(part); at >= 0 && !part.isEmpty(); at = text.indexOf(part, at + part.length())) {
      count++;
    }
    return count;
  }
}
