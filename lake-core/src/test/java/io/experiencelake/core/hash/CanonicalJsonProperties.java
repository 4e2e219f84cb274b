package io.experiencelake.core.hash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.experiencelake.core.LakeGenerators;
import io.experiencelake.core.json.LakeJson;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.SplittableRandom;
import org.erdtman.jcs.JsonCanonicalizer;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** The tree writer against erdtman's canonicalizer of the tree's text, the oracle it replaced. */
class CanonicalJsonProperties {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** Text with every kind of character a canonical writer treats apart. */
  private static final String[] AWKWARD = {
      "", "plain", "\"quoted\"", "back\\slash", "\u0000\u0001\u0007\b\t\n\u000b\f\r\u001f", "\u007f\u0080\u00ff",
      "\u2028\u2029", "\u202e\u200f", "\ud83d\ude00", "\ud800", "\udfff lone", "\uffff", "é", "/", "<>&'"};

  @Test
  void writesWhatErdtmansCanonicalizerWritesOfGeneratedLakes() {
    qt().withExamples(300).forAll(LakeGenerators.lakes()).checkAssert(lake -> assertSameAsOracle(LakeJson.toTree(lake)));
    qt().withExamples(300).forAll(LakeGenerators.hostileLakes()).checkAssert(lake -> assertSameAsOracle(LakeJson.toTree(lake)));
  }

  @Test
  void writesWhatErdtmansCanonicalizerWritesOfAnyTree() {
    qt().withExamples(2000).forAll(longs().all()).checkAssert(seed -> assertSameAsOracle(NODES.arrayNode().add(tree(new SplittableRandom(seed), 0))));
  }

  @Test
  void writesEveryKindOfNumberAsItsTextReads() {
    ArrayNode numbers = NODES.arrayNode()
        .add(0).add(-0.0).add(1.0).add(0.1f).add(1e21).add(1e-7).add(5e-324).add(Double.MAX_VALUE).add(Long.MAX_VALUE)
        .add(Long.MIN_VALUE).add(9007199254740993L).add(new BigInteger("18446744073709551617"))
        .add(new BigDecimal("1.10")).add(new BigDecimal("0.1000000000000000055511151231257827"))
        .add(3.4028235e38f).add(1.17549435E-38f).add(333333333.33333329).add((short) 7);
    assertSameAsOracle(numbers);
  }

  @Test
  void marksEachElementOfTheTopLevelEntriesAsItsOwnCanonicalForm() {
    qt().withExamples(200).forAll(LakeGenerators.lakes()).checkAssert(lake -> {
      JsonNode tree = LakeJson.toTree(lake);
      CanonicalJson.Written written = CanonicalJson.write(tree);
      assertThat(written.entries()).hasSize(tree.path("entries").size());
      for (int i = 0; i < written.entries().size(); i++) {
        CanonicalJson.Span span = written.entries().get(i);
        assertThat(written.text().substring(span.start(), span.end())).isEqualTo(oracle(tree.path("entries").get(i)));
      }
    });
  }

  private static void assertSameAsOracle(JsonNode tree) {
    assertThat(CanonicalJson.write(tree).text()).isEqualTo(oracle(tree));
  }

  private static String oracle(JsonNode tree) {
    try {
      return new JsonCanonicalizer(tree.toString()).getEncodedString();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static JsonNode tree(SplittableRandom random, int depth) {
    int kind = random.nextInt(depth > 3 ? 5 : 7);
    switch (kind) {
      case 0:
        return NODES.stringNode(text(random));
      case 1:
        return NODES.numberNode(random.nextDouble() * Math.pow(10, random.nextInt(-30, 30)));
      case 2:
        return NODES.numberNode(random.nextLong() >> random.nextInt(64));
      case 3:
        return random.nextBoolean() ? NODES.booleanNode(random.nextBoolean()) : NODES.nullNode();
      case 4:
        return NODES.numberNode(new BigDecimal(BigInteger.valueOf(random.nextLong()), random.nextInt(-20, 20)));
      case 5: {
        ArrayNode array = NODES.arrayNode();
        for (int i = random.nextInt(5); i > 0; i--) {
          array.add(tree(random, depth + 1));
        }
        return array;
      }
      default: {
        ObjectNode object = NODES.objectNode();
        for (int i = random.nextInt(5); i > 0; i--) {
          object.set(text(random), tree(random, depth + 1));
        }
        return object;
      }
    }
  }

  private static String text(SplittableRandom random) {
    StringBuilder text = new StringBuilder();
    for (int i = random.nextInt(4); i > 0; i--) {
      text.append(random.nextInt(3) == 0 ? (char) random.nextInt(0x10000) : AWKWARD[random.nextInt(AWKWARD.length)]);
    }
    return text.toString();
  }
}
