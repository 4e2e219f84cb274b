package io.experiencelake.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.experiencelake.core.Lake;
import io.experiencelake.core.LakeException;
import io.experiencelake.core.LakeGenerators;
import io.experiencelake.core.hash.LakeHashes;
import org.junit.jupiter.api.Test;

class LakeYamlProperties {

  /** Characters that matter to YAML, plus some that should never appear unescaped. */
  static final String NOISE = "{}[]\",:'&*!|>#%@`-? \n\t\u0000\u00e9\uFEFF<";

  @Test
  void aJsonToYamlToJsonRoundTripKeepsTheLakeAndItsHash() {
    qt().withExamples(300).forAll(LakeGenerators.lakes())
        .checkAssert(lake -> {
          String json = LakeJson.write(lake);
          Lake fromJson = LakeJson.read(json, "lake.json", LakeJsonProperties.OPTIONS).lake();
          String yaml = LakeYaml.write(fromJson);
          Lake fromYaml = LakeYaml.read(yaml, "lake.yaml", LakeJsonProperties.OPTIONS).lake();
          assertThat(fromYaml).isEqualTo(lake);
          assertThat(LakeHashes.of(fromYaml)).isEqualTo(LakeHashes.of(lake));
          assertThat(LakeJson.write(fromYaml)).isEqualTo(json);
          assertThat(LakeYaml.write(fromYaml)).isEqualTo(yaml);
        });
  }

  @Test
  void loadingAMutatedYamlLakeThrowsNothingButALocatedLakeException() {
    String yaml = LakeYaml.write(SampleLakes.full());
    qt().withExamples(500)
        .forAll(integers().between(0, yaml.length() - 1), integers().between(0, 3), integers().between(0, NOISE.length() - 1))
        .checkAssert((at, kind, noise) -> {
          String mutated = LakeJsonProperties.mutate(yaml, at, kind, NOISE.charAt(noise));
          try {
            LakeYaml.read(mutated, "lake.json", LakeJsonProperties.OPTIONS);
          } catch (LakeException e) {
            assertThat(e.errors()).isNotEmpty().allSatisfy(LakeJsonProperties::assertLocated);
          }
        });
  }
}
