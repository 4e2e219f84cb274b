package io.experiencelake.maven;

import static io.experiencelake.maven.ValidateMojoTests.results;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.experiencelake.core.check.CheckOptions;
import io.experiencelake.core.json.LakeJson;
import io.experiencelake.core.verify.Verifier;
import io.experiencelake.junit.FailureMessages;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VerifyMojoTests {

  @TempDir
  Path dir;

  @Test
  void evidenceThatVerifiesPassesWithTheCommandNotRunAsAWarning() throws Exception {
    TestProject project = TestProject.in(dir);

    project.verify().execute();

    assertThat(project.log.at("warn")).singleElement().asString()
        .startsWith(dir.resolve("lake.json") + ":35:19 /entries/1/evidence/0 warning LAKE-V004: entry 'replay-window', anchor 0 (repro-step cat runs/gates.log): not run")
        .endsWith("; " + VerifyMojo.ALLOW_COMMANDS + ".");
    assertThat(project.log.at("info")).containsSubsequence(
        "verified against " + dir.resolve("evidence") + ":",
        "  3 anchors: 2 verified, 0 mismatch, 0 missing, 0 rejected, 1 not run, 0 unverifiable",
        "  2 entries: 1 defensible, 1 not defensible (replay-window)");
    assertThat(results(project.sarif())).hasSize(1);
  }

  @Test
  void allowCommandsRunsTheReproStep() throws Exception {
    TestProject project = TestProject.in(dir);
    VerifyMojo verify = project.verify();
    verify.allowCommands = true;

    verify.execute();

    assertThat(project.log.at("warn")).isEmpty();
    assertThat(project.log.at("info")).contains("  2 entries: 2 defensible, 0 not defensible");
  }

  @Test
  void aTamperedFileFailsNamingTheEntryAndAnchorInLakeJunitsWords() throws Exception {
    TestProject project = TestProject.in(dir);
    Files.writeString(dir.resolve("evidence/runs/gates.log"), "phase 1..5 gates: PASS\n");
    String expected = FailureMessages.notDefensible(
        LakeJson.read(dir.resolve("lake.json"), CheckOptions.today(LocalDate.parse(TestProject.TODAY))).lake(),
        Verifier.of(dir.resolve("evidence")).verify(
            LakeJson.read(dir.resolve("lake.json"), CheckOptions.today(LocalDate.parse(TestProject.TODAY))).lake()));

    assertThatThrownBy(() -> project.verify().execute())
        .isInstanceOf(MojoFailureException.class)
        .hasNoCause()
        .hasMessage(expected)
        .hasMessageContaining("entry 'phase-gates' (/entries/0):\n    anchor 0 (run-output runs/gates.log): expected sha256 46f099ff");

    assertThat(project.log.at("error")).singleElement().asString()
        .startsWith(dir.resolve("lake.json") + ":21:7 /entries/0/evidence/0 error LAKE-V001: entry 'phase-gates', anchor 0 (run-output runs/gates.log): expected sha256 ");
    assertThat(results(project.sarif())).hasSize(2);
  }

  @Test
  void aMissingEvidenceFolderIsRefusedBeforeAnythingIsRead() {
    TestProject project = TestProject.in(dir);
    VerifyMojo verify = project.verify();
    verify.evidence = dir.resolve("no-evidence").toFile();

    assertThatThrownBy(verify::execute)
        .isInstanceOf(MojoFailureException.class)
        .hasMessageStartingWith("<evidence> " + dir.resolve("no-evidence") + " is not a folder");
    assertThat(project.sarif()).doesNotExist();
  }

  @Test
  void theSarifLogMayNotLieInsideTheEvidence() {
    TestProject project = TestProject.in(dir);
    VerifyMojo verify = project.verify();
    verify.sarifFile = dir.resolve("evidence/lake.sarif").toFile();

    assertThatThrownBy(verify::execute).hasMessageContaining("lies inside the evidence folder");
    assertThat(dir.resolve("evidence/lake.sarif")).doesNotExist();
  }
}
