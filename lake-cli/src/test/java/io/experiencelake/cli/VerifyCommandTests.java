package io.experiencelake.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.experiencelake.core.Diagnostic;
import io.experiencelake.core.Lake;
import io.experiencelake.core.check.CheckOptions;
import io.experiencelake.core.json.LakeJson;
import io.experiencelake.core.verify.VerificationReport;
import io.experiencelake.core.verify.Verifier;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

class VerifyCommandTests {

  static Cli.Run verify(Workspace w, String... more) {
    List<String> args = new ArrayList<>(List.of("verify", w.file(), "--evidence", w.evidence().toString()));
    args.addAll(List.of(more));
    return Cli.run(args.toArray(String[]::new));
  }

  /** The report the library itself makes of the workspace's lake. */
  static VerificationReport libraryReport(Workspace w) {
    Lake lake = LakeJson.read(w.lake(), CheckOptions.today(Cli.TODAY)).lake();
    return Verifier.of(w.evidence()).verify(lake);
  }

  @Test
  void passesWhenEveryAnchorHoldsAndPrintsTheLibrarysSummary(@TempDir Path folder) {
    Workspace w = Workspace.in(folder);

    Cli.Run run = verify(w);

    assertThat(run.exitCode()).isEqualTo(LakeCli.OK);
    assertThat(run.out()).contains("verified against " + w.evidence() + ":\n");
    libraryReport(w).summary().lines().forEach(line -> assertThat(run.out()).contains("  " + line + "\n"));
    assertThat(run.out()).endsWith(w.file() + ": 0 errors, 0 warnings\n");
  }

  @Test
  void takesTheEvidenceFolderBesideTheLakeWhenNoneIsNamed(@TempDir Path folder) {
    Workspace w = Workspace.in(folder);

    Cli.Run beside = Cli.run("verify", w.file());
    Cli.Run fromInput = Cli.run("verify", "-");

    assertThat(beside.exitCode()).as(beside.all()).isEqualTo(LakeCli.OK);
    assertThat(beside.out()).isEqualTo(verify(w).out());
    assertThat(fromInput.exitCode()).isEqualTo(LakeCli.USAGE);
    assertThat(fromInput.err()).contains("--evidence DIR is needed for a lake read from standard input");
  }

  @Test
  void failsOnATamperedFileWithALocatedMismatch(@TempDir Path folder) throws IOException {
    Workspace w = Workspace.in(folder);
    Files.writeString(w.evidence().resolve("runs/gates.log"), "phase 6 gate: skipped\n", StandardCharsets.UTF_8);

    Cli.Run run = verify(w);

    assertThat(run.exitCode()).isEqualTo(LakeCli.FAILED);
    Matcher m = Pattern.compile("(?m)^" + Pattern.quote(w.file()) + ":(\\d+):(\\d+) /entries/0/evidence/0 error LAKE-V001: "
        + "entry 'phase-gates', anchor 0 \\(run-output runs/gates.log\\): expected sha256 \\w+ but was \\w+").matcher(run.out());
    assertThat(m.find()).as(run.out()).isTrue();
    String text = Files.readString(w.lake());
    int offset = text.indexOf("{ \"kind\": \"run-output\"");
    int line = (int) text.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
    assertThat(Integer.parseInt(m.group(1))).isEqualTo(line);
    assertThat(run.out()).contains("not defensible (phase-gates)");
  }

  @Test
  void failsOnAMissingFile(@TempDir Path folder) throws IOException {
    Workspace w = Workspace.in(folder);
    Files.delete(w.evidence().resolve("receipts/phase-6.json"));

    Cli.Run run = verify(w);

    assertThat(run.exitCode()).isEqualTo(LakeCli.FAILED);
    assertThat(run.out()).contains("/entries/0/evidence/1 error LAKE-V002: entry 'phase-gates', anchor 1 (receipt receipts/phase-6.json)");
  }

  @Test
  void failsOnAReportNumberThatNoLongerHolds(@TempDir Path folder) throws IOException {
    Workspace w = Workspace.in(folder);
    Files.writeString(w.evidence().resolve("reports/promotions.json"), "{\"partial_promotions\": 3, \"runs\": 412}\n");

    Cli.Run run = verify(w);

    assertThat(run.exitCode()).isEqualTo(LakeCli.FAILED);
    assertThat(run.out()).contains("/entries/0/evidence/2 error LAKE-V001: ").contains("expected = 0 runs but was 3 runs");
  }

  @Test
  void doesNotVerifyALakeThatHasErrors(@TempDir Path folder) {
    Workspace w = ValidateCommandTests.broken(folder);

    Cli.Run run = verify(w);

    assertThat(run.exitCode()).isEqualTo(LakeCli.FAILED);
    assertThat(run.out()).contains(" error LAKE-I005: ").endsWith("; the evidence was not verified\n").doesNotContain("verified against");
  }

