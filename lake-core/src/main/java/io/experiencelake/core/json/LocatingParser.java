package io.experiencelake.core.json;

import io.experiencelake.core.Diagnostic;
import io.experiencelake.core.Rule;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonPointer;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Parses JSON text once into a tree, recording where each value starts (for an object member:
 * where its key starts), so any JSON Pointer into the tree can be given a line and column.
 *
 * <p>Uses the strict settings of {@link Mappers#STRICT} (no NaN or Infinity, no comments, Jackson's
 * stream constraints on depth and sizes), but finds duplicate keys itself so it can report all of
 * them. Syntax problems, bytes that are not UTF-8 and lone UTF-16 surrogates (in the text or
 * written as {@code \ud800} escapes) become located diagnostics, never exceptions.
 */
final class LocatingParser {

  private static final JsonNodeFactory NODES = Mappers.STRICT.getNodeFactory();
  private static final char BYTE_ORDER_MARK = '\uFEFF';

  /**
   * What parsing found: the tree (absent when the text is not JSON) and the problems, each located.
   *
   * @param rootOffset where the tree's root value starts in {@code text}
   */
  record Parsed(String source, JsonNode tree, int rootOffset, Text text, List<Diagnostic> problems) implements LocatedTree {

    Parsed {
      problems = List.copyOf(problems);
    }

    /** Whether a tree was built. */
    boolean hasTree() {
      return tree != null;
    }

    @Override
    public Optional<LocatedTree.Position> position(String pointer) {
      JsonPointer at;
      try {
        at = JsonPointer.compile(pointer);
      } catch (IllegalArgumentException notAPointer) {
        return Optional.empty();
      }
      JsonNode node = tree;
      int found = tree != null ? rootOffset : NOWHERE;
      for (; node != null && found != NOWHERE && !at.matches(); at = at.tail()) {
        if (node instanceof LocatedObject object) {
          found = object.offsets.getOrDefault(at.getMatchingProperty(), NOWHERE);
          node = object.get(at.getMatchingProperty());
        } else if (node instanceof LocatedArray array && at.getMatchingIndex() >= 0 && at.getMatchingIndex() < array.size()) {
          found = array.offsets[at.getMatchingIndex()];
          node = array.get(at.getMatchingIndex());
        } else {
          found = NOWHERE;
        }
      }
      return found == NOWHERE ? Optional.empty() : Optional.of(text.at(found));
    }
  }

  /** No position: a member or element the tree does not have. */
  private static final int NOWHERE = -1;

  /** An object that remembers where the key of each of its members starts, even after the member is removed. */
  static final class LocatedObject extends ObjectNode {
    final Map<String, Integer> offsets = new HashMap<>();

    LocatedObject() {
      super(NODES);
    }
  }

  /** An array that remembers where each of its elements starts. */
  static final class LocatedArray extends ArrayNode {
    private int[] offsets = new int[4];

    LocatedArray() {
      super(NODES);
    }

    /** Adds {@code value}, which starts at {@code offset}. */
    void addStartingAt(int offset, JsonNode value) {
      if (size() == offsets.length) {
        offsets = Arrays.copyOf(offsets, size() * 2);
      }
      offsets[size()] = offset;
      add(value);
    }
  }

  /**
   * The text being read, named {@code source} in diagnostics, and where its lines start (counted
   * once, on the first question, so a valid lake pays nothing): lines end at {@code \n},
   * {@code \r\n} or a lone {@code \r}, as the parser counts them. It makes the located diagnostics
   * that JSON and YAML share.
   */
  static final class Text {
    final String source;
    private final String text;
    private int[] lineStarts;

    Text(String source, String text) {
      this.source = source;
      this.text = text;
    }

    /** The line and column of the character at {@code offset}. */
    LocatedTree.Position at(int offset) {
      if (lineStarts == null) {
        lineStarts = lineStarts(text);
      }
      int at = Math.max(0, Math.min(offset, text.length()));
      int line = Arrays.binarySearch(lineStarts, at);
      line = line < 0 ? -line - 2 : line;
      return new LocatedTree.Position(line + 1, 1 + at - lineStarts[line]);
    }

