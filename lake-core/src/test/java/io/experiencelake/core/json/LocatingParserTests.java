package io.experiencelake.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.experiencelake.core.Diagnostic;
import io.experiencelake.core.Rule;
import io.experiencelake.core.json.LocatingParser.Parsed;
import io.experiencelake.core.json.LocatingParser.Position;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class LocatingParserTests {

  @Nested
  class Positions {

    @Test
    void recordsWhereKeysOfMembersAndValuesOfElementsStart() {
      String json = "{\n  \"a\": [1,\n    {\"b~/c\": true}],\n\t\"é€\": \"x\"\n}";

      Parsed parsed = LocatingParser.parse(json, "t.json");

      assertThat(parsed.problems()).isEmpty();
      assertThat(parsed.positions()).containsExactlyInAnyOrderEntriesOf(Map.of(
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

      assertThat(parsed.positions()).containsEntry("/ü€/k", new Position(1, json.indexOf("\"k\"") + 1));
    }

    @Test
    void locatesAMissingMemberAtItsNearestEnclosingValue() {
      Parsed parsed = LocatingParser.parse("[\n {\"a\": {}}]", "t.json");

      Diagnostic located = parsed.locate(Diagnostic.of(Rule.MISSING_FIELD, "/0/a/b/c", "m", "h"), "t.json");

      assertThat(located.line()).hasValue(2);
      assertThat(located.column()).hasValue(3);
      assertThat(located.source()).hasValue("t.json");
    }
  }

  @Nested
  class Duplicates {

    @Test
    void keepsTheFirstValueAndItsPositionsAndReportsEveryRepeat() {
      String json = "{\"a\": {\"x\": 1}, \"a\": {\"x\": 2}, \"a\": 3}";

      Parsed parsed = LocatingParser.parse(json, "t.json");

      assertThat(parsed.tree().at("/a/x").asInt()).isEqualTo(1);
      assertThat(parsed.positions()).containsEntry("/a/x", new Position(1, 8));
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
      assertThat(parsed.positions()).containsEntry("/a", new Position(1, 3));
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
