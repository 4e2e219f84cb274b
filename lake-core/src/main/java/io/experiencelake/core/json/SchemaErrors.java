package io.experiencelake.core.json;

import com.networknt.schema.Error;
import com.networknt.schema.path.NodePath;
import io.experiencelake.core.Diagnostic;
import io.experiencelake.core.LakeException;
import io.experiencelake.core.Rule;
import io.experiencelake.core.StoryId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;

/**
 * Turns networknt's validation errors into diagnostics with stable codes, plain-words messages and
 * hints, each real problem once.
 *
 * <p>Codes follow the schema definition that failed: {@code common.json}'s {@code text} is
 * {@link Rule#BLANK_PART}, {@code sha256} {@link Rule#BAD_DIGEST}, {@code relativePath}
 * {@link Rule#UNSAFE_PATH}, {@code slug} {@link Rule#BAD_ID}, dates, months, story ids and formats
 * {@link Rule#BAD_FORMAT}; a missing property is {@link Rule#MISSING_FIELD} ({@link Rule#BLANK_PART}
 * for an entry's five parts), an unknown one {@link Rule#UNKNOWN_FIELD}; anything else
 * {@link Rule#SCHEMA}. The errors networknt reports inside {@code oneOf}/{@code anyOf} branches are
 * folded into one diagnostic per combinator.
 */
final class SchemaErrors {

  private static final String COMMON = LakeSchema.ID_PREFIX + "common.json#/$defs/";
  private static final Set<String> ENTRY_PARTS = Set.of("claim", "constraint", "decision", "evidence", "status");
  /** The keywords worded the same wherever they fail, in a definition of {@code common.json} too. */
  private static final Set<String> STRUCTURAL = Set.of("required", "additionalProperties", "unevaluatedProperties", "type");
  private static final String PARTS_HINT = "every entry needs all five parts: claim, constraint, decision, evidence and status";

  /** How a string that breaks a definition of {@code common.json} is reported: "… is 'x', not a slug; use …". */
  private record Wording(Rule rule, String isNot, String hint) {}

  /** The wording of each {@code common.json} definition that checks a string's form, by definition name. */
  private static final Map<String, Wording> WORDINGS = Map.of(
      "slug", new Wording(Rule.BAD_ID, "not a slug", "use lowercase letters, digits and single hyphens, e.g. 'phase-gates'"),
      "sha256", new Wording(Rule.BAD_DIGEST, "not 64 lowercase hex characters", "paste the output of 'sha256sum FILE' (64 characters, 0-9 and a-f)"),
      "jsonPointer", new Wording(Rule.BAD_FORMAT, "not a JSON Pointer", "a JSON Pointer is empty or starts with '/', e.g. /partial_promotions"),
      "date", new Wording(Rule.BAD_FORMAT, "not a valid date", "write a real date as YYYY-MM-DD, e.g. 2025-03-14"),
      "month", new Wording(Rule.BAD_FORMAT, "not a valid month", "write the month as YYYY-MM, e.g. 2024-09"),
      "uri", new Wording(Rule.BAD_FORMAT, "not an absolute URI", "write the full address, e.g. https://github.com/you/repo/pull/42"),
      "uriReference", new Wording(Rule.BAD_FORMAT, "not a valid URI", "write an address such as https://example.org/you, with spaces written as %20"));

  private final JsonNode document;
  private final Function<String, JsonNode> schemaAt;
  /** The missing-field reports made so far, which a misspelt field's "did you mean" may explain. */
  private final Set<Diagnostic> missingReports = Collections.newSetFromMap(new IdentityHashMap<>());

  /**
   * Makes a translator for errors found in {@code document}; {@code schemaAt} returns the schema
   * node at an absolute schema location ({@code https://…/entry.json#/properties/claim}), or a
   * missing node.
   */
  SchemaErrors(JsonNode document, Function<String, JsonNode> schemaAt) {
    this.document = document;
    this.schemaAt = schemaAt;
  }

  /** One diagnostic per real problem, in networknt's order. */
  List<Diagnostic> translate(List<Error> errors) {
    Map<Object, List<Error>> groups = new LinkedHashMap<>();
    for (Error error : errors) {
      groups.computeIfAbsent(groupKey(error), k -> new ArrayList<>()).add(error);
    }
    List<Diagnostic> out = new ArrayList<>();
    groups.forEach((key, group) -> out.addAll(key instanceof String ? combinator(group) : List.of(plain(group.get(0)))));
    return mergeAndDeduplicate(out);
  }

