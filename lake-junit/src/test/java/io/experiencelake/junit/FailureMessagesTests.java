package io.experiencelake.junit;

import static io.experiencelake.junit.LakeAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.experiencelake.core.Lake;
import io.experiencelake.core.verify.VerificationReport;
import io.experiencelake.core.verify.Verifier;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FailureMessagesTests {

  @TempDir
  Path evidence;

  @Test
  void notDefensibleSaysWhatTheFailingAssertionSays() {
    SmallLake.writeEvidence(evidence);
    SmallLake.write(evidence, SmallLake.GATES_LOG, "tampered\n");
    Lake lake = SmallLake.lake();
    VerificationReport report = Verifier.of(evidence).verify(lake);

    String message = FailureMessages.notDefensible(lake, report);

    assertThatThrownBy(() -> assertThat(lake).isDefensibleAgainst(evidence))
        .hasMessage("\n" + message);
    assertThat(message)
        .startsWith("Expecting lake of 'Alex Example':\n")
        .contains("  entry 'phase-gates' (/entries/0):\n    anchor 0 (run-output " + SmallLake.GATES_LOG + "): expected sha256 ");
  }

  @Test
  void notDefensibleRefusesAReportWithNothingToDescribe() {
    SmallLake.writeEvidence(evidence);
    Lake lake = SmallLake.lake(List.of(SmallLake.phaseGates()));

    assertThatThrownBy(() -> FailureMessages.notDefensible(lake, Verifier.of(evidence).verify(lake)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