    /**
     * Where each line of {@code text} starts. Only a line end can start a line, so the scan jumps
     * from one {@code \n} to the next with {@link String#indexOf(int, int)} (the JDK's fast
     * search), reading every character only in a text that holds a {@code \r}.
     */
    private static int[] lineStarts(String text) {
      int[] starts = new int[16];
      int count = 1;
      boolean returns = text.indexOf('\r') >= 0;
      for (int i = returns ? 0 : text.indexOf('\n'); i >= 0 && i < text.length(); i = returns ? i + 1 : text.indexOf('\n', i + 1)) {
        char c = text.charAt(i);
        if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
          starts = count == starts.length ? Arrays.copyOf(starts, count * 2) : starts;
          starts[count++] = i + 1;
        }
      }
      return Arrays.copyOf(starts, count);
    }

    /** The diagnostic located at the character at {@code offset}. */
    Diagnostic problem(Rule rule, String pointer, int offset, String message, String hint) {
      LocatedTree.Position at = at(offset);
      return Diagnostic.of(rule, pointer, message, hint).at(source, at.line(), at.column());
    }

    /** A key of {@code container} ("an object", "a mapping") written again at {@code again}. */
    Diagnostic duplicateKey(String pointer, String name, int first, int again, String container) {
      return problem(Rule.DUPLICATE_KEY, pointer, again,
          "key " + Words.quote(name) + " appears twice: first at " + at(first) + ", again at " + at(again),
          "remove one of the two; " + container + " names each key once");
    }

    /** A number beyond a double's range; the tree keeps its exact value so checking goes on. */
    Diagnostic tooLarge(String pointer, int offset, String number) {
      return problem(Rule.JSON_SYNTAX, pointer, offset, "the number " + Words.quote(number) + " is too large to use",
          "write a number of at most about 1.8e308 in size");
    }

