package io.experiencelake.cli;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fuzzes the command's load path: whatever bytes {@code lake.json} or {@code lake.yaml} holds,
 * {@code lake validate} exits with 0 or 1, reports a located error when it exits with 1, writes
 * nothing to standard error, prints nothing a terminal would act on, and never fails internally; any
 * other outcome is a finding.
 *
 * <p>In the normal build this replays the seeds in {@code ValidateFuzzTestsInputs/}, a folder for each
 * test; with {@code JAZZER_FUZZ=1} it fuzzes one test at a time, e.g.
 * {@code JAZZER_FUZZ=1 ./mvnw -pl lake-cli -am test -Dtest='ValidateFuzzTests#validateOfYaml*' -Dsurefire.failIfNoSpecifiedTests=false -Djazzer.max_duration=3m}.
 */
class ValidateFuzzTests {

  /** Made before the first input and removed after the last. */
  @TempDir
  static Path folder;

  @FuzzTest(maxDuration = "3m")
  void validateExitsWithZeroOrOneAndNeverFailsInternally(byte[] input) throws IOException {
    validate(folder.resolve("lake.json"), input);
  }

  @FuzzTest(maxDuration = "3m")
  void validateOfYamlExitsWithZeroOrOneAndNeverFailsInternally(byte[] input) throws IOException {
    validate(folder.resolve("lake.yaml"), input);
  }

  private static void validate(Path lake, byte[] input) throws IOException {
    Files.write(lake, input);

    Cli.Run run = Cli.run("validate", lake.toString());

    if (run.exitCode() != LakeCli.OK && run.exitCode() != LakeCli.FAILED) {
      throw new AssertionError("exit code " + run.exitCode() + ":\n" + run.all());
    }
    if (!run.err().isEmpty() || run.out().contains("\tat ")) {
      throw new AssertionError("a stack trace or something on standard error:\n" + run.all());
    }
    if (run.exitCode() == LakeCli.FAILED && !hasLocatedError(run.out(), lake.toString())) {
      throw new AssertionError("exit code 1 without a located error:\n" + run.out());
    }
    if (Cli.hasUnsafeCharacters(run.out())) {
      throw new AssertionError("characters a terminal would act on:\n" + run.out());
    }
  }

  /** Whether a line names the file (with line and column, unless it could not be read) and an error code. */
  private static boolean hasLocatedError(String out, String file) {
    return Cli.locatedError(file).matcher(out).find() || out.lines().anyMatch(line -> line.startsWith(file + " / error LAKE-J004: "));
  }
}
