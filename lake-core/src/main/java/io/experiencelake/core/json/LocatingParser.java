package io.experiencelake.core.json;

import io.experiencelake.core.Diagnostic;
import io.experiencelake.core.ImmutableDiagnostic;
import io.experiencelake.core.Rule;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
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
 * Parses JSON text once into a tree, recording for every JSON Pointer where its value starts (for an
 * object member: where its key starts), as a line and column.
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

    @Override
    public String toString() {
      return "line " + line + ", column " + column;
    }
  }

  /**
   * What parsing found: the tree (absent when the text is not JSON), where each of its values
   * starts, and the problems, each already located.
   *
   * <p>Positions live in the tree's own containers (one offset into the text per member or
   * element), not in a map from pointer to position: a map entry and a pointer string per value
   * cost more than parsing itself on a large lake. A pointer is resolved by walking the tree, and an
   * offset becomes a line and column only when asked, through the text.
   */
  record Parsed(JsonNode tree, long rootOffset, Text text, List<Diagnostic> problems) {

    /** Whether a tree was built. */
    boolean hasTree() {
      return tree != null;
    }

    /** Where the value at {@code pointer} starts (for an object member: its key), if the tree has it. */
    Optional<Position> position(String pointer) {
      if (tree == null) {
        return Optional.empty();
      }
      if (pointer.isEmpty()) {
        return Optional.of(text.at(rootOffset));
      }
      if (pointer.charAt(0) != '/') {
        return Optional.empty();
      }
      JsonNode node = tree;
      long found = NOWHERE;
      int start = 1;
      while (node != null) {
        int slash = pointer.indexOf('/', start);
        int end = slash < 0 ? pointer.length() : slash;
        String token = pointer.substring(start, end);
        if (node instanceof LocatedObject) {
          String name = token.indexOf('~') < 0 ? token : token.replace("~1", "/").replace("~0", "~");
          found = ((LocatedObject) node).positionOf(name);
          node = node.get(name);
        } else if (node instanceof LocatedArray) {
          int index = arrayIndex(token);
          found = index < 0 ? NOWHERE : ((LocatedArray) node).positionOf(index);
          node = index < 0 ? null : node.get(index);
        } else {
          found = NOWHERE;
        }
        if (found == NOWHERE || slash < 0) {
          break;
        }
        start = slash + 1;
      }
      return found == NOWHERE ? Optional.empty() : Optional.of(text.at(found));
    }

    /** The position of every value of the tree by its JSON Pointer; built on each call, for tests and debugging. */
    Map<String, Position> positions() {
      Map<String, Position> all = new LinkedHashMap<>();
      if (tree != null) {
        all.put("", text.at(rootOffset));
        collect(tree, "", all);
      }
      return all;
    }

    private void collect(JsonNode node, String pointer, Map<String, Position> all) {
      if (node instanceof LocatedObject) {
        LocatedObject object = (LocatedObject) node;
        for (int i = 0; i < object.count; i++) {
          String child = Pointers.child(pointer, object.names[i]);
          all.put(child, text.at(object.at[i]));
          JsonNode value = object.get(object.names[i]);
          if (value != null) {
            collect(value, child, all);
          }
        }
      } else if (node instanceof LocatedArray) {
        LocatedArray array = (LocatedArray) node;
        for (int i = 0; i < array.count; i++) {
          String child = Pointers.child(pointer, i);
          all.put(child, text.at(array.at[i]));
          collect(array.get(i), child, all);
        }
      }
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
        Optional<Position> position = position(pointer);
        if (position.isPresent()) {
          return diagnostic.at(source, position.get().line(), position.get().column());
        }
        if (pointer.isEmpty()) {
          return ImmutableDiagnostic.copyOf(diagnostic).withSource(source);
        }
        pointer = Pointers.parent(pointer);
      }
    }

    /** The index a pointer token names: digits with no leading zero; -1 for anything else. */
    private static int arrayIndex(String token) {
      if (token.isEmpty() || token.length() > 9 || (token.length() > 1 && token.charAt(0) == '0')) {
        return -1;
      }
      for (int i = 0; i < token.length(); i++) {
        if (token.charAt(i) < '0' || token.charAt(i) > '9') {
          return -1;
        }
      }
      return Integer.parseInt(token);
    }
  }

  /** No position: a member or element the tree does not have. */
  private static final long NOWHERE = -1L;

  /** An object that remembers where the key of each of its members starts, in the order read. */
  static final class LocatedObject extends ObjectNode {
    private static final int INDEXED_ABOVE = 16;

    private String[] names = new String[4];
    private long[] at = new long[4];
    private int count;
    /** Member index by name, made on the first lookup in a large object so lookups stay constant-time. */
    private Map<String, Integer> index;

    LocatedObject() {
      super(NODES);
    }

    void record(String name, long position) {
      if (count == names.length) {
        names = Arrays.copyOf(names, count * 2);
        at = Arrays.copyOf(at, count * 2);
      }
      names[count] = name;
      at[count++] = position;
    }

    long positionOf(String name) {
      if (count > INDEXED_ABOVE) {
        if (index == null) {
          index = new HashMap<>(count * 2);
          for (int i = count - 1; i >= 0; i--) {
            index.put(names[i], i);
          }
        }
        Integer i = index.get(name);
        return i == null ? NOWHERE : at[i];
      }
      for (int i = 0; i < count; i++) {
        if (names[i].equals(name)) {
          return at[i];
        }
      }
      return NOWHERE;
    }
  }

  /** An array that remembers where each of its elements starts. */
  static final class LocatedArray extends ArrayNode {
    private long[] at = new long[4];
    private int count;

    LocatedArray() {
      super(NODES);
    }

    void record(long position) {
      if (count == at.length) {
        at = Arrays.copyOf(at, count * 2);
      }
      at[count++] = position;
    }

    long positionOf(int i) {
      return i < count ? at[i] : NOWHERE;
    }
  }

  /**
   * The text that was parsed, kept to turn an offset into it into a line and column when a position
   * is asked for: lines are counted once, on the first question, so a valid lake pays nothing.
   *
   * <p>Lines end at {@code \n}, {@code \r\n} or a lone {@code \r}, as the parser counts them;
   * columns count UTF-16 code units from 1, as in the text of a Java {@code String}.
   */
  abstract static class Text {
    private int[] lineStarts;

    /** The line and column of {@code offset}, an offset as the parser reports it. */
    final Position at(long offset) {
      if (lineStarts == null) {
        lineStarts = lineStarts();
      }
      int at = (int) Math.max(0, Math.min(offset, length()));
      int line = Arrays.binarySearch(lineStarts, at);
      if (line < 0) {
        line = -line - 2;
      }
      return new Position(line + 1, 1 + units(lineStarts[line], at));
    }

    abstract int length();

    abstract int unitAt(int i);

    /** The UTF-16 code units between two offsets of the same line. */
    abstract int units(int from, int to);

    private int[] lineStarts() {
      int[] starts = new int[16];
      int count = 1;
      int n = length();
      for (int i = 0; i < n; i++) {
        int c = unitAt(i);
        if (c == '\n' || (c == '\r' && (i + 1 == n || unitAt(i + 1) != '\n'))) {
          if (count == starts.length) {
            starts = Arrays.copyOf(starts, count * 2);
          }
          starts[count++] = i + 1;
        }
      }
      return Arrays.copyOf(starts, count);
    }
  }

  /** A {@code String}: offsets are character offsets. */
  static final class CharText extends Text {
    private final String text;

    CharText(String text) {
      this.text = text;
    }

    @Override
    int length() {
      return text.length();
    }

    @Override
    int unitAt(int i) {
      return text.charAt(i);
    }

    @Override
    int units(int from, int to) {
      return to - from;
    }
  }

  /** UTF-8 bytes: offsets are byte offsets; a character of four bytes is two UTF-16 code units. */
  private static final class Utf8Text extends Text {
    private final byte[] bytes;

    Utf8Text(byte[] bytes) {
      this.bytes = bytes;
    }

    @Override
    int length() {
      return bytes.length;
    }

    @Override
    int unitAt(int i) {
      return bytes[i] & 0xff;
    }

    @Override
    int units(int from, int to) {
      int units = 0;
      for (int i = from; i < to; i++) {
        int b = bytes[i] & 0xff;
        if ((b & 0xC0) != 0x80) {
          units += (b & 0xF8) == 0xF0 ? 2 : 1;
        }
      }
      return units;
    }
  }

  private final String source;
  private final JsonParser parser;
  private final Text text;
  private final List<Diagnostic> problems = new ArrayList<>();
  /**
   * The reference tokens (a {@code String} name or an {@code Integer} index) of the value being
   * read; its pointer is only built when a problem is reported there.
   */
  private final List<Object> path = new ArrayList<>();

  private LocatingParser(String source, JsonParser parser, Text text) {
    this.source = source;
    this.parser = parser;
    this.text = text;
  }

  private static ObjectReader reader() {
    return Mappers.STRICT.reader().without(StreamReadFeature.STRICT_DUPLICATE_DETECTION);
  }

  /**
   * Parses UTF-8 bytes; invalid UTF-8 is a located {@link Rule#JSON_SYNTAX} problem.
   *
   * <p>The bytes are checked in small chunks, then parsed as bytes: never copied whole into
   * characters, so memory stays bounded by the input and the parser's stream constraints.
   */
  static Parsed parse(byte[] utf8, String source) {
    Utf8Text text = new Utf8Text(utf8);
    Diagnostic malformed = firstMalformedByte(utf8, text, source);
    if (malformed != null) {
      return new Parsed(null, NOWHERE, text, List.of(malformed));
    }
    List<Diagnostic> early = new ArrayList<>();
    byte[] body = utf8;
    if (utf8.length >= 3 && (utf8[0] & 0xff) == 0xEF && (utf8[1] & 0xff) == 0xBB && (utf8[2] & 0xff) == 0xBF) {
      early.add(byteOrderMark(source));
      // Read as white space of the same length, so every offset still points into the original bytes.
      body = utf8.clone();
      Arrays.fill(body, 0, 3, (byte) ' ');
    }
    LocatingParser reader = new LocatingParser(source, reader().createParser(body), text);
    reader.problems.addAll(early);
    return reader.run();
  }

  /** The problem at the first byte that is not UTF-8, or {@code null} when every byte is. */
  private static Diagnostic firstMalformedByte(byte[] utf8, Text text, String source) {
    int offset = firstMalformed(utf8);
    if (offset < 0) {
      return null;
    }
    Position at = text.at(offset);
    return Diagnostic.of(Rule.JSON_SYNTAX, "",
            String.format(Locale.ROOT, "the input is not valid UTF-8: byte 0x%02X at %s cannot start or continue a character",
                utf8[offset] & 0xff, at),
            "save the file as UTF-8")
        .at(source, at.line(), at.column());
  }

  /**
   * The offset of the first byte that does not begin a well-formed UTF-8 sequence (RFC 3629, table
   * 3-7 of Unicode: no overlong forms, no surrogates, nothing above U+10FFFF), or -1 when every byte
   * does; for a broken sequence, the offset of its first byte, as the JDK's decoder reports it.
   *
   * <p>Written out rather than run through a {@link java.nio.charset.CharsetDecoder}: decoding into
   * characters only to throw them away cost a fifth of parsing a large lake, and this loop runs
   * through ASCII, most of a lake, a byte at a time with nothing else to do.
   */
  static int firstMalformed(byte[] bytes) {
    int n = bytes.length;
    int i = 0;
    while (i < n) {
      int b = bytes[i];
      if (b >= 0) {
        i++;
        continue;
      }
      b &= 0xff;
      int length;
      int low = 0x80;
      int high = 0xBF;
      if (b >= 0xC2 && b <= 0xDF) {
        length = 2;
      } else if (b >= 0xE0 && b <= 0xEF) {
        length = 3;
        low = b == 0xE0 ? 0xA0 : 0x80;
        high = b == 0xED ? 0x9F : 0xBF;
      } else if (b >= 0xF0 && b <= 0xF4) {
        length = 4;
        low = b == 0xF0 ? 0x90 : 0x80;
        high = b == 0xF4 ? 0x8F : 0xBF;
      } else {
        return i;
      }
      if (i + length > n) {
        return i;
      }
      int second = bytes[i + 1] & 0xff;
      if (second < low || second > high) {
        return i;
      }
      for (int k = 2; k < length; k++) {
        if ((bytes[i + k] & 0xC0) != 0x80) {
          return i;
        }
      }
      i += length;
    }
    return -1;
  }

  /** Parses text; a leading byte-order mark is reported and otherwise read as a space. */
  static Parsed parse(String text, String source) {
    List<Diagnostic> early = new ArrayList<>();
    String body = text;
    if (!text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK) {
      early.add(byteOrderMark(source));
      body = ' ' + text.substring(1);
    }
    LocatingParser reader = new LocatingParser(source, reader().createParser(body), new CharText(text));
    reader.problems.addAll(early);
    return reader.run();
  }

  private static Diagnostic byteOrderMark(String source) {
    return Diagnostic.of(Rule.JSON_SYNTAX, "", "the input starts with a byte-order mark (U+FEFF)",
        "save the file as UTF-8 without a byte-order mark").at(source, 1, 1);
  }

  /** Where {@code location} is in the text: its character offset for text, its byte offset for bytes. */
  private static long offset(TokenStreamLocation location) {
    long chars = location.getCharOffset();
    return chars >= 0 ? chars : location.getByteOffset();
  }

  /** The position of a location an exception gave, or of where the parser stands when it gave none. */
  private Position positionOf(TokenStreamLocation location) {
    long at = location == null ? -1 : offset(location);
    return text.at(at >= 0 ? at : offset(parser.currentLocation()));
  }

  private Parsed run() {
    try (JsonParser p = parser) {
      JsonNode tree;
      long root;
      try {
        JsonToken first = p.nextToken();
        if (first == null) {
          problems.add(located(Rule.JSON_SYNTAX, "", new Position(1, 1), "the input is empty",
              "write the lake as one JSON object: { \"owner\": { … }, … }"));
          return done(null, NOWHERE);
        }
        root = offset(p.currentTokenLocation());
        tree = readValue();
      } catch (JacksonException e) {
        problems.add(syntaxProblem(e));
        return done(null, NOWHERE);
      }
      try {
        JsonToken extra = p.nextToken();
        if (extra != null) {
          problems.add(trailing(text.at(offset(p.currentTokenLocation()))));
        }
      } catch (JacksonException e) {
        problems.add(trailing(positionOf(e.getLocation())));
      }
      return done(tree, root);
    }
  }

  private Parsed done(JsonNode tree, long root) {
    return new Parsed(tree, root, text, List.copyOf(problems));
  }

  /** The JSON Pointer of the value being read. */
  private String current() {
    StringBuilder pointer = new StringBuilder();
    for (Object token : path) {
      pointer.append('/');
      if (token instanceof String) {
        pointer.append(((String) token).replace("~", "~0").replace("/", "~1"));
      } else {
        pointer.append(token);
      }
    }
    return pointer.toString();
  }

  /** Reads the value at the current token. */
  private JsonNode readValue() {
    JsonToken token = parser.currentToken();
    switch (token) {
      case START_OBJECT:
        return readObject();
      case START_ARRAY:
        return readArray();
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
              tooLarge();
            }
            return NODES.numberNode(big);
        }
      case VALUE_NUMBER_FLOAT:
        double number = parser.getDoubleValue();
        if (Double.isFinite(number)) {
          return NODES.numberNode(number);
        }
        tooLarge();
        return NODES.numberNode(parser.getDecimalValue());
      case VALUE_TRUE:
        return NODES.booleanNode(true);
      case VALUE_FALSE:
        return NODES.booleanNode(false);
      case VALUE_NULL:
        return NODES.nullNode();
      default:
        throw new IllegalStateException("unexpected token " + token + " at " + current());
    }
  }

  private ObjectNode readObject() {
    LocatedObject object = new LocatedObject();
    JsonToken token;
    while ((token = parser.nextToken()) == JsonToken.PROPERTY_NAME) {
      String name = parser.currentName();
      long at = offset(parser.currentTokenLocation());
      path.add(name);
      // The object holds each key's first value only, so a key it has is a duplicate.
      boolean duplicate = object.has(name);
      if (duplicate) {
        Position first = text.at(object.positionOf(name));
        Position again = text.at(at);
        problems.add(located(Rule.DUPLICATE_KEY, current(), again,
            "key " + Words.quote(name) + " appears twice: first at " + first + ", again at " + again,
            "remove one of the two; an object names each key once"));
      } else {
        object.record(name, at);
      }
      parser.nextToken();
      JsonNode value = readValue();
      if (!duplicate) {
        object.set(name, value);
      }
      path.remove(path.size() - 1);
    }
    if (token != JsonToken.END_OBJECT) {
      throw new IllegalStateException("unexpected token " + token + " in object at " + current());
    }
    return object;
  }

  private ArrayNode readArray() {
    LocatedArray array = new LocatedArray();
    while (true) {
      path.add(array.size());
      if (parser.nextToken() == JsonToken.END_ARRAY) {
        path.remove(path.size() - 1);
        break;
      }
      array.record(offset(parser.currentTokenLocation()));
      array.add(readValue());
      path.remove(path.size() - 1);
    }
    return array;
  }

  /** Reports a number beyond a double's range; the tree keeps its exact value so checking goes on. */
  private void tooLarge() {
    problems.add(located(Rule.JSON_SYNTAX, current(), text.at(offset(parser.currentTokenLocation())),
        "the number " + Words.quote(parser.getString()) + " is too large to use",
        "write a number of at most about 1.8e308 in size"));
  }

  private Diagnostic syntaxProblem(JacksonException e) {
    TokenStreamLocation location = e.getLocation();
    Position at = positionOf(location);
    String raw = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
    String firstLine = raw.lines().findFirst().orElse("").strip();
    if (e instanceof StreamConstraintsException) {
      return located(Rule.JSON_SYNTAX, current(), at, "the input exceeds a parser limit: " + firstLine,
          "make the document smaller or less deeply nested");
    }
    if (firstLine.startsWith("Non-standard token")) {
      return located(Rule.JSON_SYNTAX, current(), at,
          "'" + firstLine.replaceFirst("^Non-standard token '([^']*)'.*$", "$1") + "' is not a JSON number",
          "JSON has no NaN or Infinity; write a finite number");
    }
    if (firstLine.contains("maybe a (non-standard) comment")) {
      return located(Rule.JSON_SYNTAX, current(), at, "comments are not allowed in JSON", "remove the comment");
    }
    return located(Rule.JSON_SYNTAX, current(), at, "the input is not valid JSON: " + firstLine,
        "check the JSON here: strings and keys in double quotes, a comma between items, none after the last");
  }

  private Diagnostic trailing(Position at) {
    return located(Rule.TRAILING_CONTENT, "", at, "something follows the end of the lake's JSON object",
        "remove everything after the closing brace; a file holds one lake");
  }

  private Diagnostic located(Rule rule, String pointer, Position at, String message, String hint) {
    return Diagnostic.of(rule, pointer, message, hint).at(source, at.line(), at.column());
  }
}
