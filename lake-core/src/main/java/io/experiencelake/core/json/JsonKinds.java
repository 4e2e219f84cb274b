package io.experiencelake.core.json;

import tools.jackson.databind.JsonNode;

/**
 * What a JSON value is, in words ({@code an object}, {@code an array}, {@code a string},
 * {@code a number}, {@code a boolean}, {@code null}, or {@code nothing} where there is no value),
 * for messages such as {@code expected a string but found an array}.
 *
 * <pre>{@code
 * String found = JsonKinds.of(node.get("entries"));   // "an array"
 * }</pre>
 */
public final class JsonKinds {

  private JsonKinds() {}

  /** What {@code node} is, in words; {@code nothing} for {@code null} or a missing node. */
  public static String of(JsonNode node) {
    if (node == null) {
      return "nothing";
    }
    return switch (node.getNodeType()) {
      case MISSING -> "nothing";
      case OBJECT -> "an object";
      case ARRAY -> "an array";
      case STRING -> "a string";
      case NUMBER -> "a number";
      case BOOLEAN -> "a boolean";
      default -> "null";
    };
  }
}
