package io.experiencelake.core.json;

import io.experiencelake.core.Diagnostic;
import io.experiencelake.core.ImmutableDiagnostic;
import io.experiencelake.core.Rule;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.SequenceInputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Parses JSON text once into a tree, recording for every JSON Pointer the line and column where its
 * value starts (for an object member: where its key starts).
 *
 * <p>Uses the strict settings of {@link Mappers#STRICT} (no NaN or Infinity, no comments, Jackson's
 * stream constraints on depth and sizes), but finds duplicate keys itself so it can report all of
 * them. Syntax problems become located diagnostics, never exceptions.
 */
final class LocatingParser {

  private static final JsonNodeFactory NODES = Mappers.STRICT.getNodeFactory();
  private static final char BYTE_ORDER_MARK = '\uFEFF';

  /** A 1-based line and column. */
  record Position(int line, int column) {
    static Position of(TokenStreamLocation location) {
      return new Position(Math.max(1, location.getLineNr()), Math.max(1, location.getColumnNr()));
    }

    @Override
    public String toString() {
      return "line " + line + ", column " + column;
    }
  }

  /**
   * What parsing found: the tree (absent when the text is not JSON), the position of every pointer,
   * and the problems, each already located.
   */
  record Parsed(JsonNode tree, Map<String, Position> positions, List<Diagnostic> problems) {

    /** Whether a tree was built. */
    boolean hasTree() {
      return tree != null;
    }

    /**
     * The diagnostic located at its pointer's position, or, for a pointer with none (a missing field),
     * the nearest enclosing one's.
     */
    Diagnostic locate(Diagnostic diagnostic, String source) {
      if (diagnostic.line().isPresent()) {
        return diagnostic;
      }
      String pointer = diagnostic.pointer();
      while (true) {
        Position position = positions.get(pointer);
        if (position != null) {
          return diagnostic.at(source, position.line(), position.column());
        }
        if (pointer.isEmpty()) {
          return ImmutableDiagnostic.copyOf(diagnostic).withSource(source);
        }
        pointer = Pointers.parent(pointer);
      }
    }
  }

  private final String source;
  private final JsonParser parser;
  private final Map<String, Position> positions = new HashMap<>();
  private final List<Diagnostic> problems = new ArrayList<>();
  /** The pointer of the value being read, for locating syntax errors. */
  private String current = "";

  private LocatingParser(String source, JsonParser parser) {
    this.source = source;
    this.parser = parser;
  }

  private static LocatingParser over(String source, String text) {
    return new LocatingParser(source, reader().createParser(text));
  }

  private static LocatingParser over(String source, Reader text) {
    return new LocatingParser(source, reader().createParser(text));
  }

  private static ObjectReader reader() {
    return Mappers.STRICT.reader().without(StreamReadFeature.STRICT_DUPLICATE_DETECTION);
  }

  /**
   * Parses UTF-8 bytes; invalid UTF-8 is a located {@link Rule#JSON_SYNTAX} problem.
   *
   * <p>The bytes are checked in small chunks and then streamed to the parser, never copied whole
   * into characters, so memory stays bounded by the input and the parser's stream constraints.
   */
  static Parsed parse(byte[] utf8, String source) {
    Diagnostic malformed = firstMalformedByte(utf8, source);
    if (malformed != null) {
      return new Parsed(null, Map.of(), List.of(malformed));
    }
    List<Diagnostic> early = new ArrayList<>();
    InputStream body = new ByteArrayInputStream(utf8);
    if (utf8.length >= 3 && (utf8[0] & 0xff) == 0xEF && (utf8[1] & 0xff) == 0xBB && (utf8[2] & 0xff) == 0xBF) {
      early.add(byteOrderMark(source));
      body = new SequenceInputStream(new ByteArrayInputStream(new byte[] {' '}), new ByteArrayInputStream(utf8, 3, utf8.length - 3));
    }
    LocatingParser reader = over(source, new InputStreamReader(body, StandardCharsets.UTF_8));
    reader.problems.addAll(early);
    return reader.run();
  }

