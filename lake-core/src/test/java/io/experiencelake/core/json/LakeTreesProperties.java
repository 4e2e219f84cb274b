package io.experiencelake.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.experiencelake.core.ImmutableLake;
import io.experiencelake.core.ImmutableLakeEntry;
import io.experiencelake.core.ImmutableRunOutput;
import io.experiencelake.core.Lake;
import io.experiencelake.core.LakeGenerators;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** {@link LakeTreeReader} and {@link LakeTreeWriter} against the reference it stands in for: Jackson's binding of the annotated model. */
class LakeTreesProperties {

  @Test
  void writesTheTreeJacksonWritesFieldForFieldInTheSameOrder() {
    qt().withExamples(1000).forAll(LakeGenerators.lakes()).checkAssert(LakeTreesProperties::assertWrittenAsJacksonWritesIt);
    qt().withExamples(300).forAll(LakeGenerators.hostileLakes()).checkAssert(LakeTreesProperties::assertWrittenAsJacksonWritesIt);
    assertWrittenAsJacksonWritesIt(SampleLakes.full());
  }

  @Test
  void readsEveryGeneratedLakeItselfAndAsJacksonReadsIt() {
    qt().withExamples(1000).forAll(LakeGenerators.lakes()).checkAssert(lake -> assertReadAsJacksonReadsIt(lake, body(lake)));
    // Their lone surrogates keep them from being read as text: their trees as Jackson makes them.
    qt().withExamples(300).forAll(LakeGenerators.hostileLakes())
        .checkAssert(lake -> assertReadAsJacksonReadsIt(lake, (ObjectNode) Mappers.STRICT.valueToTree(lake)));
    assertReadAsJacksonReadsIt(SampleLakes.full(), body(SampleLakes.full()));
  }

  @Test
  void readsALakeFromYamlWhoseWholeNumbersAreBigIntegersAsJacksonDoes() {
    qt().withExamples(300).forAll(LakeGenerators.lakes()).checkAssert(lake -> {
      ObjectNode body = (ObjectNode) YamlTrees.parse(LakeYaml.write(lake), "lake.yaml").tree();
      body.remove("$schema");

      assertThat(LakeTreeReader.read(body)).contains(Mappers.STRICT.treeToValue(body, Lake.class)).contains(lake);
    });
  }

  @Test
  void leavesAnEmptyOptionalTextOutAsJacksonDoes() {
    Lake full = SampleLakes.full();
    Lake described = ImmutableLake.copyOf(full).withEntries(ImmutableLakeEntry.copyOf(full.entries().get(0))
        .withEvidence(ImmutableRunOutput.builder().path("runs/a.log").sha256("a".repeat(64)).description("").build()));

    assertWrittenAsJacksonWritesIt(described);
    assertThat(LakeTreeWriter.write(described).at("/entries/0/evidence/0").has("description")).isFalse();
  }

  @Test
  void leavesToJacksonWhatItDoesNotReadAsJacksonWould() {
    ObjectNode tree = body(SampleLakes.full());
    assertThat(LakeTreeReader.read(tree)).isPresent();

    List<JsonNode> unusual = List.of(
        with(tree, "/entries/0", "claim", tree.stringNode(" ")),                 // the value's own check refuses it
        with(tree, "/entries/0", "clam", tree.stringNode("a")),                  // a field the model does not have
        with(tree, "/clusters/0", "rank", tree.numberNode(1.0)),                 // a whole number written as a decimal
        with(tree, "/clusters/0", "rank", tree.numberNode(4_000_000_000L)),      // beyond an int
        with(tree, "/entries/0/status", "on", tree.stringNode("2025-3-14")),     // a date Jackson may read otherwise
        with(tree, "/owner", "email", tree.nullNode()),                          // null
        with(tree, "/entries/0/status", "state", tree.stringNode("achieved")));  // a type name Jackson does not know

    assertThat(unusual).allSatisfy(body -> assertThat(LakeTreeReader.read(body)).as(body.toString()).isEmpty());
  }

