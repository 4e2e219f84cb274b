package io.experiencelake.core.json;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** JSON Pointers (RFC 6901) as plain strings, and plain-words names for what they point at. */
final class Pointers {

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

  private Pointers() {}

  /** The pointer to member {@code name} of the object at {@code parent}. */
  static String child(String parent, String name) {
    return parent + "/" + name.replace("~", "~0").replace("/", "~1");
  }

  /** The pointer to element {@code index} of the array at {@code parent}. */
  static String child(String parent, int index) {
    return parent + "/" + index;
  }

  /** The pointer to the value that holds {@code pointer}'s value; the root's parent is the root. */
  static String parent(String pointer) {
    int slash = pointer.lastIndexOf('/');
    return slash <= 0 ? "" : pointer.substring(0, slash);
  }

  /** The unescaped reference tokens of {@code pointer}. */
  static List<String> segments(String pointer) {
    List<String> segments = new ArrayList<>();
    if (pointer.isEmpty()) {
      return segments;
    }
    for (String raw : pointer.substring(1).split("/", -1)) {
      segments.add(raw.replace("~1", "/").replace("~0", "~"));
    }
    return segments;
  }

  /** The last reference token of {@code pointer}, unescaped; empty for the root. */
  static String last(String pointer) {
    List<String> segments = segments(pointer);
    return segments.isEmpty() ? "" : segments.get(segments.size() - 1);
  }

  /**
   * Names the value at {@code pointer} for a person: {@code the lake}, {@code entry 'phase-gates'},
   * {@code evidence 1 of entry 'phase-gates'}, {@code the status of entry 'phase-gates'},
   * {@code 'claim' of entry 'phase-gates'}.
   */
  static String describe(JsonNode document, String pointer) {
    List<String> segments = segments(pointer);
    if (segments.isEmpty()) {
      return "the lake";
    }
    String name = segments.get(segments.size() - 1);
    String parentPointer = parent(pointer);
    JsonNode parent = document.at(parentPointer);
    if (parent.isArray()) {
      String collection = segments.size() >= 2 ? segments.get(segments.size() - 2) : "";
      String element = ELEMENT_NAMES.get(collection);
      String owner = segments.size() > 2 ? " of " + describe(document, parent(parentPointer)) : "";
      if (element == null) {
        return "item " + name + " of '" + collection + "'" + owner;
      }
      JsonNode id = document.at(pointer).path("id");
      if (id.isString() && !collection.equals("evidence")) {
        return element + " " + Words.quote(id.asString()) + owner;
      }
      return element + " " + name + owner;
    }
    JsonNode value = document.at(pointer);
    String owner = segments.size() > 1 ? " of " + describe(document, parentPointer) : "";
    if (value.isObject()) {
      return "the " + name + owner;
    }
    return "'" + name + "'" + owner;
  }
}
