package io.experiencelake.render;

import java.time.YearMonth;
import java.util.regex.Pattern;

/**
 * Plain-text helpers every renderer shares, so user text is laid out the same way in every output.
 *
 * <pre>{@code
 * PlainText.oneLine("  two\nlines\t ");   // "two lines"
 * PlainText.month(YearMonth.of(2024, 9)); // "Sep 2024"
 * }</pre>
 */
public final class PlainText {

  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private static final String[] MONTHS = {
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"
  };

  private PlainText() {}

  /**
   * The text on one line: every run of ASCII whitespace (spaces, tabs, line breaks) becomes one
   * space, and none is left at either end; user text can then never start a new line of its own.
   */
  public static String oneLine(String text) {
    return WHITESPACE.matcher(text).replaceAll(" ").strip();
  }

  /** A month in English, whatever the default locale: {@code Sep 2024}. */
  public static String month(YearMonth month) {
    return MONTHS[month.getMonthValue() - 1] + " " + month.getYear();
  }
}
