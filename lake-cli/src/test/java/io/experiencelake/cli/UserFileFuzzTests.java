package io.experiencelake.cli;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fuzzes the commands that read the person's other files: whatever bytes a JSON Resume, the
 * applications ledger or a report an anchor reads a statistic from holds, {@code lake import
 * jsonresume}, {@code lake applications list} and {@code verify}, and {@code lake verify} exit with 0
 * or 1, never fail internally, print no stack trace and nothing a terminal would act on, write no
 * partial lake, and leave the ledger and the evidence as they were; any other outcome is a finding.
 *
 * <p>In the normal build this replays the seeds in {@code UserFileFuzzTestsInputs/}, a folder for each
 * test; with {@code JAZZER_FUZZ=1} it fuzzes one test at a time, e.g.
 * {@code JAZZER_FUZZ=1 ./mvnw -pl lake-cli -am test -Dtest='UserFileFuzzTests#ledger*' -Dsurefire.failIfNoSpecifiedTests=false -Djazzer.max_duration=3m}.
 */
class UserFileFuzzTests {

  /** Made before the first input and removed after the last. */
  @TempDir
  static Path folder;

  @FuzzTest(maxDuration = "3m")
  void importOfAJsonResumeExitsWithZeroOrOneAndNeverFailsInternally(byte[] input) throws IOException {
    Path resume = folder.resolve("resume.json");
    Path lake = folder.resolve("lake.json");
    Files.write(resume, input);
    Files.deleteIfExists(lake);

    Cli.Run run = Cli.run("import", "jsonresume", resume.toString(), "--out", lake.toString());

    assertHandled(run);
    if (run.exitCode() == LakeCli.OK && !Files.isRegularFile(lake)) {
      throw new AssertionError("exit code 0 and no lake written:\n" + run.all());
    }
    if (run.exitCode() == LakeCli.FAILED && Files.exists(lake)) {
      throw new AssertionError("exit code 1 and a lake written:\n" + run.all());
    }
  }

  @FuzzTest(maxDuration = "3m")
  void ledgerCommandsExitWithZeroOrOneAndLeaveTheLedgerAsItWas(byte[] input) throws IOException {
    Path applications = Files.createDirectories(folder.resolve("applications"));
    Path ledger = applications.resolve("ledger.jsonl");
    Files.write(ledger, input);

    for (String action : new String[] {"list", "verify"}) {
      Cli.Run run = Cli.run("applications", action, "--applications", applications.toString(), "--today=" + Cli.TODAY);

      assertHandled(run);
      if (!Arrays.equals(Files.readAllBytes(ledger), input)) {
        throw new AssertionError("'applications " + action + "' changed the ledger:\n" + run.all());
      }
    }
  }

  @FuzzTest(maxDuration = "3m")
  void verifyOfAnyReportExitsWithZeroOrOneAndLeavesTheEvidenceAsItWas(byte[] input) throws IOException {
    Path evidence = folder.resolve("evidence");
    Path reports = Files.createDirectories(evidence.resolve("reports"));
    // The lake's two report statistics read the same bytes, one as JSON and one as CSV.
    Files.write(reports.resolve("r.json"), input);
    Files.write(reports.resolve("r.csv"), input);

    Cli.Run run = Cli.run("verify", Cli.resource("fuzz/report-lake.yaml").toString(), "--evidence", evidence.toString(),
        "--today=" + Cli.TODAY);

    assertHandled(run);
    for (String report : new String[] {"r.json", "r.csv"}) {
      if (!Arrays.equals(Files.readAllBytes(reports.resolve(report)), input)) {
        throw new AssertionError("'verify' changed " + report + ":\n" + run.all());
      }
    }
  }

  /**
   * Exit code 0 or 1 (an internal error is 3), no stack trace, nothing a terminal would act on. The
   * output quotes the input, so only what the input cannot put there is looked for: a tab is escaped.
   */
  private static void assertHandled(Cli.Run run) {
    if (run.exitCode() != LakeCli.OK && run.exitCode() != LakeCli.FAILED) {
      throw new AssertionError("exit code " + run.exitCode() + ":\n" + run.all());
    }
    if (run.all().contains("\tat ")) {
      throw new AssertionError("a stack trace:\n" + run.all());
    }
    if (Cli.hasUnsafeCharacters(run.all())) {
      throw new AssertionError("characters a terminal would act on:\n" + run.all());
    }
  }
}
