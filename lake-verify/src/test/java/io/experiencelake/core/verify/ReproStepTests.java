package io.experiencelake.core.verify;

import static io.experiencelake.core.verify.Fixtures.repro;
import static io.experiencelake.core.verify.Fixtures.sha256;
import static io.experiencelake.core.verify.Fixtures.verifyOne;
import static io.experiencelake.core.verify.Fixtures.write;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

@EnabledOnOs({OS.LINUX, OS.MAC})
class ReproStepTests {

  @TempDir
  Path root;

  @TempDir
  Path elsewhere;

  private VerifyOptions allowing(Duration timeout) {
    return ImmutableVerifyOptions.builder().evidenceRoot(root).allowCommands(true).commandTimeout(timeout).build();
  }

  private VerifyOptions allowing() {
    return allowing(Duration.ofSeconds(30));
  }

  @Test
  void areNotRunUnlessCommandsAreAllowed() {
    Path marker = elsewhere.resolve("ran");

    AnchorResult result = verifyOne(root, repro("touch", marker.toString()).outputContains("").build());

    assertThat(result.outcome()).isEqualTo(Outcome.NOT_RUN);
    assertThat(result.detail()).contains("allowCommands");
    assertThat(marker).doesNotExist();
  }

  @Test
  void passWhenTheExitCodeAndOutputMatch() {
    write(root, "scripts/check.txt", "phase 6 gate: PASS\n");

    AnchorResult result = verifyOne(allowing(),
        repro("cat", "check.txt").workingDir("scripts").outputContains("gate: PASS").outputSha256(sha256("phase 6 gate: PASS\n")).build());

    assertThat(result.outcome()).isEqualTo(Outcome.VERIFIED);
    assertThat(result.actual().orElseThrow()).startsWith("exit 0, stdout sha256 " + sha256("phase 6 gate: PASS\n"));
  }

  @Test
  void runInTheWorkingDirectoryInsideTheRoot() throws IOException {
    Files.createDirectories(root.resolve("scripts/nested"));

    AnchorResult result = verifyOne(allowing(),
        repro("pwd").workingDir("scripts/nested").outputContains(root.toRealPath().resolve("scripts/nested").toString()).build());

    assertThat(result.outcome()).isEqualTo(Outcome.VERIFIED);
  }

  @Test
  void failWhenTheOutputLacksTheSubstring() {
    AnchorResult result = verifyOne(allowing(), repro("echo", "3 tests failed").outputContains("0 tests failed").build());

    assertThat(result.outcome()).isEqualTo(Outcome.MISMATCH);
    assertThat(result.detail()).isEqualTo("the output does not contain '0 tests failed'");
    assertThat(result.expected()).contains("exit 0, stdout containing '0 tests failed'");
    assertThat(result.actual()).contains("exit 0, stdout '3 tests failed'");
  }

  @Test
  void failWhenTheOutputDigestDiffers() {
    AnchorResult result = verifyOne(allowing(), repro("echo", "hello").outputSha256(sha256("hello")).build());

    assertThat(result.outcome()).isEqualTo(Outcome.MISMATCH);
    assertThat(result.actual().orElseThrow()).contains("stdout sha256 " + sha256("hello\n"));
  }

  @Test
  void failWhenTheExitCodeDiffersAndPassWhenItIsTheExpectedOne() {
    AnchorResult unexpected = verifyOne(allowing(), repro("sh", "-c", "echo broken; exit 3").outputContains("broken").build());
    AnchorResult expected = verifyOne(allowing(), repro("sh", "-c", "echo broken; exit 3").expectedExit(3).outputContains("broken").build());

    assertThat(unexpected.outcome()).isEqualTo(Outcome.MISMATCH);
    assertThat(unexpected.detail()).isEqualTo("the command exited with 3, expected 0");
    assertThat(expected.outcome()).isEqualTo(Outcome.VERIFIED);
  }

  @Test
  @Timeout(value = 20, unit = TimeUnit.SECONDS)
  void runWithStandardInputClosed() {
    // cat with no file copies standard input: it would wait for the timeout if input stayed open.
    AnchorResult result = verifyOne(allowing(), repro("cat").outputSha256(sha256("")).build());

    assertThat(result.outcome()).isEqualTo(Outcome.VERIFIED);
  }

  @Test
  void runWithNoShellSoMetacharactersAreArguments() {
    AnchorResult result = verifyOne(allowing(), repro("echo", "$HOME; exit 7 | *").outputContains("$HOME; exit 7 | *").build());

    assertThat(result.outcome()).isEqualTo(Outcome.VERIFIED);
  }

  @Test
  @Timeout(value = 30, unit = TimeUnit.SECONDS)
  void stopTheWholeProcessTreeWhenTheyTimeOut() throws Exception {
    Path pidFile = elsewhere.resolve("child.pid");

    AnchorResult result = verifyOne(allowing(Duration.ofMillis(500)),
        repro("sh", "-c", "sleep 60 & echo $! > '" + pidFile + "'; wait").outputContains("never").build());

    assertThat(result.outcome()).isEqualTo(Outcome.MISMATCH);
    assertThat(result.detail()).isEqualTo("timed out after 500ms; the command and its child processes were stopped");
    assertThat(result.actual()).contains("no exit within 500ms");
    long child = Long.parseLong(Files.readString(pidFile).strip());
    assertThat(eventuallyGone(child)).as("the background sleep %d was stopped", child).isTrue();
  }

  @Test
  void reportACommandThatCannotStartAsMissing() {
    AnchorResult result = verifyOne(allowing(), repro("no-such-command-for-lake-tests").outputContains("x").build());

    assertThat(result.outcome()).isEqualTo(Outcome.MISSING);
    assertThat(result.detail()).startsWith("could not start 'no-such-command-for-lake-tests'");
  }

  @Test
  void keepOnlyBoundedOutputButDigestAllOfIt() {
    VerifyOptions small = ImmutableVerifyOptions.builder().evidenceRoot(root).allowCommands(true).maxOutputBytes(8).build();
    String output = "0123456789abcdef\n";

    AnchorResult digested = verifyOne(small, repro("echo", "0123456789abcdef").outputSha256(sha256(output)).build());
    AnchorResult searched = verifyOne(small, repro("echo", "0123456789abcdef").outputContains("abc").build());

    assertThat(digested.outcome()).isEqualTo(Outcome.VERIFIED);
    assertThat(searched.outcome()).isEqualTo(Outcome.MISMATCH);
    assertThat(searched.detail()).endsWith("(only the first 8 bytes were searched)");
  }

  /** Whether process {@code pid} ends (or is left a zombie) within a few seconds. */
  private static boolean eventuallyGone(long pid) throws InterruptedException, IOException {
    for (int i = 0; i < 100; i++) {
      Optional<ProcessHandle> handle = ProcessHandle.of(pid);
      if (handle.isEmpty() || !handle.get().isAlive() || isZombie(pid)) {
        return true;
      }
      Thread.sleep(50);
    }
    return false;
  }

  private static boolean isZombie(long pid) throws IOException {
    Path stat = Path.of("/proc", Long.toString(pid), "stat");
    if (!Files.exists(stat)) {
      return false;
    }
    String text = Files.readString(stat);
    return text.substring(text.lastIndexOf(')') + 2).startsWith("Z");
  }
}
