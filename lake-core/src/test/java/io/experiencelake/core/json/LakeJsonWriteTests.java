package io.experiencelake.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.experiencelake.core.Lake;
import io.experiencelake.core.LakeEntry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

class LakeJsonWriteTests {

  static List<String> keys(JsonNode object) {
    List<String> keys = new ArrayList<>();
    object.propertyNames().forEach(keys::add);
    return keys;
  }

  @Nested
  class Format {

    @Test
    void writesKeyColonValueWithTwoSpaceIndentationAndUnixLineEnds() {
      String json = LakeJson.write(SampleLakes.full());

      assertThat(json).doesNotContain("\r").doesNotContain("\" : ").contains("\n  \"owner\": {\n    \"name\": \"Alex Example\",");
      assertThat(json.lines()).allSatisfy(line -> {
        int indent = line.length() - line.stripLeading().length();
        assertThat(indent % 2).as("indentation of '%s'", line).isZero();
        assertThat(line).doesNotEndWith(" ");
      });
    }

    @Test
    void endsWithExactlyOneNewline() {
      String json = LakeJson.write(SampleLakes.small());

      assertThat(json).endsWith("}\n").doesNotEndWith("\n\n");
    }

    @Test
    void encodesTextAsUtf8() {
      byte[] bytes = LakeJson.writeBytes(SampleLakes.full());

      assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("\"band\": \"£50k\"");
      assertThat(bytes).containsSequence("£".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void omitsEmptyOptionalsAndEmptyLists() {
      JsonNode tree = Mappers.STRICT.readTree(LakeJson.write(SampleLakes.full()));

      assertThat(keys(tree.at("/owner"))).contains("email");
      assertThat(keys(tree.at("/capabilities/1"))).containsExactly("id", "title");
      assertThat(keys(tree.at("/entries/2"))).doesNotContain("engagement", "stories", "capabilities", "keywords");
      assertThat(keys(tree.at("/entries/3/status"))).containsExactly("state");
      assertThat(keys(tree.at("/entries/1/decision"))).containsExactly("choice", "consequence");
      assertThat(LakeJson.write(SampleLakes.small())).doesNotContain("\"roles\"", "\"engagements\"", "null", "[]", "{}");
    }

    @Test
    void putsSchemaFirstAndKeepsTheModelsFieldOrder() {
      JsonNode tree = Mappers.STRICT.readTree(LakeJson.write(SampleLakes.full()));
      List<String> lakeOrder = Arrays.asList(Lake.class.getAnnotation(JsonPropertyOrder.class).value());
      List<String> entryOrder = Arrays.asList(LakeEntry.class.getAnnotation(JsonPropertyOrder.class).value());

      assertThat(keys(tree)).containsExactlyElementsOf(
          Stream.concat(Stream.of("$schema"), lakeOrder.stream()).collect(Collectors.toList()));
      for (JsonNode entry : tree.get("entries")) {
        assertThat(keys(entry)).containsExactlyElementsOf(
            entryOrder.stream().filter(entry::has).collect(Collectors.toList()));
      }
    }
  }

  @Nested
  class Determinism {

    @Test
    void writesTheSameBytesTwice() {
      assertThat(LakeJson.writeBytes(SampleLakes.full())).isEqualTo(LakeJson.writeBytes(SampleLakes.full()));
    }

    @Test
    void writesTheSameBytesAfterAReadAndInAnotherLocaleAndTimeZone() {
      byte[] first = LakeJson.writeBytes(SampleLakes.full());
      Locale locale = Locale.getDefault();
      TimeZone zone = TimeZone.getDefault();
      try {
        Locale.setDefault(Locale.forLanguageTag("tr-TR"));
        TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
        Lake read = LakeJson.read(new String(first, StandardCharsets.UTF_8), "lake.json", LakeJsonReadTests.OPTIONS).lake();

        assertThat(LakeJson.writeBytes(read)).isEqualTo(first);
      } finally {
        Locale.setDefault(locale);
        TimeZone.setDefault(zone);
      }
    }
  }

  @Nested
  class ToAFile {

    @Test
    void writesTheSameBytesAsWriteBytes(@TempDir Path folder) throws IOException {
      Path target = folder.resolve("lake.json");

      LakeJson.write(SampleLakes.full(), target);

      assertThat(Files.readAllBytes(target)).isEqualTo(LakeJson.writeBytes(SampleLakes.full()));
      try (Stream<Path> files = Files.list(folder)) {
        assertThat(files).containsExactly(target);
      }
    }

    @Test
    void replacesAnExistingFileWholly(@TempDir Path folder) throws IOException {
      Path target = folder.resolve("lake.json");
      Files.writeString(target, "x".repeat(100_000));

      LakeJson.write(SampleLakes.small(), target);

      assertThat(Files.readAllBytes(target)).isEqualTo(LakeJson.writeBytes(SampleLakes.small()));
      try (Stream<Path> files = Files.list(folder)) {
        assertThat(files).containsExactly(target);
      }
    }

    @Test
    void leavesNoFileBehindWhenTheMoveFails(@TempDir Path folder) throws IOException {
      Path target = folder.resolve("lake.json");
      Files.createDirectory(target);
      Files.writeString(target.resolve("keep.txt"), "kept");

      assertThatThrownBy(() -> LakeJson.write(SampleLakes.small(), target)).isInstanceOf(IOException.class);

      assertThat(Files.readString(target.resolve("keep.txt"))).isEqualTo("kept");
      try (Stream<Path> files = Files.list(folder)) {
        assertThat(files).containsExactly(target);
      }
    }

    @Test
    void failsWithoutCreatingAnythingWhenTheFolderIsMissing(@TempDir Path folder) {
      Path target = folder.resolve("missing").resolve("lake.json");

      assertThatThrownBy(() -> LakeJson.write(SampleLakes.small(), target)).isInstanceOf(IOException.class);

      assertThat(folder.resolve("missing")).doesNotExist();
    }

    @Test
    void leavesAStaleTemporaryFileOfAnotherWriterAlone(@TempDir Path folder) throws IOException {
      Path target = folder.resolve("lake.json");
      Path stale = folder.resolve(".lake.json.tmp");
      Files.writeString(stale, "someone else's");

      LakeJson.write(SampleLakes.small(), target);

      assertThat(Files.readAllBytes(target)).isEqualTo(LakeJson.writeBytes(SampleLakes.small()));
      assertThat(Files.readString(stale)).isEqualTo("someone else's");
      try (Stream<Path> files = Files.list(folder)) {
        assertThat(files).containsExactlyInAnyOrder(target, stale);
      }
    }
  }
}
