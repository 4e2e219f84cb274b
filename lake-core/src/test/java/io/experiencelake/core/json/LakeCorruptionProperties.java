package io.experiencelake.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.experiencelake.core.Diagnostic;
import io.experiencelake.core.Lake;
import io.experiencelake.core.LakeException;
import io.experiencelake.core.LakeGenerators;
import io.experiencelake.core.Rule;
import io.experiencelake.core.check.CheckOptions;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Each single-field corruption of a valid generated lake is rejected with its own rule code at the
 * corrupted field.
 */
class LakeCorruptionProperties {

  static final CheckOptions OPTIONS = CheckOptions.today(LakeGenerators.TODAY);
  static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  static final String DIGEST = "0123456789abcdef".repeat(4);

  /** A corruption of entry {@code i}: what it does, the code it must raise and where. */
  enum Corruption {
    BLANK_CLAIM(Rule.BLANK_PART, "/claim", (entry, root) -> entry.put("claim", " \t ")),
    BAD_DIGEST(Rule.BAD_DIGEST, "/evidence/0/sha256", (entry, root) -> entry.set("evidence", anchors(runOutput("runs/a.log", "ABC123")))),
    ABSOLUTE_PATH(Rule.UNSAFE_PATH, "/evidence/0/path", (entry, root) -> entry.set("evidence", anchors(runOutput("/etc/passwd", DIGEST)))),
    CLIMBING_PATH(Rule.UNSAFE_PATH, "/evidence/0/path", (entry, root) -> entry.set("evidence", anchors(runOutput("runs/../../secret", DIGEST)))),
    UNKNOWN_STORY(Rule.UNKNOWN_REFERENCE, "/stories/0", (entry, root) -> entry.set("stories", NODES.arrayNode().add("987654"))),
    UNKNOWN_CLUSTER(Rule.UNKNOWN_REFERENCE, "/cluster", (entry, root) -> entry.put("cluster", "no-such-cluster")),
    ACHIEVED_WITH_ONLY_LINKS(Rule.NO_VERIFIABLE_EVIDENCE, "/status", (entry, root) -> {
      entry.set("evidence", anchors(NODES.objectNode().put("kind", "link").put("uri", "https://example.org/pr/1")));
      entry.set("status", NODES.objectNode().put("state", "ACHIEVED").put("on", "2025-01-02"));
    }),
    ACHIEVED_IN_THE_FUTURE(Rule.FUTURE_DATE, "/status/on", (entry, root) -> {
      entry.set("evidence", anchors(runOutput("runs/a.log", DIGEST)));
      entry.set("status", NODES.objectNode().put("state", "ACHIEVED").put("on", LakeGenerators.TODAY.plusDays(1).toString()));
    }),
    TARGET_READS_AS_DONE(Rule.READS_AS_DONE, "/claim", (entry, root) -> {
      entry.put("claim", "Delivered the replay window for every consumer");
      entry.set("status", NODES.objectNode().put("state", "TARGET"));
    }),
    IMPOSSIBLE_DATE(Rule.BAD_FORMAT, "/status/on", (entry, root) -> {
      entry.set("evidence", anchors(runOutput("runs/a.log", DIGEST)));
      entry.set("status", NODES.objectNode().put("state", "ACHIEVED").put("on", "2025-02-30"));
    }),
    UNKNOWN_FIELD(Rule.UNKNOWN_FIELD, "/claimm", (entry, root) -> entry.put("claimm", "typo")),
    DUPLICATE_ENTRY(Rule.DUPLICATE_ID, "", (entry, root) -> ((ArrayNode) root.get("entries")).add(entry.deepCopy()));

    final Rule rule;
    final String pointer;
    final BiConsumer<ObjectNode, ObjectNode> apply;

    Corruption(Rule rule, String pointer, BiConsumer<ObjectNode, ObjectNode> apply) {
      this.rule = rule;
      this.pointer = pointer;
      this.apply = apply;
    }
  }

  @Test
  void everySingleFieldCorruptionIsRejectedWithItsOwnCodeAtTheField() {
    qt().withExamples(1000)
        .forAll(LakeGenerators.lakes(), integers().between(0, Corruption.values().length - 1), integers().between(0, 99))
        .assuming((lake, c, i) -> !lake.entries().isEmpty())
        .checkAssert((lake, c, i) -> {
          Corruption corruption = Corruption.values()[c];
          int index = i % lake.entries().size();
          ObjectNode root = LakeJson.toTree(lake);
          ObjectNode entry = (ObjectNode) root.get("entries").get(index);
          corruption.apply.accept(entry, root);
          String expectedPointer = corruption == Corruption.DUPLICATE_ENTRY
              ? "/entries/" + lake.entries().size() + "/id"
              : "/entries/" + index + corruption.pointer;

          LakeException e = catchThrowableOfType(LakeException.class, () -> LakeJson.read(root.toString(), "lake.json", OPTIONS));

          assertThat(e).as("%s of entry %d must be rejected", corruption, index).isNotNull();
          assertThat(e.errors())
              .as("%s of entry %d: %s", corruption, index, e.getMessage())
              .anySatisfy(d -> {
                assertThat(d.code()).isEqualTo(corruption.rule.code());
                assertThat(d.pointer()).isEqualTo(expectedPointer);
                assertThat(d.line()).isPresent();
              });
        });
  }

  static ObjectNode runOutput(String path, String digest) {
    return NODES.objectNode().put("kind", "run-output").put("path", path).put("sha256", digest);
  }

  static ArrayNode anchors(ObjectNode anchor) {
    return NODES.arrayNode().add(anchor);
  }

  static String codes(LakeException e) {
    return e.diagnostics().stream().map(Diagnostic::code).toList().toString();
  }
}
