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
    int first = 0;
    while (first < n && !startsChange(text, first)) {
      first++;
    }
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
      if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
        out.append(c).append(text.charAt(++i));
      } else if (Character.isSurrogate(c)) {
        out.append('\uFFFD');
      } else {
        out.append(c);
      }
    }
    return out.toString().strip();
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
