package io.experiencelake.cli;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * Text for a terminal: lake text is untrusted, so characters that could move the cursor, recolour
 * the screen, end a line or reorder what a reader sees are shown escaped instead.
 */
public final class Terminal {

  private Terminal() {}

  /**
   * The text with control characters (C0, DEL, C1), line and paragraph separators and bidirectional
   * controls such as U+202E written as {@code \}{@code u202e}, so one diagnostic stays one honest line.
   */
  public static String safe(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isUnsafe(c)) {
        if (out == null) {
          out = new StringBuilder(text.length() + 16).append(text, 0, i);
        }
        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      } else if (out != null) {
        out.append(c);
      }
    }
    return out == null ? text : out.toString();
  }

  /**
   * {@code word} as one word of a POSIX shell command: as it is when it holds only letters, digits
   * and {@code _ . / : @ % + = , -}, else in single quotes (a quote inside written {@code '\''}).
   */
  static String shellWord(String word) {
    return !word.isEmpty() && word.chars().allMatch(c -> c < 0x80 && (Character.isLetterOrDigit(c) || "_./:@%+=,-".indexOf(c) >= 0))
        ? word
        : "'" + word.replace("'", "'\\''") + "'";
  }

  /** Whether {@code c} must not reach a terminal as it is. */
  static boolean isUnsafe(char c) {
    return c < 0x20
        || (c >= 0x7f && c <= 0x9f)
        || c == '\u061c'
        || c == '\u200e' || c == '\u200f'
        || (c >= '\u2028' && c <= '\u202e')
        || (c >= '\u2066' && c <= '\u2069');
  }

  /**
   * A progress line on standard error that rewrites itself; silent unless standard error is a
   * terminal, so logs and pipes never see it.
   */
  static final class Progress {
    private final PrintWriter err;
    private final boolean shown;
    private int width;

    Progress(PrintWriter err, boolean interactive) {
      this.err = err;
      this.shown = interactive;
    }

    /** Shows {@code line} in place of the previous one. */
    void show(String line) {
      if (!shown) {
        return;
      }
      String safe = safe(line);
      err.print('\r' + safe + " ".repeat(Math.max(0, width - safe.length())));
      err.flush();
      width = safe.length();
    }

    /** Clears the line, so what follows starts on a clean one. */
    void clear() {
      if (!shown || width == 0) {
        return;
      }
      err.print('\r' + " ".repeat(width) + '\r');
      err.flush();
      width = 0;
    }
  }
}
