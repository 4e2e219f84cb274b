package io.experiencelake.core.verify;

import static io.experiencelake.core.verify.Fixtures.repro;
import static io.experiencelake.core.verify.Fixtures.verifyOne;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * No process of a repro step outlives it (issue 13, finding 5): each step's processes carry a token
 * in their environment, and {@link StepProcesses} looks for it in every live process afterwards.
 */
@EnabledOnOs(OS.LINUX)
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class StepContainmentTests {

  @TempDir
  Path root;

  private VerifyOptions allowing(Duration timeout) {
    return ImmutableVerifyOptions.builder().evidenceRoot(root).allowCommands(true).commandTimeout(timeout).build();
  }

  @Test
  void aBackgroundChildOfAStepThatExitsAtOnceIsStopped() throws Exception {
    String token = StepProcesses.token();

    AnchorResult result = verifyOne(allowing(Duration.ofSeconds(20)),
        // 'exec' points the shell's own output at /dev/null for good before it forks, so the child never holds the
        // step's output. With 'sleep 25 >/dev/null 2>&1 &' the forked shell held it until it redirected, and a
        // verifier that looked in that moment rightly saw output still open (MISMATCH): a race of the test's shell.
        repro("env", token, "sh", "-c", "echo started; exec >/dev/null 2>&1; sleep 25 &").outputContains("started").build());

    assertThat(result.outcome()).as(result.detail()).isEqualTo(Outcome.VERIFIED);
    assertThat(StepProcesses.aliveWith(token)).as("processes of the step still alive").isEmpty();
  }

  @Test
  void aDoubleForkedGrandchildIsStoppedAtTheTimeout() throws Exception {
    String token = StepProcesses.token();

    AnchorResult result = verifyOne(allowing(Duration.ofMillis(700)),
        repro("env", token, "sh", "-c", "(sleep 25 >/dev/null 2>&1 &); sleep 25").outputContains("never").build());

    assertThat(result.outcome()).isEqualTo(Outcome.MISMATCH);
    assertThat(result.detail()).startsWith("timed out after 700ms");
    assertThat(StepProcesses.aliveWith(token)).as("processes of the step still alive").isEmpty();
  }

  @Test
  void outputThatGoesOnAfterTheStepExitedIsAMismatchNotASilentPass() throws Exception {
    String token = StepProcesses.token();

    AnchorResult result = verifyOne(allowing(Duration.ofSeconds(20)),
        // The late writer waits long enough to still hold the output when the verifier looks, even on a loaded
        // machine (it is stopped then, so the wait costs nothing); one that finished before the look would have
        // had all its output read and digested, which is no silent pass.
        repro("env", token, "sh", "-c", "echo first; (sleep 15; echo late) & exit 0").outputContains("first").build());

    assertThat(result.outcome()).as(result.detail()).isEqualTo(Outcome.MISMATCH);
    assertThat(result.detail()).contains("kept its standard output open after it exited");
    assertThat(StepProcesses.aliveWith(token)).as("processes of the step still alive").isEmpty();
  }
}
