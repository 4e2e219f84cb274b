package io.experiencelake.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.experiencelake.core.Diagnostic;
import io.experiencelake.core.Lake;
import io.experiencelake.core.LakeException;
import io.experiencelake.core.LakeGenerators;
import io.experiencelake.core.check.CheckOptions;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class LakeJsonProperties {

  static final CheckOptions OPTIONS = CheckOptions.today(LakeGenerators.TODAY);

  /** Characters that matter to JSON, plus some that should never appear unescaped. */
  static final String NOISE = "{}[]\",:\\ 0-1.eE+tfn/~\n\t\u0000\u00e9\uFEFF";

  @Test
  void everyGeneratedLakeValidatesAgainstTheSchema() {
    qt().withExamples(1000).forAll(LakeGenerators.lakes())
        .checkAssert(lake -> assertThat(LakeSchema.get().validate(LakeJson.toTree(lake))).isEmpty());
  }

  @Test
  void everyGeneratedLakeReadsBackEqualAndWritesTheSameBytes() {
    qt().withExamples(1000).forAll(LakeGenerators.lakes())
        .checkAssert(lake -> {
          String json = LakeJson.write(lake);
          Lake read = LakeJson.read(json, "lake.json", OPTIONS).lake();
          assertThat(read).isEqualTo(lake);
          assertThat(LakeJson.write(read)).isEqualTo(json);
        });
  }

  @Test
  void loadingAMutatedLakeThrowsNothingButALocatedLakeException() {
    String json = LakeJson.write(SampleLakes.full());
    qt().withExamples(1000)
        .forAll(integers().between(0, json.length() - 1), integers().between(0, 3), integers().between(0, NOISE.length() - 1))
        .checkAssert((at, kind, noise) -> {
          String mutated = mutate(json, at, kind, NOISE.charAt(noise));
          try {
            LakeJson.read(mutated, "lake.json", OPTIONS);
          } catch (LakeException e) {
            assertThat(e.errors()).isNotEmpty().allSatisfy(LakeJsonProperties::assertLocated);
          }
        });
  }

  @Test
  void loadingMutatedBytesThrowsNothingButALocatedLakeException() {
    byte[] bytes = LakeJson.writeBytes(SampleLakes.full());
    qt().withExamples(1000)
        .forAll(integers().between(0, bytes.length - 1), integers().between(0, 255))
        .checkAssert((at, value) -> {
          byte[] mutated = bytes.clone();
          mutated[at] = (byte) (int) value;
          try {
            LakeJson.read(new ByteArrayInputStream(mutated), "lake.json", OPTIONS);
          } catch (LakeException e) {
            assertThat(e.errors()).isNotEmpty().allSatisfy(LakeJsonProperties::assertLocated);
          }
        });
  }

  static String mutate(String json, int at, int kind, char noise) {
    switch (kind) {
      case 0:
        return json.substring(0, at) + json.substring(at + 1);
      case 1:
        return json.substring(0, at) + noise + json.substring(at);
      case 2:
        return json.substring(0, at) + noise + json.substring(at + 1);
      default:
        return json.substring(0, at);
    }
  }

  static void assertLocated(Diagnostic diagnostic) {
    assertThat(diagnostic.code()).startsWith("LAKE-");
    assertThat(diagnostic.source()).hasValue("lake.json");
    assertThat(diagnostic.line()).isPresent();
    assertThat(diagnostic.column()).isPresent();
    assertThat(diagnostic.message()).isNotBlank().doesNotContain("\n");
    assertThat(diagnostic.hint()).isNotBlank();
  }
}