  /**
   * The key of the {@code oneOf}/{@code anyOf} an error belongs to (the combinator's own error, or
   * one from inside a branch), or a new object when it belongs to none: a group of its own.
   */
  private static Object groupKey(Error error) {
    NodePath path = error.getEvaluationPath();
    for (int i = 0; i < path.getNameCount(); i++) {
      String name = path.getName(i);
      if (name.equals("oneOf") || name.equals("anyOf")) {
        StringBuilder key = new StringBuilder(pointerOf(error.getInstanceLocation())).append('|');
        for (int j = 0; j <= i; j++) {
          key.append('/').append(path.getName(j));
        }
        return key.toString();
      }
    }
    return new Object();
  }

  /** The diagnostics of one combinator: its "exactly one of" / "at least one of" rule, or its parts. */
  private List<Diagnostic> combinator(List<Error> group) {
    Error own = null;
    List<Error> branches = new ArrayList<>();
    for (Error error : group) {
      if (error.getKeyword().equals("oneOf") || error.getKeyword().equals("anyOf")) {
        own = error;
      } else {
        branches.add(error);
      }
    }
    Error first = group.get(0);
    String pointer = pointerOf(first.getInstanceLocation());
    String subject = describe(pointer);
    boolean exactlyOne = own != null ? own.getKeyword().equals("oneOf") : first.getEvaluationPath().contains("oneOf");
    if (!branches.isEmpty() && branches.stream().allMatch(e -> e.getKeyword().equals("required"))) {
      Set<String> names = branches.stream().map(Error::getProperty).collect(Collectors.toCollection(LinkedHashSet::new));
      return List.of(Diagnostic.of(Rule.BAD_ANCHOR, pointer,
          subject + " needs " + (exactlyOne ? "exactly" : "at least") + " one of " + Words.listed(names, "and")
              + ", but has " + (names.size() == 2 ? "neither" : "none"),
          "add " + Words.listed(names, "or")));
    }
    if (branches.isEmpty() && own != null && own.getKeyword().equals("oneOf")) {
      List<String> names = requiredOnlyBranches(own.getSchemaNode());
      if (!names.isEmpty()) {
        List<String> present = names.stream().filter(document.at(pointer)::has).toList();
        return List.of(Diagnostic.of(Rule.BAD_ANCHOR, pointer,
            subject + " has " + (present.size() == 2 ? "both " : "all of ") + Words.listed(present, "and")
                + ", but needs exactly one of them",
            "keep one of " + Words.listed(present, "and") + " and remove the other" + (present.size() == 2 ? "" : "s")));
      }
    }
    if (own != null) {
      return List.of(Diagnostic.of(Rule.SCHEMA, pointer, subject + " matches none of the shapes the schema allows here",
          "compare it with the schema at " + own.getSchemaLocation()));
    }
    return branches.stream().map(this::plain).toList();
  }

  /** The property names when every branch of a combinator is just {@code {"required": [name]}}. */
  private static List<String> requiredOnlyBranches(JsonNode combinator) {
    List<String> names = new ArrayList<>();
    if (combinator == null || !combinator.isArray()) {
      return List.of();
    }
    for (JsonNode branch : combinator) {
      JsonNode required = branch.path("required");
      if (branch.size() != 1 || !required.isArray() || required.size() != 1) {
        return List.of();
      }
      names.add(required.get(0).asString());
    }
    return names;
  }

  private Diagnostic plain(Error error) {
    String keyword = error.getKeyword();
    String pointer = pointerOf(error.getInstanceLocation());
    String location = String.valueOf(error.getSchemaLocation());
    String what = describe(pointer);
    if (location.startsWith(COMMON) && !STRUCTURAL.contains(keyword)) {
      Diagnostic fromDefinition = fromCommonDefinition(location.substring(COMMON.length()), pointer, what);
      if (fromDefinition != null) {
        return fromDefinition;
      }
    }
    JsonNode schema = error.getSchemaNode();
    return switch (keyword) {
      case "required" -> missing(pointer, error.getProperty(), location);
      case "additionalProperties", "unevaluatedProperties" -> unknown(pointer, error.getProperty(), location);
      case "type" -> wrongType(error, pointer, what);
      case "enum" -> notInEnum(error, pointer, what);
      case "const" -> Diagnostic.of(Rule.SCHEMA, pointer, what + " is " + shown(pointer) + ", but must be exactly " + schema,
          "write " + schema + (pointer.equals("/$schema") ? " or leave '$schema' out" : ""));
      case "minItems" -> Diagnostic.of(Rule.SCHEMA, pointer, what + " is empty, but needs at least " + schema + " item"
          + (schema.asInt() == 1 ? "" : "s"), "add the missing items");
      case "minimum" -> outOfRange(pointer, what, "at least", schema);
      case "maximum" -> outOfRange(pointer, what, "at most", schema);
      case "exclusiveMinimum" -> outOfRange(pointer, what, "above", schema);
      case "exclusiveMaximum" -> outOfRange(pointer, what, "below", schema);
      case "format" -> Diagnostic.of(Rule.BAD_FORMAT, pointer, what + " is " + shown(pointer) + ", not a valid " + schema.asString(),
          "write a valid " + schema.asString());
      default -> Diagnostic.of(Rule.SCHEMA, pointer, what + ": " + error.getMessage(), "compare it with the schema at " + location);
    };
  }