  /**
   * The lake the tests above hold the reader and writer to on every field: {@link SampleLakes#full()}
   * sets each property Jackson's binding knows of each model type (the {@code @JsonProperty} names of
   * the Immutables {@code Json} classes), so a field added to the model and not to the reader or the
   * writer fails them, once it is added here.
   */
  @Test
  void theFullSampleSetsEveryPropertyOfEveryModelType() throws ClassNotFoundException {
    JsonNode tree = Mappers.STRICT.valueToTree(SampleLakes.full());
    Map<String, List<JsonNode>> instances = new LinkedHashMap<>();
    instances.put("Lake", List.of(tree));
    instances.put("Owner", List.of(tree.get("owner")));
    instances.put("Capability", elements(tree.get("capabilities")));
    instances.put("RoleProfile", elements(tree.get("roles")));
    instances.put("CapabilityWeight", elements(tree.get("roles")).stream().flatMap(r -> elements(r.get("requires")).stream()).toList());
    instances.put("Letter", elements(tree.get("roles")).stream().map(r -> r.get("letter")).filter(Objects::nonNull).toList());
    instances.put("Engagement", elements(tree.get("engagements")));
    instances.put("Story", elements(tree.get("stories")));
    instances.put("Cluster", elements(tree.get("clusters")));
    List<JsonNode> entries = elements(tree.get("entries"));
    instances.put("LakeEntry", entries);
    instances.put("Decision", entries.stream().map(e -> e.get("decision")).toList());
    instances.put("Alternative", entries.stream().flatMap(e -> elements(e.get("decision").get("alternatives")).stream()).toList());
    List<JsonNode> anchors = entries.stream().flatMap(e -> elements(e.get("evidence")).stream()).toList();
    Map<String, String> kinds = Map.of("RunOutput", "run-output", "Receipt", "receipt", "ReportStat", "report-stat",
        "ReproStep", "repro-step", "Link", "link");
    kinds.forEach((type, kind) -> instances.put(type, anchors.stream().filter(a -> a.get("kind").asString().equals(kind)).toList()));
    instances.put("CsvCell", anchors.stream().map(a -> a.get("cell")).filter(Objects::nonNull).toList());
    Map<String, String> states = Map.of("Achieved", "ACHIEVED", "Current", "CURRENT", "Target", "TARGET");
    states.forEach((type, state) -> instances.put(type, entries.stream().map(e -> e.get("status"))
        .filter(status -> status.get("state").asString().equals(state)).toList()));

    for (Map.Entry<String, List<JsonNode>> type : instances.entrySet()) {
      Set<String> set = new TreeSet<>();
      type.getValue().forEach(instance -> set.addAll(instance.propertyNames()));
      assertThat(set).as("the properties SampleLakes.full() sets on its %s values", type.getKey())
          .containsAll(jsonProperties(type.getKey()));
    }
    assertThat(instances).as("every model type the binding knows").hasSize(21);
  }

  /** The JSON properties Jackson binds for model type {@code type}, from its Immutables {@code Json} class. */
  private static Set<String> jsonProperties(String type) throws ClassNotFoundException {
    Set<String> names = new TreeSet<>();
    for (Method method : Class.forName("io.experiencelake.core.Immutable" + type + "$Json").getDeclaredMethods()) {
      JsonProperty property = method.getAnnotation(JsonProperty.class);
      if (property != null) {
        names.add(property.value());
      }
    }
    assertThat(names).as(type).isNotEmpty();
    return names;
  }

  private static List<JsonNode> elements(JsonNode array) {
    List<JsonNode> elements = new ArrayList<>();
    if (array != null) {
      array.forEach(elements::add);
    }
    return elements;
  }

  /**
   * The reader's promise: whatever it reads, Jackson reads the same; what Jackson refuses, it leaves to
   * Jackson. Tried on trees of generated lakes with one value anywhere replaced (by a value of another
   * type, an edge of a type, nothing), removed, or joined by a field no type has.
   */
  @Test
  void readsAMutatedTreeOnlyWhereJacksonReadsTheSameLake() {
    qt().withExamples(3000)
        .forAll(LakeGenerators.lakes(), integers().between(0, 9_999), integers().between(0, REPLACEMENTS.size() + 1))
        .checkAssert((lake, where, how) -> {
          ObjectNode tree = (ObjectNode) Mappers.STRICT.valueToTree(lake);
          List<JsonNode> containers = new ArrayList<>();
          collectContainers(tree, containers);
          JsonNode container = containers.get(where % containers.size());
          mutate(container, where / containers.size(), how);

          Optional<Lake> byHand = LakeTreeReader.read(tree);
          if (byHand.isPresent()) {
            Lake byJackson;
            try {
              byJackson = Mappers.STRICT.treeToValue(tree, Lake.class);
            } catch (RuntimeException refused) {
              throw new AssertionError("read by hand, refused by Jackson: " + tree, refused);
            }
            assertThat(byHand.get()).as(tree.toString()).isEqualTo(byJackson);
          }
        });
  }

