package io.experiencelake.core.json;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.experiencelake.core.Diagnostic;
import io.experiencelake.core.Lake;
import io.experiencelake.core.LakeException;
import io.experiencelake.core.LakeGenerators;
import io.experiencelake.core.check.CheckOptions;
import java.io.ByteArrayInputStream;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Fuzzes lake loading: whatever the bytes, {@code LakeJson.read} and {@code LakeYaml.read} return a
 * lake or throw a {@link LakeException} whose every error is located, and a lake that loads from JSON
 * loads as the same lake from the YAML written of it ({@code lake convert}); any other outcome is a
 * finding.
 *
 * <p>In the normal build this replays the seeds in {@code LakeLoadingFuzzTestsInputs/}, a folder for
 * each test; with {@code JAZZER_FUZZ=1} it fuzzes one test at a time, e.g.
 * {@code JAZZER_FUZZ=1 ./mvnw -pl lake-core test -Dtest='LakeLoadingFuzzTests#yamlLoading*' -Djazzer.max_duration=5m}.
 */
class LakeLoadingFuzzTests {

  static final CheckOptions OPTIONS = CheckOptions.today(LakeGenerators.TODAY);

  @FuzzTest(maxDuration = "5m")
  void loadingThrowsNothingButALocatedLakeException(byte[] input) {
    loadsOrFailsLocated(() -> LakeJson.read(new ByteArrayInputStream(input), "fuzz.json", OPTIONS).lake())
        .ifPresent(LakeLoadingFuzzTests::readsTheSameFromItsYaml);
  }

  @FuzzTest(maxDuration = "5m")
  void yamlLoadingThrowsNothingButALocatedLakeException(byte[] input) {
    loadsOrFailsLocated(() -> LakeYaml.read(new ByteArrayInputStream(input), "fuzz.yaml", OPTIONS).lake());
  }

  /**
   * The lake {@code load} returns, or empty when it throws a {@link LakeException} whose every error
   * has a code, a message and a hint, and a line unless the input could not be read at all.
   */
  private static Optional<Lake> loadsOrFailsLocated(Supplier<Lake> load) {
    try {
      return Optional.of(load.get());
    } catch (LakeException e) {
      for (Diagnostic d : e.errors()) {
        if (!d.code().startsWith("LAKE-") || d.message().isBlank() || d.hint().isBlank()) {
          throw new AssertionError("diagnostic without code, message or hint: " + d, e);
        }
        if (d.line().isEmpty() && !d.code().equals("LAKE-J004")) {
          throw new AssertionError("diagnostic without a line: " + d, e);
        }
      }
      return Optional.empty();
    }
  }

  /** The YAML written of {@code lake} loads, as {@code lake}. */
  private static void readsTheSameFromItsYaml(Lake lake) {
    String yaml = LakeYaml.write(lake);
    Lake back;
    try {
      back = LakeYaml.read(yaml, "fuzz.yaml", OPTIONS).lake();
    } catch (LakeException e) {
      throw new AssertionError("the YAML written of a lake that loaded does not load:\n" + yaml, e);
    }
    if (!back.equals(lake)) {
      throw new AssertionError("the YAML written of a lake reads back as another lake:\n" + yaml);
    }
  }
}
