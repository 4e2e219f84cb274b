package io.experiencelake.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.experiencelake.core.Diagnostic;
import io.experiencelake.core.Lake;
import io.experiencelake.core.Rule;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class LakeSchemaTests {

  static final List<String> FILES = List.of("lake", "owner", "capability", "role", "engagement", "story", "cluster",
      "entry", "decision", "evidence", "status", "common");

  static JsonNode schemaFile(String name) throws IOException {
    try (InputStream in = LakeSchema.class.getResourceAsStream("/io/experiencelake/core/schema/v1/" + name + ".json")) {
      assertThat(in).as("schema file %s.json", name).isNotNull();
      return Mappers.STRICT.readTree(in);
    }
  }

  /** Every pointer of an object in {@code node}. */
  static void objectPointers(JsonNode node, String pointer, List<String> out) {
    if (node.isObject()) {
      out.add(pointer);
      node.properties().forEach(m -> objectPointers(m.getValue(), tools.jackson.core.JsonPointer.compile(pointer).appendProperty(m.getKey()).toString(), out));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        objectPointers(node.get(i), pointer + "/" + i, out);
      }
    }
  }

  @Nested
  class Files {

    @Test
    void eachFileHasItsIdUnderThePrefixAndDeclaresDraft202012() throws IOException {
      for (String name : FILES) {
        JsonNode schema = schemaFile(name);

        assertThat(schema.path("$id").asString()).isEqualTo(LakeSchema.ID_PREFIX + name + ".json");
        assertThat(schema.path("$schema").asString()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
      }
      assertThat(LakeSchema.ID_PREFIX + "lake.json").isEqualTo(Lake.SCHEMA_URI);
    }

    @Test
    void everyObjectSchemaForbidsUnknownPropertiesOrDispatchesToOnesThatDo() throws IOException {
      for (String name : FILES) {
        List<String> pointers = new ArrayList<>();
        objectPointers(schemaFile(name), "", pointers);
        JsonNode schema = schemaFile(name);
        for (String pointer : pointers) {
          JsonNode node = schema.at(pointer);
          if (node.has("properties") && !pointer.endsWith("/if")) {
            boolean closed = node.path("additionalProperties").isBoolean() && !node.get("additionalProperties").asBoolean();
            boolean dispatches = node.path("allOf").isArray() && node.get("allOf").get(0).has("then");
            assertThat(closed || dispatches).as("%s.json#%s forbids unknown properties", name, pointer).isTrue();
          }
        }
      }
    }

    @Test
    void refersToOtherFilesOnlyByTheirIds() throws IOException {
      for (String name : FILES) {
        List<String> refs = new ArrayList<>();
        collectRefs(schemaFile(name), refs);
        assertThat(refs).allSatisfy(ref -> assertThat(ref).matches("(#|" + LakeSchema.ID_PREFIX.replace(".", "\\.") + "[a-z]+\\.json(#|$)).*"));
      }
    }

    private void collectRefs(JsonNode node, List<String> refs) {
      if (node.isObject()) {
        node.properties().forEach(m -> {
          if (m.getKey().equals("$ref")) {
            refs.add(m.getValue().asString());
          } else {
            collectRefs(m.getValue(), refs);
          }
        });
      } else if (node.isArray()) {
        node.forEach(n -> collectRefs(n, refs));
      }
    }
  }

  @Nested
  class Loading {

    @Test
    void resolvesReferencesAcrossFilesFromTheClasspath() {
      ObjectNode tree = LakeJson.toTree(SampleLakes.full());
      ((ObjectNode) tree.at("/entries/0/evidence/1")).put("sha256", "abc");

      List<Diagnostic> problems = LakeSchema.get().validate(tree);

      // lake.json → entry.json → evidence.json → common.json#/$defs/sha256
      assertThat(problems).extracting(Diagnostic::code, Diagnostic::pointer)
          .containsExactly(org.assertj.core.groups.Tuple.tuple(Rule.BAD_DIGEST.code(), "/entries/0/evidence/1/sha256"));
    }

    @Test
    void failsAtOnceWhenAReferenceDoesNotResolve() {
      assertThatThrownBy(() -> new LakeSchema("https://experiencelake.io/schema/test/lake.json",
              "https://experiencelake.io/schema/test/", "classpath:io/experiencelake/core/json/schema-broken/"))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("cannot be loaded");
    }

    @Test
    void neverFetchesASchemaFromTheNetwork() {
      assertThatThrownBy(() -> new LakeSchema("https://experiencelake.io/schema/test/lake.json",
              "https://experiencelake.io/schema/test/", "classpath:io/experiencelake/core/json/schema-remote/"))
          .isInstanceOf(IllegalStateException.class);
    }
  }

  @Nested
  class Validation {

    @Test
    void acceptsTheTreesOfTheSampleLakes() {
      assertThat(LakeSchema.get().validate(LakeJson.toTree(SampleLakes.small()))).isEmpty();
      assertThat(LakeSchema.get().validate(LakeJson.toTree(SampleLakes.full()))).isEmpty();
    }

    @Test
    void rejectsAnUnknownFieldInEveryObjectOfALake() {
      JsonNode full = LakeJson.toTree(SampleLakes.full());
      List<String> objects = new ArrayList<>();
      objectPointers(full, "", objects);

      for (String pointer : objects) {
        ObjectNode tree = LakeJson.toTree(SampleLakes.full());
        ((ObjectNode) tree.at(pointer)).put("zzzUnknown", true);

        List<Diagnostic> problems = LakeSchema.get().validate(tree);

        assertThat(problems).as("an unknown field at %s", pointer)
            .extracting(Diagnostic::code, Diagnostic::pointer)
            .containsExactly(org.assertj.core.groups.Tuple.tuple(Rule.UNKNOWN_FIELD.code(), pointer + "/zzzUnknown"));
      }
    }

    @Test
    void reportsEveryMissingRequiredFieldOfAnEmptyEntry() {
      ObjectNode tree = LakeJson.toTree(SampleLakes.small());
      tree.withArray("entries").add(Mappers.STRICT.createObjectNode());

      List<Diagnostic> problems = LakeSchema.get().validate(tree);

      assertThat(problems).extracting(Diagnostic::pointer).containsExactlyInAnyOrder(
          "/entries/1/id", "/entries/1/cluster", "/entries/1/claim", "/entries/1/constraint", "/entries/1/decision",
          "/entries/1/status");
      assertThat(problems).filteredOn(d -> d.code().equals(Rule.BLANK_PART.code())).hasSize(4);
      assertThat(problems).filteredOn(d -> d.code().equals(Rule.MISSING_FIELD.code())).hasSize(2);
    }

    @Test
    void returnsDiagnosticsWithoutALocation() {
      ObjectNode tree = LakeJson.toTree(SampleLakes.small());
      tree.remove("owner");

      assertThat(LakeSchema.get().validate(tree)).singleElement().satisfies(d -> {
        assertThat(d.pointer()).isEqualTo("/owner");
        assertThat(d.line()).isEmpty();
        assertThat(d.source()).isEmpty();
      });
    }
  }
}
