package io.experiencelake.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.experiencelake.core.Diagnostic;
import io.experiencelake.core.Rule;
import io.experiencelake.core.json.LocatingParser.Parsed;
import io.experiencelake.core.json.LocatedTree.Position;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class LocatingParserTests {

  /** The position of every value of the parsed tree by its JSON Pointer, as {@link Parsed#position} gives it. */
  static Map<String, Position> positions(Parsed parsed) {
    Map<String, Position> all = new LinkedHashMap<>();
    collect(parsed, parsed.tree(), JsonPointer.empty(), all);
    return all;
  }

  private static void collect(Parsed parsed, JsonNode node, JsonPointer pointer, Map<String, Position> all) {
    parsed.position(pointer.toString()).ifPresent(p -> all.put(pointer.toString(), p));
    if (node instanceof LocatingParser.LocatedObject object) {
      object.offsets.keySet().forEach(name -> collect(parsed, object.get(name), pointer.appendProperty(name), all));
    } else if (node != null && node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        collect(parsed, node.get(i), pointer.appendIndex(i), all);
      }
    }
  }

  @Nested
  class Positions {

    @Test
    void countsLinesAsTheParserDoesAndColumnsInUtf16UnitsFromTextAndFromBytes() {
      // CRLF, a lone CR and LF end lines; the emoji is one character of four UTF-8 bytes and two UTF-16 units.
      String json = "{\r\n\"\ud83d\ude00\": [1,\r  \"\u00e9\", 3],\n \"k\": \"\ud83d\ude00\", \"z\": 0}";
      Map<String, Position> expected = Map.of(
          "", new Position(1, 1),
          "/\ud83d\ude00", new Position(2, 1),
          "/\ud83d\ude00/0", new Position(2, 8),
          "/\ud83d\ude00/1", new Position(3, 3),
          "/\ud83d\ude00/2", new Position(3, 8),
          "/k", new Position(4, 2),
          "/z", new Position(4, 13));

      assertThat(positions(LocatingParser.parse(json, "t.json"))).containsExactlyInAnyOrderEntriesOf(expected);
      assertThat(positions(LocatingParser.parse(json.getBytes(StandardCharsets.UTF_8), "t.json")))
          .containsExactlyInAnyOrderEntriesOf(expected);
    }

    @Test
    void keepsColumnsOfTheFirstLineAfterAByteOrderMarkInBytes() {
      byte[] bytes = "\uFEFF{\"a\": 1, \"\u00fc\": 2}".getBytes(StandardCharsets.UTF_8);

      Parsed parsed = LocatingParser.parse(bytes, "t.json");

      assertThat(positions(parsed)).containsEntry("/a", new Position(1, 3)).containsEntry("/\u00fc", new Position(1, 11));
      assertThat(parsed.problems()).extracting(Diagnostic::code).containsExactly(Rule.JSON_SYNTAX.code());
      assertThat(bytes[0]).as("the caller's bytes are left as they were").isEqualTo((byte) 0xEF);
    }

    @Test
    void locatesASyntaxErrorAfterMultiByteCharactersInBytes() {
      byte[] bytes = "{\"\u00e9\u20ac\ud83d\ude00\": [1 2]}".getBytes(StandardCharsets.UTF_8);

      Parsed parsed = LocatingParser.parse(bytes, "t.json");

      assertThat(parsed.problems()).singleElement().satisfies(d -> {
        assertThat(d.line()).hasValue(1);
        assertThat(d.column()).hasValue(13);
      });
    }

    @Test
    void recordsWhereKeysOfMembersAndValuesOfElementsStart() {
      String json = "{\n  \"a\": [1,\n    {\"b~/c\": true}],\n\t\"é€\": \"x\"\n}";

      Parsed parsed = LocatingParser.parse(json, "t.json");

      assertThat(parsed.problems()).isEmpty();
      assertThat(positions(parsed)).containsExactlyInAnyOrderEntriesOf(Map.of(
          "", new Position(1, 1),
          "/a", new Position(2, 3),
          "/a/0", new Position(2, 9),
          "/a/1", new Position(3, 5),
          "/a/1/b~0~1c", new Position(3, 6),
          "/é€", new Position(4, 2)));
    }

    @Test
    void countsColumnsInCharactersOfUtf8Input() {
      String json = "{\"ü€\": {\"k\": 1}}";

      Parsed parsed = LocatingParser.parse(json.getBytes(StandardCharsets.UTF_8), "t.json");

      assertThat(positions(parsed)).containsEntry("/ü€/k", new Position(1, json.indexOf("\"k\"") + 1));
    }

    @Test
    void locatesAMissingMemberAtItsNearestEnclosingValue() {
      Parsed parsed = LocatingParser.parse("[\n {\"a\": {}}]", "t.json");

      Diagnostic located = parsed.locate(Diagnostic.of(Rule.MISSING_FIELD, "/0/a/b/c", "m", "h"));

      assertThat(located.line()).hasValue(2);
      assertThat(located.column()).hasValue(3);
      assertThat(located.source()).hasValue("t.json");
    }
  }

  @Nested
  class Lookups {

    @Test
    void findsEscapedKeysAndIgnoresIndexesWithLeadingZerosOrSigns() {
      Parsed parsed = LocatingParser.parse("{\"a/b\": {\"~\": [10, 11]}}", "t.json");

      assertThat(parsed.position("/a~1b/~0/1")).hasValue(new Position(1, 20));
      assertThat(parsed.position("/a~1b/~0/01")).isEmpty();
      assertThat(parsed.position("/a~1b/~0/-1")).isEmpty();
      assertThat(parsed.position("/a~1b/~0/2")).isEmpty();
      assertThat(parsed.position("/a/b")).isEmpty();
      assertThat(parsed.position("a")).isEmpty();
    }

    @Test
    void findsEveryMemberOfALargeObject() {
      StringBuilder json = new StringBuilder("{");
      for (int i = 0; i < 100; i++) {
        json.append(i == 0 ? "" : ",").append("\n\"k").append(i).append("\": ").append(i);
      }
      Parsed parsed = LocatingParser.parse(json.append("}").toString(), "t.json");

      for (int i = 0; i < 100; i++) {
        assertThat(parsed.position("/k" + i)).hasValue(new Position(i + 2, 1));
      }
      assertThat(parsed.position("/k100")).isEmpty();
    }

    @Test
    void stillLocatesAMemberRemovedFromTheTreeAfterParsing() {
      Parsed parsed = LocatingParser.parse("{\"$schema\": \"x\",\n \"owner\": {}}", "t.json");

      ((tools.jackson.databind.node.ObjectNode) parsed.tree()).remove("$schema");

      assertThat(parsed.position("/$schema")).hasValue(new Position(1, 2));
      assertThat(parsed.position("/owner")).hasValue(new Position(2, 2));
    }

    @Test
    void locatesInvalidUtf8FarIntoALargeInput() {
      String prefix = "{\"a\": [\n" + "  \"\u00fc\u20ac\",\n".repeat(5000) + "  \"";
      byte[] bytes = (prefix + "x\"]}").getBytes(StandardCharsets.UTF_8);
      assertThat(LocatingParser.parse(bytes, "t.json").tree().get("a").size()).isEqualTo(5001);

      bytes[prefix.getBytes(StandardCharsets.UTF_8).length] = (byte) 0xFF;
      Parsed parsed = LocatingParser.parse(bytes, "t.json");

      assertThat(parsed.hasTree()).isFalse();
      assertThat(parsed.problems()).singleElement().satisfies(d -> {
        assertThat(d.message()).contains("0xFF").contains("line 5002, column 4");
        assertThat(d.line()).hasValue(5002);
        assertThat(d.column()).hasValue(4);
      });
    }
  }

  @Nested
  class Duplicates {

    @Test
    void keepsTheFirstValueAndItsPositionsAndReportsEveryRepeat() {
      String json = "{\"a\": {\"x\": 1}, \"a\": {\"x\": 2}, \"a\": 3}";

      Parsed parsed = LocatingParser.parse(json, "t.json");

      assertThat(parsed.tree().at("/a/x").asInt()).isEqualTo(1);
      assertThat(positions(parsed)).containsEntry("/a/x", new Position(1, 8));
      assertThat(parsed.problems()).hasSize(2).allSatisfy(d -> {
        assertThat(d.code()).isEqualTo(Rule.DUPLICATE_KEY.code());
        assertThat(d.pointer()).isEqualTo("/a");
        assertThat(d.message()).contains("first at line 1, column 2");
      });
      assertThat(parsed.problems()).extracting(d -> d.column().getAsInt()).containsExactly(17, 32);
    }

    @Test
    void findsDuplicatesInsideArraysAndNestedObjects() {
      Parsed parsed = LocatingParser.parse("[{\"k\": {\"z\": 1, \"z\": 2}}, {\"k\": 1, \"k\": 2}]", "t.json");

      assertThat(parsed.problems()).extracting(Diagnostic::pointer).containsExactly("/0/k/z", "/1/k");
    }
  }

  @Nested
  class Problems {

    @Test
    void buildsNoTreeForASyntaxError() {
      Parsed parsed = LocatingParser.parse("{\"a\": [1, 2,]}", "t.json");

      assertThat(parsed.hasTree()).isFalse();
      assertThat(parsed.problems()).singleElement().satisfies(d -> {
        assertThat(d.code()).isEqualTo(Rule.JSON_SYNTAX.code());
        assertThat(d.pointer()).isEqualTo("/a/2");
        assertThat(d.column()).hasValue(13);
      });
    }

    @Test
    void reportsAByteOrderMarkButStillBuildsTheTree() {
      Parsed parsed = LocatingParser.parse("\uFEFF{\"a\": 1}", "t.json");

      assertThat(parsed.tree().at("/a").asInt()).isEqualTo(1);
      assertThat(positions(parsed)).containsEntry("/a", new Position(1, 3));
      assertThat(parsed.problems()).extracting(Diagnostic::code).containsExactly(Rule.JSON_SYNTAX.code());
    }

    @Test
    void reportsAStringLongerThanTheParserAllows() {
      String json = "{\"a\": \"" + "x".repeat(100_000_001) + "\"}";

      Parsed parsed = LocatingParser.parse(json, "t.json");

      assertThat(parsed.hasTree()).isFalse();
      assertThat(parsed.problems()).singleElement().satisfies(d -> {
        assertThat(d.code()).isEqualTo(Rule.JSON_SYNTAX.code());
        assertThat(d.message()).contains("parser limit");
      });
    }
  }
}