  /** The problem at the first byte that is not UTF-8, or {@code null} when every byte is; decodes in small chunks. */
  private static Diagnostic firstMalformedByte(byte[] utf8, String source) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(utf8);
    CharBuffer out = CharBuffer.allocate(8192);
    int[] position = {1, 1};
    while (true) {
      CoderResult result = decoder.decode(in, out, true);
      if (result.isUnderflow()) {
        result = decoder.flush(out);
      }
      out.flip();
      advance(out, position);
      out.clear();
      if (result.isError()) {
        Position at = new Position(position[0], position[1]);
        int bad = utf8[in.position()] & 0xff;
        return Diagnostic.of(Rule.JSON_SYNTAX, "",
                String.format(Locale.ROOT, "the input is not valid UTF-8: byte 0x%02X at %s cannot start or continue a character",
                    bad, at),
                "save the file as UTF-8")
            .at(source, at.line(), at.column());
      }
      if (result.isUnderflow()) {
        return null;
      }
    }
  }

  /** Parses text; a leading byte-order mark is reported and otherwise read as a space. */
  static Parsed parse(String text, String source) {
    List<Diagnostic> early = new ArrayList<>();
    String body = text;
    if (!text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK) {
      early.add(byteOrderMark(source));
      body = ' ' + text.substring(1);
    }
    LocatingParser reader = over(source, body);
    reader.problems.addAll(early);
    return reader.run();
  }

  private static Diagnostic byteOrderMark(String source) {
    return Diagnostic.of(Rule.JSON_SYNTAX, "", "the input starts with a byte-order mark (U+FEFF)",
        "save the file as UTF-8 without a byte-order mark").at(source, 1, 1);
  }

  private Parsed run() {
    try (JsonParser p = parser) {
      JsonNode tree;
      try {
        JsonToken first = p.nextToken();
        if (first == null) {
          problems.add(located(Rule.JSON_SYNTAX, "", new Position(1, 1), "the input is empty",
              "write the lake as one JSON object: { \"owner\": { … }, … }"));
          return done(null);
        }
        tree = readValue("", true);
      } catch (JacksonException e) {
        problems.add(syntaxProblem(e));
        return done(null);
      }
      try {
        JsonToken extra = p.nextToken();
        if (extra != null) {
          problems.add(trailing(Position.of(p.currentTokenLocation())));
        }
      } catch (JacksonException e) {
        TokenStreamLocation location = e.getLocation();
        problems.add(trailing(Position.of(location == null || location.getLineNr() < 1 ? p.currentLocation() : location)));
      }
      return done(tree);
    }
  }

  private Parsed done(JsonNode tree) {
    return new Parsed(tree, Map.copyOf(positions), List.copyOf(problems));
  }

  /** Reads the value at the current token; {@code record} is false inside a duplicate key's value. */
  private JsonNode readValue(String pointer, boolean record) {
    current = pointer;
    if (record && !positions.containsKey(pointer)) {
      positions.put(pointer, Position.of(parser.currentTokenLocation()));
    }
    JsonToken token = parser.currentToken();
    switch (token) {
      case START_OBJECT:
        return readObject(pointer, record);
      case START_ARRAY:
        return readArray(pointer, record);
      case VALUE_STRING:
        return NODES.stringNode(parser.getString());
      case VALUE_NUMBER_INT:
        switch (parser.getNumberType()) {
          case INT:
            return NODES.numberNode(parser.getIntValue());
          case LONG:
            return NODES.numberNode(parser.getLongValue());
          default:
            java.math.BigInteger big = parser.getBigIntegerValue();
            if (!Double.isFinite(big.doubleValue())) {
              tooLarge(pointer);
            }
            return NODES.numberNode(big);
        }
      case VALUE_NUMBER_FLOAT:
        double number = parser.getDoubleValue();
        if (Double.isFinite(number)) {
          return NODES.numberNode(number);
        }
        tooLarge(pointer);
        return NODES.numberNode(parser.getDecimalValue());
      case VALUE_TRUE:
        return NODES.booleanNode(true);
      case VALUE_FALSE:
        return NODES.booleanNode(false);
      case VALUE_NULL:
        return NODES.nullNode();
      default:
        throw new IllegalStateException("unexpected token " + token + " at " + pointer);
    }
  }

  private ObjectNode readObject(String pointer, boolean record) {
    ObjectNode object = NODES.objectNode();
    Map<String, Position> keys = new HashMap<>();
    JsonToken token;
    while ((token = parser.nextToken()) == JsonToken.PROPERTY_NAME) {
      String name = parser.currentName();
      String child = Pointers.child(pointer, name);
      Position at = Position.of(parser.currentTokenLocation());
      Position first = keys.putIfAbsent(name, at);
      boolean duplicate = first != null;
      if (duplicate) {
        problems.add(located(Rule.DUPLICATE_KEY, child, at,
            "key " + Words.quote(name) + " appears twice: first at " + first + ", again at " + at,
            "remove one of the two; an object names each key once"));
      } else if (record) {
        positions.put(child, at);
      }
      current = child;
      parser.nextToken();
      JsonNode value = readValue(child, record && !duplicate);
      if (!duplicate) {
        object.set(name, value);
      }
      current = pointer;
    }
    if (token != JsonToken.END_OBJECT) {
      throw new IllegalStateException("unexpected token " + token + " in object at " + pointer);
    }
    return object;
  }

  private ArrayNode readArray(String pointer, boolean record) {
    ArrayNode array = NODES.arrayNode();
    while (true) {
      current = Pointers.child(pointer, array.size());
      if (parser.nextToken() == JsonToken.END_ARRAY) {
        break;
      }
      array.add(readValue(current, record));
      current = pointer;
    }
    return array;
  }

  /** Reports a number beyond a double's range; the tree keeps its exact value so checking goes on. */
  private void tooLarge(String pointer) {
    problems.add(located(Rule.JSON_SYNTAX, pointer, Position.of(parser.currentTokenLocation()),
        "the number " + Words.quote(parser.getString()) + " is too large to use",
        "write a number of at most about 1.8e308 in size"));
  }

  private Diagnostic syntaxProblem(JacksonException e) {
    TokenStreamLocation location = e.getLocation();
    Position at = Position.of(location == null || location.getLineNr() < 1 ? parser.currentLocation() : location);
    String raw = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
    String firstLine = raw.lines().findFirst().orElse("").strip();
    if (e instanceof StreamConstraintsException) {
      return located(Rule.JSON_SYNTAX, current, at, "the input exceeds a parser limit: " + firstLine,
          "make the document smaller or less deeply nested");
    }
    if (firstLine.startsWith("Non-standard token")) {
      return located(Rule.JSON_SYNTAX, current, at,
          "'" + firstLine.replaceFirst("^Non-standard token '([^']*)'.*$", "$1") + "' is not a JSON number",
          "JSON has no NaN or Infinity; write a finite number");
    }
    if (firstLine.contains("maybe a (non-standard) comment")) {
      return located(Rule.JSON_SYNTAX, current, at, "comments are not allowed in JSON", "remove the comment");
    }
    return located(Rule.JSON_SYNTAX, current, at, "the input is not valid JSON: " + firstLine,
        "check the JSON here: strings and keys in double quotes, a comma between items, none after the last");
  }

  private Diagnostic trailing(Position at) {
    return located(Rule.TRAILING_CONTENT, "", at, "something follows the end of the lake's JSON object",
        "remove everything after the closing brace; a file holds one lake");
  }

  private Diagnostic located(Rule rule, String pointer, Position at, String message, String hint) {
    return Diagnostic.of(rule, pointer, message, hint).at(source, at.line(), at.column());
  }

  /** Moves the 1-based {@code position} (line, column) past {@code text}. */
  private static void advance(CharSequence text, int[] position) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        position[0]++;
        position[1] = 1;
      } else {
        position[1]++;
      }
    }
  }
}