  private Diagnostic missing(String object, String property, String location) {
    String pointer = child(object, property);
    String subject = describe(object);
    String about = describeProperty(parentLocation(location), property);
    Diagnostic missing = isEntryPart(pointer)
        ? Diagnostic.of(Rule.BLANK_PART, pointer, subject + " has no " + property, PARTS_HINT + "; add \"" + property + "\"")
        : Diagnostic.of(Rule.MISSING_FIELD, pointer, subject + " has no '" + property + "'",
            "add \"" + property + "\"" + (about.isEmpty() ? "" : ": " + about));
    missingReports.add(missing);
    return missing;
  }

  private Diagnostic unknown(String object, String property, String location) {
    String pointer = child(object, property);
    List<String> known = List.copyOf(schemaAt.apply(parentLocation(location)).path("properties").propertyNames());
    Optional<String> near = Words.nearest(property, known);
    String hint = near.map(n -> "fix the name (did you mean '" + n + "'?) or remove the field")
        .orElse("remove it" + (known.isEmpty() ? "" : "; the known fields here are " + Words.listed(known, "and")));
    Diagnostic unknown = Diagnostic.of(Rule.UNKNOWN_FIELD, pointer, describe(object) + " has an unknown field " + Words.quote(property), hint);
    return near.map(n -> unknown.relatedTo(child(object, n))).orElse(unknown);
  }

  private Diagnostic wrongType(Error error, String pointer, String what) {
    Object[] arguments = error.getArguments();
    String found = arguments != null && arguments.length > 0 ? String.valueOf(arguments[0]) : document.at(pointer).getNodeType().name().toLowerCase(Locale.ROOT);
    String expected = error.getSchemaNode().isArray() ? error.getSchemaNode().toString() : error.getSchemaNode().asString();
    String hint = "write " + article(expected)
        + (found.equals("string") && (expected.equals("integer") || expected.equals("number")) ? " without quotes" : "")
        + (found.equals("null") ? ", or leave the field out if it is optional" : "");
    return Diagnostic.of(Rule.SCHEMA, pointer, what + " is " + article(found) + ", but must be " + article(expected), hint);
  }

  private Diagnostic notInEnum(Error error, String pointer, String what) {
    List<String> allowed = error.getSchemaNode().valueStream().map(v -> v.isString() ? v.asString() : v.toString()).toList();
    JsonNode value = document.at(pointer);
    Optional<String> near = value.isString() ? Words.nearest(value.asString(), allowed) : Optional.empty();
    return Diagnostic.of(Rule.SCHEMA, pointer, what + " is " + shown(pointer) + ", which is not one of " + Words.listed(allowed, "or"),
        "use one of " + Words.listed(allowed, "or") + near.map(n -> " (did you mean '" + n + "'?)").orElse(""));
  }

  private Diagnostic outOfRange(String pointer, String what, String relation, JsonNode bound) {
    return Diagnostic.of(Rule.SCHEMA, pointer, what + " is " + shown(pointer) + ", but must be " + relation + " " + bound,
        "use a number " + relation + " " + bound);
  }

  /** The diagnostic for a failed definition of {@code common.json}, e.g. {@code sha256/pattern}; null for others. */
  private Diagnostic fromCommonDefinition(String definitionPath, String pointer, String what) {
    String[] parts = definitionPath.split("/");
    String value = shown(pointer);
    switch (parts[0]) {
      case "text":
        String field = JsonPointer.compile(pointer).last().getMatchingProperty();
        return Diagnostic.of(Rule.BLANK_PART, pointer, what + " is blank",
            "write " + (field.chars().allMatch(Character::isDigit) ? "it" : "the " + field) + " in words; blank text is not a part");
      case "storyId":
        return storyId(pointer, what, value);
      case "relativePath":
        // Each rule of the definition says in its $comment what a path that breaks it does.
        String reason = parts.length > 2 ? schemaAt.apply(COMMON + String.join("/", parts[0], parts[1], parts[2])).path("$comment").asString("") : "";
        return Diagnostic.of(Rule.UNSAFE_PATH, pointer,
            what + " is " + value + ", which " + (reason.isEmpty() ? "is not a safe relative path" : reason),
            "write the path relative to the evidence root with '/' separators and no '..'");
      default:
        Wording wording = WORDINGS.get(parts[0]);
        return wording == null ? null : Diagnostic.of(wording.rule(), pointer, what + " is " + value + ", " + wording.isNot(), wording.hint());
    }
  }

