package io.experiencelake.core.hash;

import static io.experiencelake.core.hash.HashSamples.bind;
import static io.experiencelake.core.hash.HashSamples.lake;
import static io.experiencelake.core.hash.HashSamples.parse;
import static io.experiencelake.core.hash.HashSamples.withClaim;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import io.experiencelake.core.ImmutableLake;
import io.experiencelake.core.ImmutableLakeEntry;
import io.experiencelake.core.ImmutableOwner;
import io.experiencelake.core.Lake;
import io.experiencelake.core.LakeEntry;
import io.experiencelake.core.LakeException;
import io.experiencelake.core.Rule;
import io.experiencelake.core.json.LakeJson;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.core.Gen;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;

class LakeHashesTests {

  /** RFC 8785, section 3.2.2 (the sample input) and 3.2.3 (its canonical form). */
  private static final String RFC_SAMPLE = "{\n"
      + "  \"numbers\": [333333333.33333329, 1E30, 4.50,\n"
      + "              2e-3, 0.000000000000000000000000001],\n"
      + "  \"string\": \"\\u20ac$\\u000F\\u000aA'\\u0042\\u0022\\u005c\\\\\\\"\\/\",\n"
      + "  \"literals\": [null, true, false]\n"
      + "}";
  private static final String RFC_SAMPLE_CANONICAL =
      "{\"literals\":[null,true,false],\"numbers\":[333333333.3333333,1e+30,4.5,0.002,1e-27],"
      + "\"string\":\"\u20ac$\\u000f\\nA'B\\\"\\\\\\\\\\\"/\"}";

  /** RFC 8785, section 3.2.3: property names sorted by their UTF-16 code units. */
  private static final String RFC_SORTING = "{\n"
      + "  \"\\u20ac\": \"Euro Sign\",\n"
      + "  \"\\r\": \"Carriage Return\",\n"
      + "  \"\\ufb33\": \"Hebrew Letter Dalet With Dagesh\",\n"
      + "  \"1\": \"One\",\n"
      + "  \"\\ud83d\\ude00\": \"Emoji: Grinning Face\",\n"
      + "  \"\\u0080\": \"Control\",\n"
      + "  \"\\u00f6\": \"Latin Small Letter O With Diaeresis\"\n"
      + "}";
  private static final String RFC_SORTING_CANONICAL = "{\"\\r\":\"Carriage Return\",\"1\":\"One\",\"\u0080\":\"Control\","
      + "\"\u00f6\":\"Latin Small Letter O With Diaeresis\",\"\u20ac\":\"Euro Sign\",\"\ud83d\ude00\":\"Emoji: Grinning Face\","
      + "\"\ufb33\":\"Hebrew Letter Dalet With Dagesh\"}";

  private static JsonNode arrayOf(double value) {
    ArrayNode array = JsonNodeFactory.instance.arrayNode();
    array.add(value);
    return array;
  }

  @Nested
  class Rfc8785Examples {

    /** RFC 8785, Appendix B: IEEE-754 bit patterns and their canonical JSON text. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "0000000000000000, 0",
        "8000000000000000, 0",
        "0000000000000001, 5e-324",
        "8000000000000001, -5e-324",
        "7fefffffffffffff, 1.7976931348623157e+308",
        "ffefffffffffffff, -1.7976931348623157e+308",
        "4340000000000000, 9007199254740992",
        "c340000000000000, -9007199254740992",
        "4430000000000000, 295147905179352830000",
        "44b52d02c7e14af5, 9.999999999999997e+22",
        "44b52d02c7e14af6, 1e+23",
        "44b52d02c7e14af7, 1.0000000000000001e+23",
        "444b1ae4d6e2ef4e, 999999999999999700000",
        "444b1ae4d6e2ef4f, 999999999999999900000",
        "444b1ae4d6e2ef50, 1e+21",
        "3eb0c6f7a0b5ed8c, 9.999999999999997e-7",
        "3eb0c6f7a0b5ed8d, 0.000001",
        "41b3de4355555553, 333333333.3333332",
        "41b3de4355555554, 333333333.33333325",
        "41b3de4355555555, 333333333.3333333",
        "41b3de4355555556, 333333333.3333334",
        "41b3de4355555557, 333333333.33333343",
        "becbf647612f3696, -0.0000033333333333333333",
        "43143ff3c1cb0959, 1424953923781206.2"})
    void writesNumbersAsAppendixBShows(String ieee754, String expected) {
      double value = Double.longBitsToDouble(Long.parseUnsignedLong(ieee754, 16));
      assertThat(LakeHashes.canonicalJson(arrayOf(value))).isEqualTo("[" + expected + "]");
    }

    /** RFC 8785, Appendix B: NaN and Infinity have no JSON form and must be rejected. */
    @ParameterizedTest
    @ValueSource(strings = {"7fffffffffffffff", "7ff0000000000000", "fff0000000000000"})
    void rejectsNaNAndInfinity(String ieee754) {
      double value = Double.longBitsToDouble(Long.parseUnsignedLong(ieee754, 16));
      assertThatThrownBy(() -> LakeHashes.canonicalJson(arrayOf(value)))
          .isInstanceOfSatisfying(LakeException.class, e -> {
            assertThat(e.diagnostics().get(0).code()).isEqualTo(Rule.BAD_FORMAT.code());
            assertThat(e.diagnostics().get(0).pointer()).isEqualTo("/0");
          });
    }

