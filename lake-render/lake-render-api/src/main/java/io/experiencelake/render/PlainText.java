package io.experiencelake.render;

import java.time.YearMonth;

/**
 * Plain-text helpers every renderer shares, so user text is laid out the same way in every output.
 *
 * <pre>{@code
 * PlainText.oneLine("  two\nlines\t ");   // "two lines"
 * PlainText.month(YearMonth.of(2024, 9)); // "Sep 2024"
 * }</pre>
 */
public final class PlainText {

  private static final String[] MONTHS = {
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"
  };

  private PlainText() {}

  /**
   * The text on one line: every run of ASCII whitespace (spaces, tabs, line breaks) becomes one
   * space, and none is left at either end; user text can then never start a new line of its own.
   *
   * <p>The same as {@code text.replaceAll("\\s+", " ").strip()}, without a regular expression:
   * every renderer calls this on every piece of user text, and text already on one line (the
   * usual case) is returned without a copy.
   */
  public static String oneLine(String text) {
    int n = text.length();
    int first = 0;
    while (first < n && !startsRun(text, first)) {
      first++;
    }
    if (first == n) {
      return text.strip();
    }
    StringBuilder out = new StringBuilder(n);
    out.append(text, 0, first);
    int i = first;
    while (i < n) {
      char c = text.charAt(i);
      if (isSpace(c)) {
        out.append(' ');
        do {
          i++;
        } while (i < n && isSpace(text.charAt(i)));
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString().strip();
  }

  /** Whether a run of whitespace that is not a single plain space starts at {@code i}: the first place one line differs. */
  private static boolean startsRun(String text, int i) {
    char c = text.charAt(i);
    return isSpace(c) && (c != ' ' || (i + 1 < text.length() && isSpace(text.charAt(i + 1))));
  }

  /** A regular expression's {@code \s}: space, tab, line feed, vertical tab, form feed, carriage return. */
  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  /** A month in English, whatever the default locale: {@code Sep 2024}. */
  public static String month(YearMonth month) {
    return MONTHS[month.getMonthValue() - 1] + " " + month.getYear();
  }
}