  /** A story id problem, worded by {@link StoryId#parse} itself. */
  private Diagnostic storyId(String pointer, String what, String value) {
    JsonNode node = document.at(pointer);
    if (node.isString()) {
      try {
        StoryId.parse(node.asString());
      } catch (LakeException e) {
        Diagnostic parsed = e.diagnostics().get(0);
        return Diagnostic.of(Rule.BAD_FORMAT, pointer, Words.oneLine(parsed.message()), parsed.hint());
      }
    }
    return Diagnostic.of(Rule.BAD_FORMAT, pointer, what + " is " + value + ", not a story id",
        "write a story number such as 110 or a sub-entry such as 46AA");
  }

  /**
   * Drops a missing-field report explained by a misspelt field's "did you mean" (the field an
   * unknown one is related to), and repeats of one problem.
   */
  private List<Diagnostic> mergeAndDeduplicate(List<Diagnostic> diagnostics) {
    Set<String> suggested = new HashSet<>();
    for (Diagnostic d : diagnostics) {
      if (d.rule() == Rule.UNKNOWN_FIELD) {
        d.related().ifPresent(suggested::add);
      }
    }
    List<Diagnostic> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Diagnostic d : diagnostics) {
      boolean explained = missingReports.contains(d) && suggested.contains(d.pointer());
      if (!explained && seen.add(d.pointer() + ' ' + d.code())) {
        out.add(d);
      }
    }
    return out;
  }

  /** A short description of {@code property} of the object schema at {@code objectLocation}, from the schema. */
  private String describeProperty(String objectLocation, String property) {
    JsonNode schema = schemaAt.apply(objectLocation).path("properties").path(property);
    for (int hops = 0; hops < 4 && !schema.isMissingNode(); hops++) {
      if (schema.has("enum")) {
        return "one of " + Words.listed(schema.get("enum").valueStream().map(JsonNode::asString).toList(), "or");
      }
      if (schema.has("description")) {
        String text = schema.get("description").asString();
        text = text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
        return Character.toLowerCase(text.charAt(0)) + text.substring(1);
      }
      if (!schema.has("$ref")) {
        break;
      }
      String ref = schema.get("$ref").asString();
      schema = schemaAt.apply(ref.startsWith("#") ? objectLocation.substring(0, objectLocation.indexOf('#')) + ref : ref);
    }
    return "";
  }

  private String shown(String pointer) {
    JsonNode value = document.at(pointer);
    return value.isString() ? Words.quote(value.asString()) : value.toString();
  }

  private static boolean isEntryPart(String pointer) {
    JsonPointer entries = JsonPointer.compile(pointer);
    JsonPointer part = entries.tail().tail();
    return entries.matchesProperty("entries") && entries.tail().getMatchingIndex() >= 0
        && part != null && part.tail() != null && part.tail().matches() && ENTRY_PARTS.contains(part.getMatchingProperty());
  }

  /** Names the value at {@code pointer} for a person, e.g. {@code 'claim' of entry 'phase-gates'}. */
  private String describe(String pointer) {
    return Words.subject(document, JsonPointer.compile(pointer));
  }

  /** The pointer to member {@code name} of the object at {@code object}. */
  private static String child(String object, String name) {
    return JsonPointer.compile(object).appendProperty(name).toString();
  }

  /** {@code https://…/entry.json#/required} → {@code https://…/entry.json#}: the schema holding a keyword. */
  private static String parentLocation(String location) {
    int slash = location.lastIndexOf('/');
    int hash = location.indexOf('#');
    return slash > hash ? location.substring(0, slash) : location;
  }

  /** A networknt instance location as a JSON Pointer. */
  static String pointerOf(NodePath path) {
    JsonPointer pointer = JsonPointer.empty();
    for (int i = 0; i < path.getNameCount(); i++) {
      Object element = path.getElement(i);
      pointer = element instanceof Integer index ? pointer.appendIndex(index) : pointer.appendProperty(String.valueOf(element));
    }
    return pointer.toString();
  }

  private static String article(String type) {
    return type.equals("null") ? type : (Set.of("array", "object", "integer").contains(type) ? "an " : "a ") + type;
  }

}
