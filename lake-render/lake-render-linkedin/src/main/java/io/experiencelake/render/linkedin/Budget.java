package io.experiencelake.render.linkedin;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Fits parts of a text into a budget of Unicode code points: whole parts while they fit, then the
 * first part that does not, cut at its last sentence end that fits, then nothing more.
 */
final class Budget {

  /**
   * One part of a text: what it says (made only when the part is reached before the budget is
   * spent: most entries of a large lake never need their line), what goes before it, and how a
   * warning names it.
   */
  record Part(Supplier<String> content, String separator, String label, String entryId) {

    /** A part whose text is already made. */
    Part(String text, String separator, String label, String entryId) {
      this(() -> text, separator, label, entryId);
    }

    /** What the part says. */
    String text() {
      return content.get();
    }
  }

  /**
   * A fitted text, what was left out, the ids of the entries whose part was cut or dropped, of those
   * whose part went in whole, and of those whose part went in cut short.
   */
  record Fit(String text, List<String> dropped, List<String> droppedEntries, List<String> placedEntries, List<String> cutEntries) {}

  private Budget() {}

  /** The number of code points in {@code text}. */
  static int length(String text) {
    return text.codePointCount(0, text.length());
  }

  /** Fits {@code parts} into {@code budget} code points. */
  static Fit fit(List<Part> parts, int budget) {
    StringBuilder out = new StringBuilder();
    List<String> dropped = new ArrayList<>();
    List<String> droppedEntries = new ArrayList<>();
    List<String> placedEntries = new ArrayList<>();
    List<String> cutEntries = new ArrayList<>();
    int used = 0;
    boolean full = false;
    for (Part part : parts) {
      if (!full) {
        String text = part.text();
        String separator = out.length() == 0 ? "" : part.separator();
        int need = length(separator) + length(text);
        if (used + need <= budget) {
          out.append(separator).append(text);
          used += need;
          if (part.entryId() != null) {
            placedEntries.add(part.entryId());
          }
          continue;
        }
        full = true;
        int room = budget - used - length(separator);
        String head = room > 0 ? sentences(text, room) : "";
        if (head.isEmpty() && out.length() == 0 && room > 1) {
          head = words(text, room);
        }
        if (!head.isEmpty()) {
          out.append(separator).append(head);
          used += length(separator) + length(head);
          dropped.add("the end of " + part.label());
          if (part.entryId() != null) {
            droppedEntries.add(part.entryId());
            cutEntries.add(part.entryId());
          }
          continue;
        }
      }
      dropped.add(part.label());
      if (part.entryId() != null) {
        droppedEntries.add(part.entryId());
      }
    }
    return new Fit(out.toString(), List.copyOf(dropped), List.copyOf(droppedEntries), List.copyOf(placedEntries), List.copyOf(cutEntries));
  }

  /**
   * The longest start of {@code text} of at most {@code room} code points that ends at a sentence
   * end ({@code . ! ?} before a space or the end); empty when none does.
   */
  static String sentences(String text, int room) {
    int best = 0;
    int points = 0;
    for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
      points++;
      if (points > room) {
        break;
      }
      char c = text.charAt(i);
      int next = i + Character.charCount(text.codePointAt(i));
      if (".!?".indexOf(c) >= 0 && (next == text.length() || text.charAt(next) == ' ' || text.charAt(next) == '\n')) {
        best = next;
      }
    }
    return text.substring(0, best);
  }

  /** The start of {@code text} up to a word end, with an ellipsis, within {@code room} code points; for a first part with no sentence end that fits. */
  static String words(String text, int room) {
    int end = 0;
    int points = 0;
    for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
      if (points + 1 > room - 1) {
        break;
      }
      points++;
      int next = i + Character.charCount(text.codePointAt(i));
      if (next < text.length() && text.charAt(next) == ' ' && text.charAt(i) != ' ') {
        end = next;
      }
    }
    if (end == 0) {
      end = text.offsetByCodePoints(0, room - 1);
    }
    return text.substring(0, end) + "\u2026";
  }
}