    @Test
    void sortsPropertiesAsSection323Shows() {
      assertThat(LakeHashes.canonicalJson(parse(RFC_SORTING))).isEqualTo(RFC_SORTING_CANONICAL);
    }

    @Test
    void canonicalizesTheSampleOfSection322() {
      assertThat(LakeHashes.canonicalJson(parse(RFC_SAMPLE))).isEqualTo(RFC_SAMPLE_CANONICAL);
    }

    @Test
    void hashesTheCanonicalUtf8Bytes() {
      assertThat(LakeHashes.of(parse(RFC_SAMPLE)))
          .isEqualTo(ContentHash.sha256Of(RFC_SAMPLE_CANONICAL.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }
  }

  @Nested
  class LakeJsonForm {

    @Test
    void isTheCanonicalFormOfTheLakesJsonTree() {
      Lake lake = lake();
      String canonical = LakeHashes.canonicalJson(lake);
      assertThat(canonical).doesNotContain("\n").startsWith("{\"$schema\":\"" + Lake.SCHEMA_URI + "\"");
      assertThat(parse(canonical)).isEqualTo(LakeJson.toTree(lake));
      assertSorted(parse(canonical), canonical);
      assertThat(LakeHashes.of(lake)).isEqualTo(LakeHashes.of(LakeJson.toTree(lake)));
    }

    private void assertSorted(JsonNode node, String where) {
      if (node.isObject()) {
        List<String> names = new ArrayList<>(node.propertyNames());
        List<String> sorted = new ArrayList<>(names);
        Collections.sort(sorted);
        assertThat(names).as("property order in %s", where).isEqualTo(sorted);
        node.properties().forEach(p -> assertSorted(p.getValue(), where));
      } else if (node.isArray()) {
        node.values().forEach(child -> assertSorted(child, where));
      }
    }
  }

  @Nested
  class EntryHashes {

    @Test
    void mapEveryEntryIdInEntryOrderToTheHashOfItsJsonAlone() {
      Lake lake = lake();
      Map<String, ContentHash> hashes = LakeHashes.entries(lake);
      assertThat(hashes).containsOnlyKeys("phase-gates", "p99-budget");
      assertThat(hashes.keySet()).containsExactly("phase-gates", "p99-budget");
      JsonNode trees = LakeJson.toTree(lake).get("entries");
      for (int i = 0; i < lake.entries().size(); i++) {
        LakeEntry entry = lake.entries().get(i);
        assertThat(hashes.get(entry.id())).isEqualTo(LakeHashes.of(entry)).isEqualTo(LakeHashes.of(trees.get(i)));
      }
    }

    @Test
    void dependOnTheirEntryAloneWhileTheLakeHashDependsOnEverything() {
      Lake lake = lake();
      Lake changed = ImmutableLake.copyOf(withClaim(lake, 1, "Cutting ingress p99 from 240 ms toward 100 ms"))
          .withOwner(ImmutableOwner.builder().name("Alex Example").headline("MLOps engineer").build());
      assertThat(LakeHashes.entries(changed).get("phase-gates")).isEqualTo(LakeHashes.entries(lake).get("phase-gates"));
      assertThat(LakeHashes.entries(changed).get("p99-budget")).isNotEqualTo(LakeHashes.entries(lake).get("p99-budget"));
      assertThat(LakeHashes.of(changed)).isNotEqualTo(LakeHashes.of(lake));
    }

    @Test
    void theLastLakeHashedIsRememberedForThatLakeAloneNeverForAnother() {
      Lake lake = lake();
      Lake changed = ImmutableLake.copyOf(withClaim(lake, 1, "Cutting ingress p99 from 240 ms toward 100 ms"));
      ContentHash first = LakeHashes.of(lake);
      assertThat(LakeHashes.of(lake)).isSameAs(first);
      assertThat(LakeHashes.of(changed)).isNotEqualTo(first)
          .isEqualTo(LakeHashes.of(LakeJson.toTree(changed)));
      assertThat(LakeHashes.of(lake)).isEqualTo(first).isEqualTo(LakeHashes.of(LakeJson.toTree(lake)));
    }

    @Test
    void keepTheFirstEntryOfARepeatedId() {
      Lake lake = lake();
      LakeEntry copy = ImmutableLakeEntry.copyOf(lake.entries().get(1)).withId("phase-gates");
      Lake repeated = ImmutableLake.copyOf(lake).withEntries(lake.entries().get(0), copy);
      assertThat(LakeHashes.entries(repeated)).containsExactly(Map.entry("phase-gates", LakeHashes.of(lake.entries().get(0))));
    }

    @Test
    void printAsSha256Hex() {
      assertThat(LakeHashes.of(lake()).toString()).matches("sha256:[0-9a-f]{64}");
    }
  }

  @Nested
  class Properties {

    /** Non-blank claims of BMP characters (no lone surrogates), controls, quotes and backslashes included. */
    private final Gen<String> claims = strings().betweenCodePoints(0, 0xD7FF).ofLengthBetween(1, 40).assuming(s -> !s.isBlank());

    @Test
    void fieldOrderWhitespaceAndNumberSpellingNeverChangeAHash() {
      Lake lake = lake();
      JsonNode tree = LakeJson.toTree(lake);
      ContentHash expected = LakeHashes.of(lake);
      qt().withExamples(1000).forAll(longs().all()).checkAssert(seed -> {
        String text = Scrambler.write(tree, new Random(seed));
        JsonNode reread = parse(text);
        assertThat(LakeHashes.of(reread)).as(text).isEqualTo(expected);
        assertThat(LakeHashes.of(bind(reread))).as(text).isEqualTo(expected);
      });
    }

    @Test
    void changingAnyOneCharacterOfAClaimChangesTheEntryAndLakeHashes() {
      Lake base = lake();
      qt().withExamples(1000).forAll(claims, integers().between(0, 39), integers().between(0x21, 0xD7FF))
          .checkAssert((claim, at, replacement) -> {
            int index = at % claim.length();
            char c = Character.isWhitespace(replacement) ? 'x' : (char) (int) replacement;
            if (c == claim.charAt(index)) {
              c = c == 'x' ? 'y' : 'x';
            }
            String changed = claim.substring(0, index) + c + claim.substring(index + 1);
            Lake before = withClaim(base, 0, claim);
            Lake after = withClaim(base, 0, changed);
            assertThat(LakeHashes.of(after.entries().get(0))).isNotEqualTo(LakeHashes.of(before.entries().get(0)));
            assertThat(LakeHashes.entries(after).get("phase-gates")).isNotEqualTo(LakeHashes.entries(before).get("phase-gates"));
            assertThat(LakeHashes.of(after)).isNotEqualTo(LakeHashes.of(before));
          });
    }

    @Test
    void aHashSurvivesWritingAndRereading() {
      Lake base = lake();
      qt().withExamples(1000).forAll(claims).checkAssert(claim -> {
        Lake lake = withClaim(base, 1, claim);
        Lake reread = bind(parse(LakeJson.write(lake)));
        assertThat(reread).isEqualTo(lake);
        assertThat(LakeHashes.of(reread)).isEqualTo(LakeHashes.of(lake));
        assertThat(LakeHashes.entries(reread)).isEqualTo(LakeHashes.entries(lake));
      });
    }
  }

  /** Writes a JSON tree with its properties shuffled, random whitespace, and floating-point numbers respelled. */
  static final class Scrambler {

    private static final String[] SPACE = {"", " ", "\n", "\t", "\r\n  ", "   "};

    private Scrambler() {}

    static String write(JsonNode tree, Random random) {
      StringBuilder out = new StringBuilder();
      write(tree, random, out);
      return out.append(space(random)).toString();
    }

    private static void write(JsonNode node, Random random, StringBuilder out) {
      out.append(space(random));
      if (node.isObject()) {
        List<Map.Entry<String, JsonNode>> properties = new ArrayList<>(node.properties());
        Collections.shuffle(properties, random);
        out.append('{');
        for (int i = 0; i < properties.size(); i++) {
          out.append(i == 0 ? "" : ",").append(space(random))
              .append(JsonNodeFactory.instance.stringNode(properties.get(i).getKey())).append(space(random)).append(':');
          write(properties.get(i).getValue(), random, out);
        }
        out.append(space(random)).append('}');
      } else if (node.isArray()) {
        out.append('[');
        for (int i = 0; i < node.size(); i++) {
          out.append(i == 0 ? "" : ",");
          write(node.get(i), random, out);
        }
        out.append(space(random)).append(']');
      } else if (node.isFloatingPointNumber()) {
        out.append(respell(node.doubleValue(), random));
      } else {
        out.append(node);
      }
    }

    private static String respell(double value, Random random) {
      BigDecimal exact = new BigDecimal(Double.toString(value));
      switch (random.nextInt(4)) {
        case 0:
          return Double.toString(value);
        case 1:
          return exact.toPlainString();
        case 2:
          return exact.unscaledValue() + "E" + (-exact.scale());
        default:
          return exact.toPlainString() + "000";
      }
    }

    private static String space(Random random) {
      return SPACE[random.nextInt(SPACE.length)];
    }
  }
}