  @Test
  void pointsAtTheRightEntryPastTheFirstBatch(@TempDir Path folder) throws IOException {
    int count = VerifyCommand.BATCH + 5;
    int broken = VerifyCommand.BATCH + 2;
    Workspace w = Workspace.in(folder).edit(lake -> {
      ArrayNode entries = (ArrayNode) lake.get("entries");
      ObjectNode template = (ObjectNode) entries.get(0).deepCopy();
      entries.removeAll();
      for (int i = 0; i < count; i++) {
        ObjectNode entry = template.deepCopy();
        entry.put("id", "entry-" + i);
        if (i == broken) {
          ((ObjectNode) entry.at("/evidence/0")).put("path", "runs/none.log");
        }
        entries.add(entry);
      }
      ((ArrayNode) lake.get("clusters").get(0).get("stories")).remove(1);
      ((ArrayNode) lake.get("stories")).remove(1);
    });
    List<Diagnostic> expected = LakeJson.locate(w.lake(), EvidenceDiagnostics.of(libraryReport(w)));

    Cli.Run run = verify(w);

    assertThat(run.exitCode()).isEqualTo(LakeCli.FAILED);
    assertThat(expected).singleElement().satisfies(d -> assertThat(d.pointer()).isEqualTo("/entries/" + broken + "/evidence/0"));
    assertThat(run.out()).contains(expected.get(0).format());
  }

  /** Issue 13, finding 8: thousands of diagnostics cost thousands of writes to a terminal when each line is flushed. */
  @Test
  void writesThousandsOfDiagnosticsToStandardOutputInAFewLargeWrites(@TempDir Path folder) {
    Workspace w = Workspace.in(folder).edit(lake -> {
      ArrayNode evidence = lake.withArray("/entries/0/evidence");
      for (int i = 0; i < 2_000; i++) {
        evidence.addObject().put("kind", "run-output").put("path", "runs/missing-" + i + ".log").put("sha256", "0".repeat(64));
      }
    });
    int[] writes = new int[1];
    ByteArrayOutputStream bytes = new ByteArrayOutputStream() {
      @Override
      public synchronized void write(byte[] b, int off, int len) {
        writes[0]++;
        super.write(b, off, len);
      }

      @Override
      public synchronized void write(int b) {
        writes[0]++;
        super.write(b);
      }
    };
    PrintWriter out = LakeCli.standardOutput(bytes);

    int code = LakeCli.run(Cli.ENVIRONMENT, out, new PrintWriter(Writer.nullWriter()),
        "verify", w.file(), "--evidence", w.evidence().toString());

    String text = bytes.toString(StandardCharsets.UTF_8);
    assertThat(code).isEqualTo(LakeCli.FAILED);
    assertThat(text.lines().filter(line -> line.contains("LAKE-V002")).count()).isEqualTo(2_000);
    assertThat(writes[0]).as("writes for %d bytes", text.length()).isLessThanOrEqualTo(text.length() / (64 * 1024) + 2);
  }

  @Nested
  class ReproSteps {

    static Workspace withStep(Path folder, String script) {
      return Workspace.in(folder).edit(lake -> {
        ObjectNode step = ((ArrayNode) lake.at("/entries/1/evidence")).addObject();
        step.put("kind", "repro-step");
        step.putArray("argv").add("sh").add("-c").add(script);
        step.put("outputContains", "412 runs");
      });
    }

    @Test
    void warnsThatAStepWasNotRunUnlessCommandsAreAllowed(@TempDir Path folder) {
      Workspace w = withStep(folder, "echo 412 runs");

      Cli.Run run = verify(w);

      assertThat(run.exitCode()).isEqualTo(LakeCli.OK);
      assertThat(run.out()).contains("/entries/1/evidence/1 warning LAKE-V004: ").contains("pass --allow-commands to run it");
    }

    @Test
    void runsTheStepWhenAllowed(@TempDir Path folder) {
      Workspace w = withStep(folder, "echo 412 runs");

      Cli.Run run = verify(w, "--allow-commands");

      assertThat(run.exitCode()).isEqualTo(LakeCli.OK);
      assertThat(run.out()).doesNotContain("LAKE-V004").contains("verified against " + w.evidence() + " (commands allowed):");
    }

    @Test
    void stopsAStepAtTheTimeoutAndCountsItAsAMismatch(@TempDir Path folder) {
      Workspace w = withStep(folder, "sleep 10; echo 412 runs");

      long start = System.nanoTime();
      Cli.Run run = verify(w, "--allow-commands", "--timeout", "300ms");
      long millis = (System.nanoTime() - start) / 1_000_000;

      assertThat(run.exitCode()).isEqualTo(LakeCli.FAILED);
      assertThat(run.out()).contains("/entries/1/evidence/1 error LAKE-V001: ").contains("timed out after 300ms");
      assertThat(millis).isLessThan(8_000);
    }
  }

  @Nested
  class Progress {

    @Test
    void showsAProgressLineOnAnInteractiveTerminalAndClearsIt(@TempDir Path folder) {
      Workspace w = Workspace.in(folder);
      Environment terminal = new Environment(Cli.ENVIRONMENT.clock(), true);

      Cli.Run run = Cli.run(terminal, "verify", w.file(), "--evidence", w.evidence().toString());

      assertThat(run.exitCode()).isEqualTo(LakeCli.OK);
      assertThat(run.err()).startsWith("\rverifying entries 1-2 of 2 (phase-gates…)").endsWith("\r");
      assertThat(run.err().strip()).doesNotContain("\n");
    }

    @Test
    void staysSilentWhenStandardErrorIsNotATerminal(@TempDir Path folder) {
      Workspace w = Workspace.in(folder);

      assertThat(verify(w).err()).isEmpty();
    }
  }
}
