package io.experiencelake.core.json;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.text.similarity.LevenshteinDistance;

/** Small text helpers for diagnostics: quoting values and suggesting near names. */
final class Words {

  private static final int MAX_QUOTED = 80;
  private static final LevenshteinDistance WITHIN_TWO_EDITS = new LevenshteinDistance(2);

  private Words() {}

  /** The text shortened to 80 characters, in single quotes, with control characters escaped. */
  static String quote(String text) {
    return "'" + oneLine(text.length() <= MAX_QUOTED ? text : text.substring(0, MAX_QUOTED - 3) + "...") + "'";
  }

  /** The text with control characters escaped as in JSON strings, so a message stays on one line. */
  static String oneLine(String shown) {
    StringBuilder out = new StringBuilder(shown.length() + 2);
    for (int i = 0; i < shown.length(); i++) {
      char c = shown.charAt(i);
      switch (c) {
        case '\n':
          out.append("\\n");
          break;
        case '\r':
          out.append("\\r");
          break;
        case '\t':
          out.append("\\t");
          break;
        default:
          if (c < 0x20 || c == 0x7f) {
            out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            out.append(c);
          }
      }
    }
    return out.toString();
  }

  /**
   * The candidate nearest to {@code word} when it is within two edits (insert, delete or change
   * a character), ignoring case; the first of equally near candidates wins.
   */
  static Optional<String> nearest(String word, Collection<String> candidates) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : candidates) {
      int distance = WITHIN_TWO_EDITS.apply(word.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT));
      if (distance >= 0 && distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
    return Optional.ofNullable(best);
  }

  /** {@code 'a', 'b' and 'c'}. */
  static String listed(Collection<String> names, String conjunction) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    for (String name : names) {
      if (i > 0) {
        out.append(i == names.size() - 1 ? " " + conjunction + " " : ", ");
      }
      out.append('\'').append(name).append('\'');
      i++;
    }
    return out.toString();
  }
}