  /** What a value may be replaced by: other types, and the edges of each. */
  private static final List<JsonNode> REPLACEMENTS = List.of(
      Mappers.STRICT.getNodeFactory().stringNode(""), Mappers.STRICT.getNodeFactory().stringNode(" "),
      Mappers.STRICT.getNodeFactory().stringNode("x"), Mappers.STRICT.getNodeFactory().stringNode("5"),
      Mappers.STRICT.getNodeFactory().stringNode("2025-02-30"), Mappers.STRICT.getNodeFactory().stringNode("2025-13"),
      Mappers.STRICT.getNodeFactory().stringNode("2025-03-14T10:00:00"), Mappers.STRICT.getNodeFactory().stringNode("JOB"),
      Mappers.STRICT.getNodeFactory().stringNode("achieved"), Mappers.STRICT.getNodeFactory().stringNode("run-output"),
      Mappers.STRICT.getNodeFactory().numberNode(0), Mappers.STRICT.getNodeFactory().numberNode(-1),
      Mappers.STRICT.getNodeFactory().numberNode(1.5), Mappers.STRICT.getNodeFactory().numberNode(1.0),
      Mappers.STRICT.getNodeFactory().numberNode(4_000_000_000L), Mappers.STRICT.getNodeFactory().numberNode(new java.math.BigInteger("7")),
      Mappers.STRICT.getNodeFactory().booleanNode(true), Mappers.STRICT.getNodeFactory().nullNode(),
      Mappers.STRICT.getNodeFactory().arrayNode(), Mappers.STRICT.getNodeFactory().arrayNode().add("a"),
      Mappers.STRICT.getNodeFactory().objectNode(), Mappers.STRICT.getNodeFactory().objectNode().put("kind", "link"));

  private static void collectContainers(JsonNode node, List<JsonNode> into) {
    if (node.isContainer() && !node.isEmpty()) {
      into.add(node);
      node.forEach(child -> collectContainers(child, into));
    }
  }

  /** Replaces the {@code pick}th member or element of {@code container} (how < REPLACEMENTS.size()), removes it, or adds a field. */
  private static void mutate(JsonNode container, int pick, int how) {
    if (container instanceof ObjectNode object) {
      List<String> names = new ArrayList<>(object.propertyNames());
      String name = names.get(pick % names.size());
      if (how < REPLACEMENTS.size()) {
        object.set(name, REPLACEMENTS.get(how).deepCopy());
      } else if (how == REPLACEMENTS.size()) {
        object.remove(name);
      } else {
        object.put("extra", "x");
      }
    } else {
      ArrayNode array = (ArrayNode) container;
      int index = pick % array.size();
      if (how < REPLACEMENTS.size()) {
        array.set(index, REPLACEMENTS.get(how).deepCopy());
      } else {
        array.remove(index);
      }
    }
  }

  private static void assertWrittenAsJacksonWritesIt(Lake lake) {
    String jackson = Mappers.STRICT.writeValueAsString(Mappers.STRICT.valueToTree(lake));

    assertThat(Mappers.STRICT.writeValueAsString(LakeTreeWriter.write(lake))).isEqualTo(jackson);
  }

  private static void assertReadAsJacksonReadsIt(Lake lake, ObjectNode body) {
    Lake jackson = Mappers.STRICT.treeToValue(body, Lake.class);

    assertThat(LakeTreeReader.read(body)).as("read by hand").isPresent();
    assertThat(LakeTreeReader.read(body).get()).as("read by hand, against Jackson").isEqualTo(jackson);
    assertThat(jackson).as("read by Jackson, against the lake written").isEqualTo(lake);
  }

  /** The lake's tree as read from its JSON text, without {@code $schema}. */
  private static ObjectNode body(Lake lake) {
    ObjectNode body = (ObjectNode) LocatingParser.parse(LakeJson.write(lake), "lake.json").tree();
    body.remove("$schema");
    return body;
  }

  private static ObjectNode with(ObjectNode tree, String at, String field, JsonNode value) {
    ObjectNode copy = tree.deepCopy();
    ((ObjectNode) copy.at(at)).set(field, value);
    return copy;
  }
}
