package io.experiencelake.junit;

import static io.experiencelake.junit.LakeAssertions.assertThat;
import static io.experiencelake.junit.SmallLake.GATES_LOG;
import static io.experiencelake.junit.SmallLake.GATES_TEXT;
import static io.experiencelake.junit.SmallLake.REPLAY_LOG;
import static io.experiencelake.junit.SmallLake.sha256;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.experiencelake.core.Diagnostic;
import io.experiencelake.core.Lake;
import io.experiencelake.core.LakeEntry;
import io.experiencelake.core.Link;
import io.experiencelake.core.Receipt;
import io.experiencelake.core.ReportStat;
import io.experiencelake.core.Rule;
import io.experiencelake.core.RunOutput;
import io.experiencelake.core.check.CheckOptions;
import io.experiencelake.core.check.LakeChecker;
import io.experiencelake.core.verify.ImmutableVerifyOptions;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

class LakeAssertionsTests {

  @TempDir
  Path evidence;

  @BeforeEach
  void writeEvidence() {
    SmallLake.writeEvidence(evidence);
  }

  @Nested
  class Entries {

    @Test
    void passWhenTheirEvidenceVerifies() {
      assertThatCode(() -> assertThat(SmallLake.phaseGates())
          .isAchieved()
          .hasEvidenceOfKind("run-output")
          .hasEvidenceOfKind(ReportStat.class)
          .demonstrates("run-discipline")
          .isDefensibleAgainst(evidence))
          .doesNotThrowAnyException();
    }

    @Test
    void failNamingTheEntryTheAnchorAndBothDigestsWhenAFileWasTamperedWith() {
      SmallLake.write(evidence, GATES_LOG, "phase 1..5 gates: PASS\n");

      assertThatThrownBy(() -> assertThat(SmallLake.phaseGates()).isDefensibleAgainst(evidence))
          .isInstanceOf(AssertionError.class)
          .hasMessage("\nExpecting entry 'phase-gates':\n"
              + "  Gated each of 6 run phases on committed evidence, ending silent partial promotions\n"
              + "to be backed by verified evidence, but:\n"
              + "  anchor 0 (run-output " + GATES_LOG + "): expected sha256 " + sha256(GATES_TEXT)
              + " but was sha256 " + sha256("phase 1..5 gates: PASS\n")
              + "; '" + GATES_LOG + "' is not the file the anchor pins: it changed, or the anchor's digest is stale");
    }

    @Test
    void failWhenAReproStepWasNotRunAndPassWhenCommandsAreAllowed() {
      assertThatThrownBy(() -> assertThat(SmallLake.replayWindow()).isDefensibleAgainst(evidence))
          .hasMessageContaining("anchor 1 (repro-step cat " + REPLAY_LOG + "): not run: commands are not run unless");
      assumeThat(OS.LINUX.isCurrentOs() || OS.MAC.isCurrentOs()).as("cat is available").isTrue();
      assertThat(SmallLake.replayWindow())
          .isDefensibleAgainst(ImmutableVerifyOptions.builder().evidenceRoot(evidence).allowCommands(true).build());
    }

    @Test
    void failWhenAnAchievedEntryHasOnlyLinks() {
      assertThatThrownBy(() -> assertThat(SmallLake.onlyLinks()).hasEvidenceOfKind(Link.class).isDefensibleAgainst(evidence))
          .hasMessageContaining("Expecting entry 'conference-talk':")
          .hasMessageContaining("  it is ACHIEVED but has no verifiable evidence (links do not count)");
    }

    @Test
    void failWithTheActualStatusWhenAnotherWasExpected() {
      assertThatThrownBy(() -> assertThat(SmallLake.latencyBudget()).isAchieved())
          .hasMessage("\nExpecting entry 'latency-budget':\n"
              + "  Holding ingress p99 under 150 ms while traffic doubles\n"
              + "to be ACHIEVED, but was CURRENT as of 2025-06-01 (7 of 11 services under budget)");
      assertThatThrownBy(() -> assertThat(SmallLake.phaseGates()).isTarget())
          .hasMessageEndingWith("to be TARGET, but was ACHIEVED on 2025-03-14");
      assertThatThrownBy(() -> assertThat(SmallLake.nextMigration()).isCurrent())
          .hasMessageEndingWith("to be CURRENT, but was TARGET by 2027-03-31");
    }

    @Test
    void failListingTheEvidenceThereIsWhenAKindIsMissing() {
      assertThatThrownBy(() -> assertThat(SmallLake.phaseGates()).hasEvidenceOfKind(Receipt.class))
          .hasMessageEndingWith("to have evidence of kind 'receipt', but its evidence is:\n"
              + "  anchor 0 (run-output " + GATES_LOG + ")\n"
              + "  anchor 1 (report-stat reports/promotions.json /partial_promotions)\n"
              + "  anchor 2 (link https://github.com/example/platform/pull/42)");
      assertThatThrownBy(() -> assertThat(SmallLake.nextMigration()).hasEvidenceOfKind(RunOutput.class))
          .hasMessageEndingWith("to have evidence of kind 'run-output', but it has no evidence");
    }

