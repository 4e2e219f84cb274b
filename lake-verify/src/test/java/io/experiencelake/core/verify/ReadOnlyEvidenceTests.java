package io.experiencelake.core.verify;

import static io.experiencelake.core.verify.Fixtures.repro;
import static io.experiencelake.core.verify.Fixtures.verifyOne;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * Repro steps cannot write into the evidence root where the system lets an unprivileged user make
 * a mount namespace (issue 13, finding 6); elsewhere the tests are skipped and the README says that
 * allowed commands are trusted.
 */
@EnabledOnOs(OS.LINUX)
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class ReadOnlyEvidenceTests {

  @TempDir
  Path root;

  @TempDir
  Path elsewhere;

  private VerifyOptions allowing() {
    return ImmutableVerifyOptions.builder().evidenceRoot(root).allowCommands(true).commandTimeout(Duration.ofSeconds(20)).build();
  }

  /** Whether this system lets this user make a user and mount namespace, as {@code unshare} does. */
  static boolean namespacesAvailable() {
    try {
      Process probe = new ProcessBuilder("unshare", "--user", "--map-root-user", "--mount", "true")
          .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      return probe.waitFor(10, TimeUnit.SECONDS) && probe.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  @Test
  void aStepCannotWriteIntoTheEvidenceRootButCanWriteElsewhere() throws IOException {
    assumeTrue(namespacesAvailable(), "no unprivileged mount namespaces here");
    Files.createDirectories(root.resolve("scripts"));
    Files.writeString(root.resolve("scripts/kept.txt"), "evidence\n");
    String script = "echo x > here.txt; echo x > '" + root.resolve("absolute.txt") + "'; rm -f kept.txt; "
        + "echo x > '" + elsewhere.resolve("outside.txt") + "'; echo done";

    AnchorResult result = verifyOne(allowing(), repro("sh", "-c", script).workingDir("scripts").outputContains("done").build());

    assertThat(result.outcome()).as(result.detail()).isEqualTo(Outcome.VERIFIED);
    assertThat(root.resolve("scripts/here.txt")).doesNotExist();
    assertThat(root.resolve("absolute.txt")).doesNotExist();
    assertThat(root.resolve("scripts/kept.txt")).hasContent("evidence");
    assertThat(elsewhere.resolve("outside.txt")).exists();
  }

  @Test
  void aStepCannotMakeTheEvidenceRootWritableAgain() throws IOException {
    assumeTrue(namespacesAvailable(), "no unprivileged mount namespaces here");
    String script = "mount -o remount,rw,bind '" + root + "' '" + root + "' 2>/dev/null; "
        + "unshare --user --map-root-user --mount sh -c \"mount -o remount,rw,bind '" + root + "' '" + root + "'\" 2>/dev/null; "
        + "umount '" + root + "' 2>/dev/null; echo x > '" + root.resolve("written.txt") + "'; echo done";

    AnchorResult result = verifyOne(allowing(), repro("sh", "-c", script).outputContains("done").build());

    assertThat(result.outcome()).as(result.detail()).isEqualTo(Outcome.VERIFIED);
    assertThat(root.resolve("written.txt")).doesNotExist();
  }

  @Test
  void aStepRunsAsTheUserWhoRunsTheVerifier() throws IOException {
    assumeTrue(namespacesAvailable(), "no unprivileged mount namespaces here");
    Object uid = Files.getAttribute(Path.of("/proc/self"), "unix:uid");

    AnchorResult result = verifyOne(allowing(), repro("id", "-u").outputContains(uid + "\n").build());

    assertThat(result.outcome()).as(result.detail()).isEqualTo(Outcome.VERIFIED);
  }
}
