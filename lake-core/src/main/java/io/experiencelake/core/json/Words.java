package io.experiencelake.core.json;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.text.similarity.LevenshteinDistance;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;

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
      if (c == '\n' || c == '\r' || c == '\t') {
        out.append(c == '\n' ? "\\n" : c == '\r' ? "\\r" : "\\t");
      } else if (c < 0x20 || c == 0x7f) {
        out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      } else {
        out.append(c);
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

  /** Collections of the lake whose elements have an {@code id}, with the word for one element. */
  private static final Map<String, String> ELEMENT_NAMES = Map.ofEntries(
      Map.entry("capabilities", "capability"),
      Map.entry("roles", "role"),
      Map.entry("engagements", "engagement"),
      Map.entry("stories", "story"),
      Map.entry("clusters", "cluster"),
      Map.entry("entries", "entry"),
      Map.entry("evidence", "evidence"),
      Map.entry("alternatives", "alternative"),
      Map.entry("requires", "requirement"));

  /**
   * Names the value at {@code pointer} for a person: {@code the lake}, {@code entry 'phase-gates'},
   * {@code evidence 1 of entry 'phase-gates'}, {@code the status of entry 'phase-gates'},
   * {@code 'claim' of entry 'phase-gates'}.
   */
  static String subject(JsonNode document, JsonPointer pointer) {
    if (pointer.matches()) {
      return "the lake";
    }
    String name = pointer.last().getMatchingProperty();
    JsonPointer parentPointer = pointer.head();
    if (document.at(parentPointer).isArray()) {
      String collection = parentPointer.matches() ? "" : parentPointer.last().getMatchingProperty();
      String element = ELEMENT_NAMES.get(collection);
      String owner = parentPointer.matches() || parentPointer.head().matches() ? "" : " of " + subject(document, parentPointer.head());
      if (element == null) {
        return "item " + name + " of '" + collection + "'" + owner;
      }
      JsonNode id = document.at(pointer).path("id");
      return element + " " + (id.isString() && !collection.equals("evidence") ? quote(id.asString()) : name) + owner;
    }
    String owner = parentPointer.matches() ? "" : " of " + subject(document, parentPointer);
    return (document.at(pointer).isObject() ? "the " + name : "'" + name + "'") + owner;
  }

  /** {@code 'a', 'b' and 'c'}. */
  static String listed(Collection<String> names, String conjunction) {
    List<String> quoted = names.stream().map(name -> "'" + name + "'").toList();
    int last = quoted.size() - 1;
    return last < 1 ? String.join("", quoted) : String.join(", ", quoted.subList(0, last)) + " " + conjunction + " " + quoted.get(last);
  }
}
