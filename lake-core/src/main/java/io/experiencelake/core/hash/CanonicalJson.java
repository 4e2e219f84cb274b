package io.experiencelake.core.hash;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.erdtman.jcs.NumberToJSON;
import tools.jackson.databind.JsonNode;

/**
 * Writes the RFC 8785 canonical form of a JSON tree straight from the tree: properties sorted by
 * UTF-16 code units, numbers as ECMAScript writes them (erdtman's {@link NumberToJSON}), strings
 * with only {@code "}, {@code \} and the control characters escaped, no whitespace.
 *
 * <p>It writes what erdtman's {@code JsonCanonicalizer} writes of the tree's JSON text (the tests
 * hold it to that), without writing the tree as text and parsing it again; and it marks where each
 * element of a top-level {@code entries} array starts and ends, so a lake's entries are hashed from
 * the lake's own canonical form. Numbers must be finite ({@link LakeHashes} checks first).
 */
final class CanonicalJson {

  private static final String ENTRIES = "entries";

  /** Canonical text, and where each element of the top-level {@code entries} array lies in it. */
  record Written(String text, List<Span> entries) {}

  /** A run of characters, from {@code start} (inclusive) to {@code end} (exclusive). */
  record Span(int start, int end) {}

  private final StringBuilder out = new StringBuilder();
  private final List<Span> entries = new ArrayList<>();

  private CanonicalJson() {}

  /** The canonical form of {@code tree}, with the spans of its {@code entries} array's elements. */
  static Written write(JsonNode tree) {
    CanonicalJson writer = new CanonicalJson();
    writer.value(tree, true);
    return new Written(writer.out.toString(), List.copyOf(writer.entries));
  }

  private void value(JsonNode node, boolean root) {
    if (node.isObject()) {
      object(node, root);
    } else if (node.isArray()) {
      out.append('[');
      for (int i = 0; i < node.size(); i++) {
        if (i > 0) {
          out.append(',');
        }
        value(node.get(i), false);
      }
      out.append(']');
    } else if (node.isString()) {
      string(node.stringValue());
    } else if (node.isNumber()) {
      out.append(number(node));
    } else if (node.isBoolean()) {
      out.append(node.booleanValue());
    } else if (node.isNull()) {
      out.append("null");
    } else {
      throw new IllegalArgumentException("not JSON: a " + node.getNodeType() + " node");
    }
  }

  private void object(JsonNode node, boolean root) {
    List<Map.Entry<String, JsonNode>> properties = new ArrayList<>(node.properties());
    properties.sort(Map.Entry.comparingByKey()); // String order: UTF-16 code units, as RFC 8785 asks
    out.append('{');
    boolean first = true;
    for (Map.Entry<String, JsonNode> property : properties) {
      if (!first) {
        out.append(',');
      }
      first = false;
      string(property.getKey());
      out.append(':');
      if (root && property.getKey().equals(ENTRIES) && property.getValue().isArray()) {
        spannedElements(property.getValue());
      } else {
        value(property.getValue(), false);
      }
    }
    out.append('}');
  }

  private void spannedElements(JsonNode array) {
    out.append('[');
    for (int i = 0; i < array.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      int start = out.length();
      value(array.get(i), false);
      entries.add(new Span(start, out.length()));
    }
    out.append(']');
  }

  private void string(String text) {
    out.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\n' -> out.append("\\n");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        default -> {
          if (c < 0x20) {
            out.append("\\u00").append(Character.forDigit(c >> 4, 16)).append(Character.forDigit(c & 0xf, 16));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }

  /** The number as the double its JSON text reads as, written as ECMAScript writes it. */
  private static String number(JsonNode node) {
    double value = switch (node.numberType()) {
      // A float's text is its shortest decimal, which reads as a different double than the float widened.
      case FLOAT -> Double.parseDouble(Float.toString(node.floatValue()));
      case BIG_DECIMAL -> Double.parseDouble(node.decimalValue().toString());
      // int, long, BigInteger and double convert to the nearest double, as their text parses.
      default -> node.doubleValue();
    };
    try {
      return NumberToJSON.serializeNumber(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // only for NaN and the infinities, checked before
    }
  }
}
