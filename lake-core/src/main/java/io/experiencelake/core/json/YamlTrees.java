package io.experiencelake.core.json;

import io.experiencelake.core.Diagnostic;
import io.experiencelake.core.Rule;
import io.experiencelake.core.json.LocatingParser.LocatedArray;
import io.experiencelake.core.json.LocatingParser.LocatedObject;
import io.experiencelake.core.json.LocatingParser.Parsed;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.common.Anchor;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.ReaderException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.resolver.CoreScalarResolver;
import org.snakeyaml.engine.v2.resolver.ScalarResolver;
import org.snakeyaml.engine.v2.scanner.StreamReader;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Parses YAML text once into the same located tree {@link LocatingParser} makes of JSON, so a
 * {@code lake.yaml} goes through the same schema, binding and checks, and every diagnostic gets the
 * YAML file's line and column.
 *
 * <p>Reads YAML 1.2 with the core schema (so {@code on: 2025-03-14} and {@code no} stay text) from
 * the events of SnakeYAML Engine, the parser inside Jackson's YAML format: Jackson's own YAML parser
 * drops the anchors of scalars and the tags of first keys, which a strict reader must see. What a
 * lake cannot hold is refused with a located diagnostic, never an exception:
 *
 * <ul>
 *   <li>more than one document, as {@link Rule#TRAILING_CONTENT};
 *   <li>a key given twice, as in JSON, and a merge key ({@code <<}) that would hide a key given
 *       elsewhere in the mapping or by another merged mapping, as {@link Rule#DUPLICATE_KEY};
 *   <li>custom tags ({@code !secret}, {@code !!binary}, {@code !!set}…), keys that are not text,
 *       {@code .nan} and {@code .inf}, as {@link Rule#UNSUPPORTED_YAML};
 *   <li>aliases beyond {@value #MAX_ALIASES}, or adding more than {@value #MAX_ALIAS_VALUES} values
 *       in all (an expansion bomb, refused before it is expanded), as {@link Rule#UNSUPPORTED_YAML};
 *   <li>the limits JSON has: the document's size, a string's length, nesting and token count.
 * </ul>
 *
 * <p>An alias shares the anchored value rather than copying it, so memory stays bounded by what
 * is written.
 */
final class YamlTrees {

  /** The most aliases a lake may use. */
  static final int MAX_ALIASES = 10_000;

  /** The most values aliases may add to a lake, counting each alias as the whole value it repeats. */
  static final long MAX_ALIAS_VALUES = 1_000_000;

  /** The deepest nesting, as Jackson's default for JSON. */
  static final int MAX_DEPTH = 500;

  private static final JsonNodeFactory NODES = Mappers.STRICT.getNodeFactory();
  /** YAML 1.2's core schema, which reads and writes {@code lake.yaml}. */
  static final ScalarResolver RESOLVER = new CoreScalarResolver(false);
  static final String MERGE_KEY = "<<";
  /** The standard tags a scalar may carry, by their full text: any other tag is refused by that text. */
  private static final Map<String, Tag> SCALAR_TAGS = Stream.of(Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL)
      .collect(Collectors.toUnmodifiableMap(Tag::getValue, tag -> tag));
  private static final LoadSettings SETTINGS = LoadSettings.builder()
      .setCodePointLimit(Mappers.MAX_DOCUMENT_LENGTH)
      .setParseComments(false)
      .setUseMarks(true)
      .build();

  /** A value defined with an anchor, and how many values it stands for. */
  private record Anchored(JsonNode node, long size) {}

  /** Stops reading: the problem is already recorded. */
  private static final class Stop extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Stop() {
      super(null, null, false, false);
    }
  }

  private final LocatingParser.Text text;
  private final YamlText marks;
  private final Iterator<Event> events;
  private final List<Diagnostic> problems = new ArrayList<>();
  private final Map<String, Anchored> anchors = new HashMap<>();
  private Event last;
  private long tokens;
  private long values;
  private int aliases;
  private long aliasValues;

  private YamlTrees(String text, String source) {
    this.text = new LocatingParser.Text(source, text);
    this.marks = new YamlText(text);
    this.events = new ParserImpl(SETTINGS, new StreamReader(SETTINGS, marks.reader()));
  }

  /** Parses UTF-8 bytes; invalid UTF-8 is a located {@link Rule#JSON_SYNTAX} problem, as in JSON. */
  static Parsed parse(byte[] utf8, String source) {
    return LocatingParser.parseUtf8(utf8, source, YamlTrees::parse);
  }

  /** Parses text. */
  static Parsed parse(String text, String source) {
    return new YamlTrees(text, source).run();
  }

  private Parsed run() {
    JsonNode tree = null;
    int root = -1;
    try {
      next(); // stream start
      Event event = next();
      if (event.getEventId() == Event.ID.StreamEnd) {
        problems.add(located(Rule.JSON_SYNTAX, JsonPointer.empty(), event, "the input is empty",
            "write the lake as one YAML mapping, starting with 'owner:'"));
        return done(null, -1);
      }
      Event first = next(); // the document's root value
      root = offset(first);
      tree = value(first, JsonPointer.empty(), 0);
      next(); // document end
      Event after = next();
      if (after.getEventId() == Event.ID.DocumentStart) {
        problems.add(located(Rule.TRAILING_CONTENT, JsonPointer.empty(), after, "a second YAML document starts here",
            "remove it, or move it to a file of its own: a file holds one lake"));
      }
    } catch (Stop stop) {
      return done(null, -1);
    } catch (YamlEngineException e) {
      problems.add(syntaxProblem(e));
      return done(null, -1);
    }
    return done(tree, root);
  }

  private Parsed done(JsonNode tree, int root) {
    return new Parsed(text.source, tree, root, text, problems);
  }

  private Event next() {
    if (++tokens > Mappers.MAX_TOKEN_COUNT) {
      problems.add(located(Rule.JSON_SYNTAX, JsonPointer.empty(), last, "the input exceeds a parser limit: more than "
          + Mappers.MAX_TOKEN_COUNT + " tokens", "make the document smaller"));
      throw new Stop();
    }
    try {
      last = events.next();
    } catch (IllegalArgumentException e) {
      // SnakeYAML's scanner reads a hex escape cut short at the end of the input ('"\\u') with
      // Integer.parseInt, whose NumberFormatException carries no position: the problem is after the
      // last event read.
      problems.add(located(Rule.JSON_SYNTAX, JsonPointer.empty(), last, "the input is not valid YAML after this point",
          "look for an escape ('\\u…', '\\x…') or a tag ('!…') that is cut short or malformed"));
      throw new Stop();
    }
    return last;
  }

  /** Reads the value that starts with {@code event}, at {@code pointer}. */
  private JsonNode value(Event event, JsonPointer pointer, int depth) {
    if (depth > MAX_DEPTH) {
      problems.add(located(Rule.JSON_SYNTAX, pointer, event, "the input exceeds a parser limit: nesting deeper than "
          + MAX_DEPTH + " levels", "make the document less deeply nested"));
      throw new Stop();
    }
    if (event instanceof AliasEvent alias) {
      return alias(alias, pointer);
    }
    long before = values;
    values++;
    JsonNode node = switch (event.getEventId()) {
      case Scalar -> scalar((ScalarEvent) event, pointer);
      case SequenceStart -> sequence((CollectionStartEvent) event, pointer, depth);
      case MappingStart -> mapping((CollectionStartEvent) event, pointer, depth);
      default -> throw new IllegalStateException("unexpected YAML event " + event.getEventId() + " at " + pointer);
    };
    anchor((NodeEvent) event, node, values - before);
    return node;
  }

  /** Remembers {@code node} under the anchor {@code event} defines, if any, as standing for {@code size} values. */
  private void anchor(NodeEvent event, JsonNode node, long size) {
    Optional<Anchor> anchor = event.getAnchor();
    if (anchor.isPresent()) {
      anchors.put(anchor.get().getValue(), new Anchored(node, size));
    }
  }

  /** The anchored value an alias repeats, shared, within the bounds on aliases. */
  private JsonNode alias(AliasEvent event, JsonPointer pointer) {
    String name = event.getAlias().getValue();
    Anchored anchored = anchors.get(name);
    if (anchored == null) {
      problems.add(located(Rule.UNSUPPORTED_YAML, pointer, event, "the alias " + Words.quote("*" + name) + " names no anchor defined before it",
          "define the value with the anchor " + Words.quote("&" + name) + " before this alias, or write the value out"));
      throw new Stop();
    }
    aliases++;
    aliasValues += anchored.size();
    if (aliases > MAX_ALIASES || aliasValues > MAX_ALIAS_VALUES) {
      problems.add(located(Rule.UNSUPPORTED_YAML, pointer, event,
          aliases > MAX_ALIASES
              ? "the lake uses more than " + MAX_ALIASES + " aliases"
              : "the aliases repeat more than " + MAX_ALIAS_VALUES + " values in all (the alias " + Words.quote("*" + name)
                  + " repeats " + anchored.size() + ")",
          "write the values out instead of repeating them through aliases"));
      throw new Stop();
    }
    values += anchored.size();
    return anchored.node();
  }

  private JsonNode sequence(CollectionStartEvent start, JsonPointer pointer, int depth) {
    collectionTag(start, Tag.SEQ, pointer);
    LocatedArray array = new LocatedArray();
    for (Event event = next(); event.getEventId() != Event.ID.SequenceEnd; event = next()) {
      array.addStartingAt(offset(event), value(event, pointer.appendIndex(array.size()), depth + 1));
    }
    return array;
  }

  /** A member as written: its key's offset, or, for a merge key, the mappings it merges. */
  private record Member(String name, int at, JsonNode value, List<LocatedObject> merged) {}

  private JsonNode mapping(CollectionStartEvent start, JsonPointer pointer, int depth) {
    collectionTag(start, Tag.MAP, pointer);
    List<Member> members = new ArrayList<>();
    Map<String, Member> written = new HashMap<>();
    for (Event key = next(); key.getEventId() != Event.ID.MappingEnd; key = next()) {
      String name = keyName(key, pointer, depth);
      Event valueEvent = next();
      if (name == null) {
        value(valueEvent, pointer, depth + 1);
        continue;
      }
      JsonPointer child = pointer.appendProperty(name);
      if (isMergeKey((ScalarEvent) key)) {
        JsonNode merged = value(valueEvent, child, depth + 1);
        members.add(new Member(name, offset(key), null, mergedMappings(merged, valueEvent, child)));
        continue;
      }
      Member first = written.get(name);
      if (first != null) {
        problems.add(text.duplicateKey(child.toString(), name, first.at(), offset(key), "a mapping"));
        value(valueEvent, child, depth + 1);
        continue;
      }
      Member member = new Member(name, offset(key), value(valueEvent, child, depth + 1), null);
      written.put(name, member);
      members.add(member);
    }
    return assemble(members, written, pointer);
  }

  /**
   * The mapping in written order, each merge key replaced by the members it brings; a merged key
   * that is also written in the mapping, or brought by two merged mappings, is a duplicate: YAML
   * would keep one silently.
   */
  private LocatedObject assemble(List<Member> members, Map<String, Member> written, JsonPointer pointer) {
    LocatedObject object = new LocatedObject();
    Map<String, Member> mergedBy = new LinkedHashMap<>();
    for (Member member : members) {
      if (member.merged() == null) {
        object.offsets.put(member.name(), member.at());
        object.set(member.name(), member.value());
        continue;
      }
      for (LocatedObject mergedObject : member.merged()) {
        for (Map.Entry<String, JsonNode> field : mergedObject.properties()) {
          String name = field.getKey();
          Member explicit = written.get(name);
          Member other = mergedBy.get(name);
          if (explicit != null) {
            problems.add(text.problem(Rule.DUPLICATE_KEY, pointer.appendProperty(name).toString(), explicit.at(),
                "key " + Words.quote(name) + " is written here and also merged in by '<<' at " + text.at(member.at())
                    + "; YAML would keep this one without a word",
                "write the key once: drop it here, or leave it out of the merged mapping"));
          } else if (other != null) {
            problems.add(text.problem(Rule.DUPLICATE_KEY, pointer.appendProperty(name).toString(), member.at(),
                "key " + Words.quote(name) + " is merged in twice, by '<<' at " + text.at(other.at()) + " and at " + text.at(member.at())
                    + "; YAML would keep the first without a word",
                "merge mappings that share no key, or write the key in the mapping itself"));
          } else {
            mergedBy.put(name, member);
            object.offsets.put(name, mergedObject.offsets.get(name));
            object.set(name, field.getValue());
          }
        }
      }
    }
    return object;
  }

  /** The mappings a merge key's value names: one mapping, or a list of them. */
  private List<LocatedObject> mergedMappings(JsonNode value, Event event, JsonPointer pointer) {
    List<LocatedObject> mappings = List.of();
    if (value instanceof LocatedObject object) {
      mappings = List.of(object);
    } else if (value.isArray() && value.valueStream().allMatch(LocatedObject.class::isInstance)) {
      mappings = value.valueStream().map(LocatedObject.class::cast).toList();
    }
    if (mappings.isEmpty()) {
      problems.add(located(Rule.UNSUPPORTED_YAML, pointer, event, "the merge key '<<' takes a mapping or a list of mappings",
          "write '<<: *name' with the alias of a mapping, or write the keys out"));
    }
    return mappings;
  }

  private static boolean isMergeKey(ScalarEvent key) {
    return key.isPlain() && key.getTag().isEmpty() && key.getValue().equals(MERGE_KEY);
  }

  /** The key's text, or {@code null} (with a problem recorded, and a collection key read past) when it is not text. */
  private String keyName(Event key, JsonPointer pointer, int depth) {
    if (key instanceof ScalarEvent scalar) {
      anchor(scalar, scalar(scalar, pointer), 1);
      return scalar.getValue();
    }
    String what = key instanceof AliasEvent alias ? "an alias (" + Words.quote("*" + alias.getAlias().getValue()) + ")"
        : key.getEventId() == Event.ID.MappingStart ? "a mapping" : "a list";
    problems.add(located(Rule.UNSUPPORTED_YAML, pointer, key, "a key here is " + what + ", but keys of a lake are text",
        "write the key as plain text, e.g. 'claim:'"));
    if (key.getEventId() != Event.ID.Alias) {
      value(key, pointer, depth + 1);
    }
    return null;
  }

  private void collectionTag(CollectionStartEvent event, Tag allowed, JsonPointer pointer) {
    Optional<String> tag = event.getTag();
    if (tag.isPresent() && !tag.get().equals(allowed.getValue()) && !tag.get().equals("!")) {
      unsupportedTag(tag.get(), event, pointer);
    }
  }

  private void unsupportedTag(String tag, Event event, JsonPointer pointer) {
    String shown = tag.startsWith(Tag.PREFIX) ? "!!" + tag.substring(Tag.PREFIX.length()) : tag;
    problems.add(located(Rule.UNSUPPORTED_YAML, pointer, event, "the tag " + Words.quote(shown) + " is not one a lake can hold",
        "remove the tag: a lake holds text, numbers, true or false, lists and mappings"));
  }

  /** The scalar as a JSON value, resolved by YAML 1.2's core schema or its explicit standard tag. */
  private JsonNode scalar(ScalarEvent event, JsonPointer pointer) {
    String value = event.getValue();
    if (value.length() > Mappers.MAX_STRING_LENGTH) {
      problems.add(located(Rule.JSON_SYNTAX, pointer, event, "the input exceeds a parser limit: a text of "
          + value.length() + " characters is longer than " + Mappers.MAX_STRING_LENGTH, "shorten the text"));
      throw new Stop();
    }
    int lone = LocatingParser.loneSurrogate(value);
    if (lone >= 0) {
      problems.add(text.loneSurrogate(pointer.toString(), offset(event), value.charAt(lone)));
    }
    Optional<String> explicit = event.getTag();
    // A tag is looked up by its text, not made into a Tag: SnakeYAML's Tag refuses some texts a
    // document can hold (one that ends in white space, as '!%0A' does), with an exception.
    Tag tag = explicit.isEmpty() ? RESOLVER.resolve(value, event.getImplicit().canOmitTagInPlainScalar())
        : explicit.get().equals("!") ? Tag.STR : SCALAR_TAGS.get(explicit.get());
    if (tag == null) {
      unsupportedTag(explicit.get(), event, pointer);
      return NODES.stringNode(value);
    }
    if (explicit.isPresent() && !tag.equals(Tag.STR)) {
      Tag plain = RESOLVER.resolve(value, true);
      if (!plain.equals(tag) && !(tag.equals(Tag.FLOAT) && plain.equals(Tag.INT))) {
        problems.add(located(Rule.UNSUPPORTED_YAML, pointer, event,
            Words.quote(value) + " is not what its tag !!" + tag.getValue().substring(Tag.PREFIX.length()) + " says",
            "remove the tag, or write a value of that type"));
        return NODES.stringNode(value);
      }
    }
    if (tag.equals(Tag.NULL)) {
      return NODES.nullNode();
    }
    if (tag.equals(Tag.BOOL)) {
      return NODES.booleanNode(Character.toLowerCase(value.charAt(0)) == 't');
    }
    if ((tag.equals(Tag.INT) || tag.equals(Tag.FLOAT)) && value.length() > Mappers.MAX_NUMBER_LENGTH) {
      problems.add(located(Rule.JSON_SYNTAX, pointer, event, "the input exceeds a parser limit: a number of " + value.length()
          + " characters is longer than " + Mappers.MAX_NUMBER_LENGTH, "write the number with fewer digits"));
      throw new Stop();
    }
    if (tag.equals(Tag.INT)) {
      BigInteger integer = integer(value);
      if (!Double.isFinite(integer.doubleValue())) {
        problems.add(text.tooLarge(pointer.toString(), offset(event), value));
      }
      return NODES.numberNode(integer);
    }
    if (tag.equals(Tag.FLOAT)) {
      return number(value, event, pointer);
    }
    return NODES.stringNode(value);
  }

  /** A core-schema integer: decimal with a sign, {@code 0o17} or {@code 0x1F}. */
  private static BigInteger integer(String value) {
    if (value.startsWith("0o") || value.startsWith("0x")) {
      return new BigInteger(value.substring(2), value.charAt(1) == 'o' ? 8 : 16);
    }
    return new BigInteger(value);
  }

  private JsonNode number(String value, ScalarEvent event, JsonPointer pointer) {
    String lower = value.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".inf") || lower.equals(".nan")) {
      problems.add(located(Rule.UNSUPPORTED_YAML, pointer, event, Words.quote(value) + " is not a number a lake can hold",
          "write a finite number"));
      throw new Stop();
    }
    double number = Double.parseDouble(value);
    if (Double.isFinite(number)) {
      return NODES.numberNode(number);
    }
    problems.add(text.tooLarge(pointer.toString(), offset(event), value));
    return LocatingParser.tooLargeNumber(value, number);
  }

  private Diagnostic syntaxProblem(YamlEngineException e) {
    int at;
    String message;
    if (e instanceof MarkedYamlEngineException marked) {
      at = marked.getProblemMark().or(marked::getContextMark).map(this::offset).orElse(offset(last));
      String context = Objects.toString(marked.getContext(), "");
      message = (context.isEmpty() ? "" : context + ": ") + Objects.toString(marked.getProblem(), "");
    } else if (e instanceof ReaderException reader) {
      return text.problem(Rule.JSON_SYNTAX, "", marks.charOffset(reader.getPosition()),
          String.format(Locale.ROOT, "the input holds the character U+%04X, which YAML does not allow", reader.getCodePoint()),
          "remove it, or write it as an escape inside double quotes, e.g. \"\\u0007\"");
    } else {
      at = offset(last);
      message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
    String firstLine = Words.oneLine(message.lines().findFirst().orElse("").strip());
    if (firstLine.contains("exceeds the limit")) {
      return text.problem(Rule.JSON_SYNTAX, "", at, "the input exceeds a parser limit: more than "
          + Mappers.MAX_DOCUMENT_LENGTH + " characters", "make the document smaller");
    }
    return text.problem(Rule.JSON_SYNTAX, "", at, "the input is not valid YAML: " + firstLine,
        "check the YAML here: indent with spaces, put a space after ':' and '-', and quote text that starts with a special character");
  }

  private int offset(Event event) {
    return event == null ? 0 : event.getStartMark().map(this::offset).orElse(0);
  }

  private int offset(Mark mark) {
    return marks.charOffset(mark.getIndex());
  }

  private Diagnostic located(Rule rule, JsonPointer pointer, Event event, String message, String hint) {
    return text.problem(rule, pointer.toString(), offset(event), message, hint);
  }
}