    /** A text holding {@code surrogate} without its other half. */
    Diagnostic loneSurrogate(String pointer, int offset, char surrogate) {
      return problem(Rule.JSON_SYNTAX, pointer, offset,
          String.format(Locale.ROOT, "the text holds \\u%04x, half of a UTF-16 surrogate pair without its other half, which is no character", (int) surrogate),
          "write the whole character (both halves of the pair), or remove it");
    }
  }

  private final JsonParser parser;
  private final Text text;
  private final List<Diagnostic> problems = new ArrayList<>();
  /**
   * The path of the value being read, a property name or an array index a step: its JSON Pointer is
   * only built for a problem ({@link #pointer()}), not for every value read.
   */
  private final List<Object> path = new ArrayList<>();

  private LocatingParser(String body, Text text) {
    this.parser = Mappers.STRICT.reader().without(StreamReadFeature.STRICT_DUPLICATE_DETECTION).createParser(body);
    this.text = text;
  }

  /** Parses UTF-8 bytes; bytes that are not UTF-8 are a located {@link Rule#JSON_SYNTAX} problem. */
  static Parsed parse(byte[] utf8, String source) {
    // Decoded UTF-8 holds no lone surrogate (the decoder reads an encoded one as malformed): no search for one.
    return parseUtf8(utf8, source, LocatingParser::parseWhole);
  }

  /**
   * Parses the text of {@code utf8} with {@code parser} (either format), the first step of reading
   * a lake; when it is not well-formed UTF-8, no tree and the located {@link Rule#JSON_SYNTAX}
   * problem at its first bad byte. The bytes are decoded once by the JDK's fast path, which writes
   * U+FFFD for every malformed sequence, and checked strictly only when the text holds a U+FFFD
   * (which a file may also hold as a character of its own).
   */
  static Parsed parseUtf8(byte[] utf8, String source, BiFunction<String, String, Parsed> parser) {
    String text = new String(utf8, StandardCharsets.UTF_8);
    int malformed = text.indexOf('\uFFFD') < 0 ? -1 : firstMalformed(utf8);
    if (malformed < 0) {
      return parser.apply(text, source);
    }
    Text before = new Text(source, new String(utf8, 0, malformed, StandardCharsets.UTF_8));
    return new Parsed(source, null, NOWHERE, before, List.of(before.problem(Rule.JSON_SYNTAX, "", Integer.MAX_VALUE,
        String.format(Locale.ROOT, "the input is not valid UTF-8: byte 0x%02X at %s cannot start or continue a character",
            utf8[malformed] & 0xff, before.at(Integer.MAX_VALUE)),
        "save the file as UTF-8")));
  }

  /**
   * The offset of the first byte that does not begin a well-formed UTF-8 sequence (no overlong
   * forms, no surrogates, nothing above U+10FFFF), or -1 when every byte does: where the JDK's
   * strict decoder stops.
   */
  static int firstMalformed(byte[] bytes) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(8192);
    CoderResult result;
    do {
      out.clear();
      result = decoder.decode(in, out, true);
    } while (result.isOverflow());
    return result.isError() ? in.position() : -1;
  }

  /** Parses text; a leading byte-order mark is reported and otherwise read as a space. */
  static Parsed parse(String text, String source) {
    int lone = loneSurrogate(text);
    if (lone >= 0) {
      Text located = new Text(source, text);
      return new Parsed(source, null, NOWHERE, located, List.of(located.loneSurrogate("", lone, text.charAt(lone))));
    }
    return parseWhole(text, source);
  }

  /** Parses text that holds no lone surrogate. */
  private static Parsed parseWhole(String text, String source) {
    boolean marked = !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK;
    LocatingParser reader = new LocatingParser(marked ? ' ' + text.substring(1) : text, new Text(source, text));
    if (marked) {
      reader.problems.add(reader.text.problem(Rule.JSON_SYNTAX, "", 0,
          "the input starts with a byte-order mark (U+FEFF)", "save the file as UTF-8 without a byte-order mark"));
    }
    return reader.run();
  }

  /** The index of the first UTF-16 surrogate in {@code text} that is not half of a pair, or -1. */
  static int loneSurrogate(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return i;
      }
    }
    return -1;
  }

  private Parsed run() {
    try (JsonParser p = parser) {
      JsonNode tree;
      int root;
      try {
        if (p.nextToken() == null) {
          problems.add(text.problem(Rule.JSON_SYNTAX, "", 0, "the input is empty",
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
        if (p.nextToken() != null) {
          problems.add(trailing(offset(p.currentTokenLocation())));
        }
      } catch (JacksonException e) {
        problems.add(trailing(offsetOf(e.getLocation())));
      }
      return done(tree, root);
    }
  }

  private Parsed done(JsonNode tree, int root) {
    return new Parsed(text.source, tree, root, text, problems);
  }

  private static int offset(TokenStreamLocation location) {
    return (int) location.getCharOffset();
  }

  /** The offset of a location an exception gave, or of where the parser stands when it gave none. */
  private int offsetOf(TokenStreamLocation location) {
    int at = location == null ? -1 : offset(location);
    return at >= 0 ? at : offset(parser.currentLocation());
  }

  /** Reads the value at the current token. */
  private JsonNode readValue() {
    JsonToken token = parser.currentToken();
    return switch (token) {
      case START_OBJECT -> readObject();
      case START_ARRAY -> readArray();
      case VALUE_STRING -> NODES.stringNode(checked(parser.getString()));
      case VALUE_NUMBER_INT -> switch (parser.getNumberType()) {
        case INT -> NODES.numberNode(parser.getIntValue());
        case LONG -> NODES.numberNode(parser.getLongValue());
        default -> {
          java.math.BigInteger big = parser.getBigIntegerValue();
          if (!Double.isFinite(big.doubleValue())) {
            tooLarge();
          }
          yield NODES.numberNode(big);
        }
      };
      case VALUE_NUMBER_FLOAT -> {
        double number = parser.getDoubleValue();
        if (Double.isFinite(number)) {
          yield NODES.numberNode(number);
        }
        tooLarge();
        yield tooLargeNumber(parser.getString(), number);
      }
      case VALUE_TRUE -> NODES.booleanNode(true);
      case VALUE_FALSE -> NODES.booleanNode(false);
      case VALUE_NULL -> NODES.nullNode();
      default -> throw new IllegalStateException("unexpected token " + token + " at " + pointer());
    };
  }

  private ObjectNode readObject() {
    LocatedObject object = new LocatedObject();
    JsonToken token;
    while ((token = parser.nextToken()) == JsonToken.PROPERTY_NAME) {
      String name = checked(parser.currentName());
      int at = offset(parser.currentTokenLocation());
      path.add(name);
      Integer first = object.offsets.putIfAbsent(name, at);
      if (first != null) {
        problems.add(text.duplicateKey(pointer(), name, first, at, "an object"));
      }
      parser.nextToken();
      JsonNode value = readValue();
      if (first == null) {
        object.set(name, value);
      }
      path.remove(path.size() - 1);
    }
    if (token != JsonToken.END_OBJECT) {
      throw new IllegalStateException("unexpected token " + token + " in object at " + pointer());
    }
    return object;
  }

  private ArrayNode readArray() {
    LocatedArray array = new LocatedArray();
    // The path names the next element's index while its token is read.
    for (path.add(0); parser.nextToken() != JsonToken.END_ARRAY; path.set(path.size() - 1, array.size())) {
      array.addStartingAt(offset(parser.currentTokenLocation()), readValue());
    }
    path.remove(path.size() - 1);
    return array;
  }

  /** The JSON Pointer of the value being read. */
  private String pointer() {
    JsonPointer pointer = JsonPointer.empty();
    for (Object step : path) {
      pointer = step instanceof Integer index ? pointer.appendIndex(index) : pointer.appendProperty((String) step);
    }
    return pointer.toString();
  }

  /** The string as read, after reporting a lone surrogate in it (written as a {@code \ud800} escape). */
  private String checked(String value) {
    int lone = loneSurrogate(value);
    if (lone >= 0) {
      problems.add(text.loneSurrogate(pointer(), offset(parser.currentTokenLocation()), value.charAt(lone)));
    }
    return value;
  }

  private void tooLarge() {
    problems.add(text.tooLarge(pointer(), offset(parser.currentTokenLocation()), parser.getString()));
  }

  /**
   * The value of a decimal number too large for a double, reported already: exact where a
   * {@link BigDecimal} holds it, else (an exponent beyond an {@code int}, {@code 1e9999999999}) the
   * largest double of its sign.
   */
  static JsonNode tooLargeNumber(String number, double rounded) {
    try {
      return NODES.numberNode(new BigDecimal(number));
    } catch (NumberFormatException e) {
      return NODES.numberNode(Math.copySign(Double.MAX_VALUE, rounded));
    }
  }

  private Diagnostic syntaxProblem(JacksonException e) {
    int at = offsetOf(e.getLocation());
    String firstLine = Objects.toString(e.getOriginalMessage(), "").lines().findFirst().orElse("").strip();
    String pointer = pointer();
    if (e instanceof StreamConstraintsException) {
      return text.problem(Rule.JSON_SYNTAX, pointer, at, "the input exceeds a parser limit: " + firstLine,
          "make the document smaller or less deeply nested");
    }
    if (firstLine.startsWith("Non-standard token")) {
      return text.problem(Rule.JSON_SYNTAX, pointer, at,
          "'" + firstLine.replaceFirst("^Non-standard token '([^']*)'.*$", "$1") + "' is not a JSON number",
          "JSON has no NaN or Infinity; write a finite number");
    }
    if (firstLine.contains("maybe a (non-standard) comment")) {
      return text.problem(Rule.JSON_SYNTAX, pointer, at, "comments are not allowed in JSON", "remove the comment");
    }
    return text.problem(Rule.JSON_SYNTAX, pointer, at, "the input is not valid JSON: " + firstLine,
        "check the JSON here: strings and keys in double quotes, a comma between items, none after the last");
  }

  private Diagnostic trailing(int offset) {
    return text.problem(Rule.TRAILING_CONTENT, "", offset, "something follows the end of the lake's JSON object",
        "remove everything after the closing brace; a file holds one lake");
  }
}
