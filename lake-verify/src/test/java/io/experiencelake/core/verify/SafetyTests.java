package io.experiencelake.core.verify;

import static io.experiencelake.core.verify.Fixtures.ZEROS;
import static io.experiencelake.core.verify.Fixtures.entry;
import static io.experiencelake.core.verify.Fixtures.jsonStat;
import static io.experiencelake.core.verify.Fixtures.lake;
import static io.experiencelake.core.verify.Fixtures.receipt;
import static io.experiencelake.core.verify.Fixtures.repro;
import static io.experiencelake.core.verify.Fixtures.runOutput;
import static io.experiencelake.core.verify.Fixtures.verifyOne;
import static io.experiencelake.core.verify.Fixtures.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.experiencelake.core.Comparison;
import io.experiencelake.core.Lake;
import io.experiencelake.core.LakeException;
import io.experiencelake.core.verify.EvidenceRoot.Resolution;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SafetyTests {

  /** The evidence root and a directory beside it, both in one temporary directory so links between them stay inside it. */
  Path root;
  Path outside;

  @BeforeEach
  void makeRootAndOutside(@TempDir Path base) throws IOException {
    root = Files.createDirectory(base.resolve("evidence"));
    outside = Files.createDirectory(base.resolve("outside"));
  }

  /** Makes a symbolic link, or skips the test on a file system without them. */
  static void symlink(Path link, Path target) {
    try {
      Files.createDirectories(link.getParent());
      Files.createSymbolicLink(link, target);
    } catch (UnsupportedOperationException | IOException | SecurityException e) {
      assumeTrue(false, "symbolic links are not supported here: " + e);
    }
  }

  /** Makes a named pipe, which blocks whoever opens it for reading; skips the test where mkfifo is not available. */
  static void fifo(Path path) throws InterruptedException {
    try {
      Files.createDirectories(path.getParent());
      Process mkfifo = new ProcessBuilder("mkfifo", path.toString()).start();
      assumeTrue(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "mkfifo failed");
    } catch (IOException e) {
      assumeTrue(false, "mkfifo is not available: " + e);
    }
  }

  @Nested
  class PathsThatLeaveTheRoot {

    @ParameterizedTest
    @ValueSource(strings = {"../secret.txt", "runs/../../secret.txt", "runs/..", ".."})
    void areRejectedWhenTheyClimbWithDotDot(String path) {
      Resolution r = EvidenceRoot.of(root).file(path);

      assertThat(r.isFound()).isFalse();
      assertThat(r.problem()).isEqualTo(Outcome.REJECTED);
      assertThat(r.detail()).endsWith("climbs out of the evidence root with '..'; nothing was read");
    }

    @Test
    void areRejectedWhenAbsoluteEvenIfTheFileIsInsideTheRoot() {
      write(root, "runs/gates.log", "ok");

      Resolution r = EvidenceRoot.of(root).file(root.resolve("runs/gates.log").toString());

      assertThat(r.problem()).isEqualTo(Outcome.REJECTED);
      assertThat(r.detail()).contains("is absolute");
    }

    @Test
    void areRejectedWithABackslash() {
      assertThat(EvidenceRoot.of(root).file("runs\\..\\x").problem()).isEqualTo(Outcome.REJECTED);
    }

    @Test
    void cannotBeWrittenIntoAnAnchorInTheFirstPlace() {
      assertThatThrownBy(() -> runOutput("../x.log", ZEROS)).isInstanceOf(LakeException.class).hasMessageContaining("LAKE-I009");
      assertThatThrownBy(() -> runOutput("/etc/passwd", ZEROS)).isInstanceOf(LakeException.class).hasMessageContaining("is absolute");
    }

    @Test
    void areRejectedThroughASymbolicLinkToAFileOutside() {
      String digest = write(outside, "secret.txt", "secret");
      symlink(root.resolve("runs/gates.log"), outside.resolve("secret.txt"));

      AnchorResult result = verifyOne(root, runOutput("runs/gates.log", digest));

      assertThat(result.outcome()).isEqualTo(Outcome.REJECTED);
      assertThat(result.detail()).contains("leads outside the evidence root through a symbolic link").endsWith("nothing was read");
      assertThat(result.actual()).isEmpty();
    }

    @Test
    void areRejectedThroughASymbolicLinkedDirectoryOutside() {
      write(outside, "reports/r.json", "{\"v\": 1}");
      symlink(root.resolve("reports"), outside.resolve("reports"));

      assertThat(verifyOne(root, jsonStat("reports/r.json", "/v", 1).build()).outcome()).isEqualTo(Outcome.REJECTED);
      assertThat(verifyOne(root, runOutput("reports/absent.log", ZEROS)).outcome()).isEqualTo(Outcome.REJECTED);
    }

    @Test
    void areRejectedThroughADanglingSymbolicLinkThatWouldLeadOutside() {
      symlink(root.resolve("runs/gates.log"), outside.resolve("not-yet.log"));
      symlink(root.resolve("runs/inside.log"), root.resolve("runs/not-yet.log"));

      assertThat(verifyOne(root, runOutput("runs/gates.log", ZEROS)).outcome()).isEqualTo(Outcome.REJECTED);
      assertThat(verifyOne(root, runOutput("runs/inside.log", ZEROS)).outcome()).isEqualTo(Outcome.MISSING);
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void areRejectedWithoutOpeningWhatTheyLeadTo() throws InterruptedException {
      // Opening a named pipe for reading blocks until a writer comes: a verifier that opened it would hang here.
      fifo(outside.resolve("pipe"));
      symlink(root.resolve("runs/gates.log"), outside.resolve("pipe"));

      assertThat(verifyOne(root, runOutput("runs/gates.log", ZEROS)).outcome()).isEqualTo(Outcome.REJECTED);
    }

    @Test
    void areFollowedWhenTheyStayInsideTheRoot() {
      String digest = write(root, "archive/2025/gates.log", "ok\n");
      symlink(root.resolve("runs/latest.log"), root.resolve("archive/2025/gates.log"));
      symlink(root.resolve("current"), Path.of("archive/2025"));

      assertThat(verifyOne(root, runOutput("runs/latest.log", digest)).outcome()).isEqualTo(Outcome.VERIFIED);
      assertThat(verifyOne(root, runOutput("current/gates.log", digest)).outcome()).isEqualTo(Outcome.VERIFIED);
    }

    @Test
    void areResolvedAgainstTheRootsRealPathWhenTheRootIsItselfALink() {
      String digest = write(outside, "real-root/runs/gates.log", "ok\n");
      Path linkedRoot = root.resolve("linked-root");
      symlink(linkedRoot, outside.resolve("real-root"));

      assertThat(verifyOne(linkedRoot, runOutput("runs/gates.log", digest)).outcome()).isEqualTo(Outcome.VERIFIED);
    }
  }

  @Nested
  class ThingsThatAreNotFiles {

    @Test
    void aDirectoryWhereAFileIsExpectedIsMissing() throws IOException {
      Files.createDirectories(root.resolve("runs/gates.log"));

      AnchorResult result = verifyOne(root, receipt("runs/gates.log", ZEROS));

      assertThat(result.outcome()).isEqualTo(Outcome.MISSING);
      assertThat(result.detail()).isEqualTo("'runs/gates.log' is a directory, not a file");
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void aNamedPipeInsideTheRootIsRejectedUnread() throws InterruptedException {
      fifo(root.resolve("runs/pipe.log"));

      AnchorResult result = verifyOne(root, runOutput("runs/pipe.log", ZEROS));

      assertThat(result.outcome()).isEqualTo(Outcome.REJECTED);
      assertThat(result.detail()).contains("is not a regular file");
    }

    @Test
    void aWorkingDirectoryThatIsAFileIsMissing() {
      write(root, "scripts", "not a directory");

      AnchorResult result = verifyOne(ImmutableVerifyOptions.builder().evidenceRoot(root).allowCommands(true).build(),
          repro("true").workingDir("scripts").outputContains("").build());

      assertThat(result.outcome()).isEqualTo(Outcome.MISSING);
      assertThat(result.detail()).isEqualTo("working directory 'scripts' is not a directory");
    }

    @Test
    void aWorkingDirectoryLinkedOutsideIsRejected() {
      symlink(root.resolve("scripts"), outside);

      AnchorResult result = verifyOne(ImmutableVerifyOptions.builder().evidenceRoot(root).allowCommands(true).build(),
          repro("true").workingDir("scripts").outputContains("").build());

      assertThat(result.outcome()).isEqualTo(Outcome.REJECTED);
    }
  }

  @Nested
  class Evidence {

    @Test
    void isNeverModifiedByVerification() throws IOException {
      String log = write(root, "runs/gates.log", "phase 6 gate: PASS\n");
      write(root, "reports/promotions.json", "{\"partial_promotions\": 0}");
      write(root, "reports/latency.csv", "service,p99_ms\ningress,120\n");
      Files.setLastModifiedTime(root.resolve("runs/gates.log"), FileTime.fromMillis(1_700_000_000_000L));
      Lake lake = lake(entry("phase-gates",
          runOutput("runs/gates.log", log),
          runOutput("runs/gates.log", ZEROS),
          jsonStat("reports/promotions.json", "/partial_promotions", 0).sha256(ZEROS).build(),
          jsonStat("reports/promotions.json", "/partial_promotions", 1).comparison(Comparison.LE).build(),
          Fixtures.csvStat("reports/latency.csv", "p99_ms", "service", "ingress", 120).build()));
      Map<String, String> before = snapshot(root);

      Verifier.of(root).verify(lake);
      Verifier.of(ImmutableVerifyOptions.builder().evidenceRoot(root).parallelism(4).build()).verify(lake);

      assertThat(snapshot(root)).isEqualTo(before).isNotEmpty();
    }

    /** Every path under {@code dir} with its bytes' hash code, size and modification time. */
    private Map<String, String> snapshot(Path dir) throws IOException {
      Map<String, String> out = new TreeMap<>();
      try (Stream<Path> paths = Files.walk(dir)) {
        for (Path p : (Iterable<Path>) paths::iterator) {
          String bytes = Files.isRegularFile(p) ? Arrays.toString(Files.readAllBytes(p)) : "dir";
          out.put(root.relativize(p).toString(), bytes + " @" + Files.getLastModifiedTime(p, LinkOption.NOFOLLOW_LINKS).toMillis());
        }
      }
      return out;
    }
  }
}