    @Test
    void refuseAKindThatDoesNotExist() {
      assertThatThrownBy(() -> assertThat(SmallLake.phaseGates()).hasEvidenceOfKind("recipt"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("'recipt' is not an evidence kind; use one of run-output, receipt, report-stat, repro-step, link");
    }

    @Test
    void failNamingTheCapabilitiesTheEntryDemonstrates() {
      assertThatThrownBy(() -> assertThat(SmallLake.phaseGates()).demonstrates("streaming-realities"))
          .hasMessageEndingWith("to demonstrate capability 'streaming-realities', but it demonstrates run-discipline");
    }

    @Test
    void putTheDescriptionBeforeTheMessage() {
      assertThatThrownBy(() -> assertThat(SmallLake.latencyBudget()).as("the CV's top entry").isAchieved())
          .hasMessageStartingWith("[the CV's top entry] \nExpecting entry 'latency-budget':");
    }
  }

  @Nested
  class Lakes {

    @Test
    void passWhenEveryEntryIsDefensible() {
      Lake lake = SmallLake.lake(List.of(SmallLake.phaseGates(), SmallLake.latencyBudget(), SmallLake.nextMigration()));

      assertThatCode(() -> assertThat(lake).hasNoErrors(SmallLake.TODAY).isDefensibleAgainst(evidence)).doesNotThrowAnyException();
    }

    @Test
    void reportEveryFailingEntryAtOnceWithTheSummary() {
      SmallLake.write(evidence, "reports/latency.csv", "service,p99_ms\ningress,171\n");

      assertThatThrownBy(() -> assertThat(SmallLake.lake()).isDefensibleAgainst(evidence))
          .hasMessage("\nExpecting lake of 'Alex Example':\n"
              + "  5 entries in 2 clusters\n"
              + "to be backed by verified evidence, but 3 entries are not:\n"
              + "  entry 'replay-window' (/entries/1):\n"
              + "    anchor 1 (repro-step cat " + REPLAY_LOG + "): not run: commands are not run unless the verifier's options allow them (allowCommands)\n"
              + "  entry 'latency-budget' (/entries/2):\n"
              + "    anchor 0 (report-stat reports/latency.csv p99_ms (service=ingress)): expected <= 150 ms but was 171 ms; "
              + "'reports/latency.csv' says 171 ms at p99_ms (service=ingress) for ingress p99, which is not <= 150 ms\n"
              + "  entry 'conference-talk' (/entries/3):\n"
              + "    it is ACHIEVED but has no verifiable evidence (links do not count); add a run output, receipt, report stat or repro step, or mark it CURRENT\n"
              + "  7 anchors: 3 verified, 1 mismatch, 0 missing, 0 rejected, 1 not run, 2 unverifiable\n"
              + "  5 entries: 2 defensible, 3 not defensible (replay-window, latency-budget, conference-talk)");
    }

    @Test
    void failWithEveryErrorTheCheckerFinds() {
      Lake lake = SmallLake.lake(List.of(SmallLake.onlyLinks()));
      List<Diagnostic> errors = LakeChecker.check(lake, CheckOptions.today(SmallLake.TODAY));
      assumeThat(errors).as("the checker reports rule 2 (LAKE-I002)").isNotEmpty();

      assertThatThrownBy(() -> assertThat(lake).hasNoErrors(SmallLake.TODAY))
          .hasMessageContaining("Expecting lake of 'Alex Example':")
          .hasMessageContaining("to have no errors, but found")
          .hasMessageContaining(Rule.NO_VERIFIABLE_EVIDENCE.code());
    }

    @Test
    void listCheckerErrorsLikeACompilersOutput() {
      Lake lake = SmallLake.lake(List.of(SmallLake.onlyLinks()));
      Diagnostic error = Diagnostic.of(Rule.NO_VERIFIABLE_EVIDENCE, "/entries/0/status",
          "entry 'conference-talk' is ACHIEVED but has no verifiable evidence (links do not count)", "mark it CURRENT");

      String message = ShouldHaveNoErrors.shouldHaveNoErrors(lake, List.of(error)).create();

      org.assertj.core.api.Assertions.assertThat(message).isEqualTo("\nExpecting lake of 'Alex Example':\n"
          + "  1 entry in 2 clusters\n"
          + "to have no errors, but found 1 error:\n"
          + "  /entries/0/status error LAKE-I002: entry 'conference-talk' is ACHIEVED but has no verifiable evidence (links do not count); mark it CURRENT.");
    }
  }

  @Nested
  @EnabledOnOs({OS.LINUX, OS.MAC})
  class SoftAssertions {

    @Test
    void collectEveryFailingClaimIntoOneFailure() {
      SmallLake.write(evidence, GATES_LOG, "tampered\n");
      Lake lake = SmallLake.lake();

      assertThatThrownBy(() -> SoftLakeAssertions.assertSoftly(softly -> {
        for (LakeEntry entry : lake.entries()) {
          softly.assertThat(entry).isDefensibleAgainst(evidence);
        }
        softly.assertThat(SmallLake.latencyBudget()).isAchieved().demonstrates("scale");
      }))
          .hasMessageContaining("Multiple Failures (5 failures)")
          .hasMessageContaining("Expecting entry 'phase-gates':")
          .hasMessageContaining("expected sha256 " + sha256(GATES_TEXT) + " but was sha256 " + sha256("tampered\n"))
          .hasMessageContaining("Expecting entry 'replay-window':")
          .hasMessageContaining("Expecting entry 'conference-talk':")
          .hasMessageContaining("to be ACHIEVED, but was CURRENT")
          .hasMessageContaining("to demonstrate capability 'scale'")
          .hasMessageNotContaining("Expecting entry 'next-migration':");
    }

    @Test
    void passWhenNothingFailed() {
      SoftLakeAssertions softly = new SoftLakeAssertions();
      softly.assertThat(SmallLake.phaseGates()).isAchieved().isDefensibleAgainst(evidence);
      softly.assertThat(SmallLake.lake(List.of(SmallLake.nextMigration()))).isDefensibleAgainst(evidence);

      org.assertj.core.api.Assertions.assertThat(softly.errorsCollected()).isEmpty();
      assertThatCode(softly::assertAll).doesNotThrowAnyException();
    }
  }
}
