package io.experiencelake.render;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * Plain-text helpers every renderer shares, so user text is laid out the same way in every output.
 *
 * <pre>{@code
 * PlainText.oneLine("  two\nlines\t ");   // "two lines"
 * PlainText.month(YearMonth.of(2024, 9)); // "Sep 2024"
 * PlainText.date(LocalDate.of(2025, 3, 31)); // "31 Mar 2025"
 * }</pre>
 */
public final class PlainText {

  private static final String[] MONTHS = {
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"
  };

  private static final String[] FULL_MONTHS = {
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"
  };

  private PlainText() {}

  /**
   * The text on one line and safe to print: every run of whitespace (a regular expression's
   * {@code \s}, and the Unicode line breaks U+0085, U+2028 and U+2029) becomes one space, none is
   * left at either end, and characters that would act on a terminal or a reader instead of being
   * read are removed: C0 controls other than whitespace, DEL, C1 controls and the bidirectional
   * embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069), which can make text display
   * in an order other than the one it has. A lone surrogate becomes U+FFFD, so it is shown as a
   * replaced character rather than written as {@code ?}. User text can then never start a new
   * line of its own, recolour a terminal or reorder what a reader sees. The bidirectional marks
   * (U+200E, U+200F, U+061C) are kept: they only settle the direction of neighbouring neutral
   * characters in right-to-left text, and reorder nothing.
   *
   * <p>Every renderer calls this on every piece of user text, so every text output follows the
   * same rule; text already on one line and clean (the usual case) is returned without a copy.
   */
  public static String oneLine(String text) {
    int n = text.length();
    int first = firstChange(text, PlainText::startsChange);
    if (first == n) {
      return text.strip();
    }
    StringBuilder out = new StringBuilder(n);
    out.append(text, 0, first);
    boolean space = false;
    if (out.length() > 0 && out.charAt(out.length() - 1) == ' ') {
      out.setLength(out.length() - 1);
      space = true;
    }
    for (int i = first; i < n; i++) {
      char c = text.charAt(i);
      if (isSpace(c)) {
        space = true;
        continue;
      }
      if (isHidden(c)) {
        continue;
      }
      if (space) {
        out.append(' ');
        space = false;
      }
      i = appendCodePoint(text, i, out);
    }
    return out.toString().strip();
  }

  /**
   * {@code text} with what {@link #oneLine} removes taken out, but its line breaks and spacing
   * kept, for outputs that lay out text of several lines or where spacing is the user's (an SVG's
   * titles): control characters and bidirectional embeddings, overrides and isolates are removed; a
   * carriage return ends a line ({@code \r\n} and {@code \r} become {@code \n}); a vertical
   * tab, a form feed and next line (U+0085) become a space; a lone surrogate becomes U+FFFD. Tab
   * and line feed stay. Clean text is returned without a copy.
   */
  public static String printable(String text) {
    int n = text.length();
    int first = firstChange(text, PlainText::changesPrintable);
    if (first == n) {
      return text;
    }
    StringBuilder out = new StringBuilder(n);
    out.append(text, 0, first);
    for (int i = first; i < n; i++) {
      char c = text.charAt(i);
      if (c == '\t' || c == '\n') {
        out.append(c);
      } else if (c == '\r') {
        if (i + 1 >= n || text.charAt(i + 1) != '\n') {
          out.append('\n');
        }
      } else if (c == '\u000B' || c == '\f' || c == '\u0085') {
        out.append(' ');
      } else if (!isHidden(c)) {
        i = appendCodePoint(text, i, out);
      }
    }
    return out.toString();
  }

  /** Whether a cleaning changes the char at an index: an int, not a boxed one, as it runs on every char of every text. */
  @FunctionalInterface
  private interface Changes {
    boolean at(String text, int i);
  }

  /** The index of the first char {@code changes}, or the text's length when none does. */
  private static int firstChange(String text, Changes changes) {
    int i = 0;
    while (i < text.length() && !changes.at(text, i)) {
      i++;
    }
    return i;
  }

  /** Appends the code point at {@code i} (U+FFFD for a lone surrogate) and returns the index of its last char. */
  private static int appendCodePoint(String text, int i, StringBuilder out) {
    char c = text.charAt(i);
    if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
      out.append(c).append(text.charAt(i + 1));
      return i + 1;
    }
    out.append(Character.isSurrogate(c) ? '\uFFFD' : c);
    return i;
  }

  /** Whether {@link #printable} changes the char at {@code i}: a control but tab and line feed, a bidi override, a lone surrogate. */
  private static boolean changesPrintable(String text, int i) {
    char c = text.charAt(i);
    return (isHidden(c) && c != '\t' && c != '\n') || (Character.isSurrogate(c) && startsChange(text, i));
  }

  /** Whether {@code text} would come out of {@link #oneLine} other than stripped: the first place it differs. */
  private static boolean startsChange(String text, int i) {
    char c = text.charAt(i);
    if (c == ' ') {
      return i + 1 < text.length() && isSpace(text.charAt(i + 1));
    }
    if (isSpace(c) || isHidden(c)) {
      return true;
    }
    if (Character.isHighSurrogate(c)) {
      return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
    }
    return Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)));
  }

  /**
   * Whitespace that ends a word: a regular expression's {@code \s} (space, tab, line feed, vertical
   * tab, form feed, carriage return) and the Unicode line breaks next line, line separator and
   * paragraph separator.
   */
  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r'
        || c == '\u0085' || c == '\u2028' || c == '\u2029';
  }

  /** A control character (C0 but whitespace, DEL, C1) or a bidirectional embedding, override or isolate. */
  static boolean isHidden(char c) {
    return c < 0x20 || (c >= 0x7F && c <= 0x9F) || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
  }

  /** A month in English, whatever the default locale: {@code Sep 2024}. */
  public static String month(YearMonth month) {
    return MONTHS[month.getMonthValue() - 1] + " " + month.getYear();
  }

  /** A date as a reader in any country reads it, in English whatever the default locale: {@code 31 Mar 2025}. */
  public static String date(LocalDate date) {
    return date.getDayOfMonth() + " " + month(YearMonth.from(date));
  }

  /** A date written out in full, as a letter is dated, in English whatever the default locale: {@code 27 November 2026}. */
  public static String longDate(LocalDate date) {
    return date.getDayOfMonth() + " " + FULL_MONTHS[date.getMonthValue() - 1] + " " + date.getYear();
  }
}
