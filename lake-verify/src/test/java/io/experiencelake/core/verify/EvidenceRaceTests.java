package io.experiencelake.core.verify;

import static io.experiencelake.core.verify.Fixtures.entry;
import static io.experiencelake.core.verify.Fixtures.jsonStat;
import static io.experiencelake.core.verify.Fixtures.lake;
import static io.experiencelake.core.verify.Fixtures.runOutput;
import static io.experiencelake.core.verify.Fixtures.write;
import static io.experiencelake.core.verify.SafetyTests.fifo;
import static io.experiencelake.core.verify.SafetyTests.symlink;
import static org.assertj.core.api.Assertions.assertThat;

import io.experiencelake.core.EvidenceAnchor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The evidence root changes between the moment a path is resolved and the moment its file is
 * opened (issue 13, finding 4): a hook at that instant swaps a folder inside the root for a link to
 * a folder outside, whose files the anchors pin. The verifier must read none of them, with secure
 * directory streams and with the identity check that stands in for them elsewhere.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class EvidenceRaceTests {

  Path root;
  Path outside;

  @BeforeEach
  void makeRootAndOutside(@TempDir Path base) throws IOException {
    root = Files.createDirectory(base.resolve("evidence"));
    outside = Files.createDirectory(base.resolve("outside"));
  }

  /** A hook that, before the first open, moves {@code root/runs} away and puts a link to {@code outside/runs} in its place. */
  private EvidenceRoot.OpenHook swapRunsForALinkOutside(List<Path> opened) {
    return file -> {
      opened.add(file);
      if (opened.size() == 1) {
        try {
          Files.move(root.resolve("runs"), root.resolve("runs-moved"));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        symlink(root.resolve("runs"), outside.resolve("runs"));
      }
    };
  }

  private AnchorResult verify(EvidenceAnchor anchor, EvidenceRoot.OpenHook hook, boolean secureStreams) {
    VerifyOptions options = ImmutableVerifyOptions.builder().evidenceRoot(root).parallelism(1).build();
    return Verifier.of(options, hook, secureStreams).verify(lake(entry("swapped", anchor))).entries().get(0).anchors().get(0);
  }

  @ParameterizedTest(name = "secure directory streams: {0}")
  @ValueSource(booleans = {true, false})
  void aFolderSwappedForALinkOutsideBetweenResolutionAndOpenIsNotRead(boolean secureStreams) {
    write(root, "runs/gates.log", "inside\n");
    String outsideDigest = write(outside, "runs/gates.log", "outside secret\n");
    List<Path> opened = new ArrayList<>();

    AnchorResult result = verify(runOutput("runs/gates.log", outsideDigest), swapRunsForALinkOutside(opened), secureStreams);

    assertThat(opened).as("the hook ran between resolution and open").hasSize(1);
    assertThat(result.outcome()).as(result.detail()).isEqualTo(Outcome.REJECTED);
    assertThat(result.detail()).contains("changed after it was resolved").endsWith("nothing was read");
    assertThat(result.actual()).isEmpty();
  }

  @ParameterizedTest(name = "secure directory streams: {0}")
  @ValueSource(booleans = {true, false})
  void aReportInAFolderSwappedForALinkOutsideIsNotRead(boolean secureStreams) {
    write(root, "runs/report.json", "{\"failures\": 3}");
    write(outside, "runs/report.json", "{\"failures\": 0}");

    AnchorResult result = verify(jsonStat("runs/report.json", "/failures", 0).build(), swapRunsForALinkOutside(new ArrayList<>()),
        secureStreams);

    assertThat(result.outcome()).as(result.detail()).isEqualTo(Outcome.REJECTED);
    assertThat(result.actual()).isEmpty();
  }

  @Test
  void nothingOutsideIsOpenedEvenForAMomentWhichANamedPipeThereWouldShow() throws InterruptedException {
    write(root, "runs/gates.log", "inside\n");
    fifo(outside.resolve("runs/gates.log"));

    // Opening the pipe outside for reading would block until a writer came: the test would time out.
    AnchorResult result = verify(runOutput("runs/gates.log", Fixtures.ZEROS), swapRunsForALinkOutside(new ArrayList<>()), true);

    assertThat(result.outcome()).isEqualTo(Outcome.REJECTED);
  }

  @Test
  void aFileSwappedForALinkToAFileOutsideIsNotRead() {
    write(root, "runs/gates.log", "inside\n");
    String outsideDigest = write(outside, "secret.log", "outside secret\n");
    EvidenceRoot.OpenHook swapFile = file -> {
      try {
        Files.delete(file);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      symlink(file, outside.resolve("secret.log"));
    };

    AnchorResult result = verify(runOutput("runs/gates.log", outsideDigest), swapFile, true);

    assertThat(result.outcome()).as(result.detail()).isEqualTo(Outcome.REJECTED);
  }

  @Test
  void aRootReplacedByAnotherFolderIsNotRead() {
    write(root, "runs/gates.log", "inside\n");
    String otherDigest = write(outside, "runs/gates.log", "outside secret\n");
    EvidenceRoot.OpenHook swapRoot = file -> {
      try {
        Files.move(root, root.resolveSibling("evidence-moved"));
        Files.move(outside, root);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    };

    AnchorResult result = verify(runOutput("runs/gates.log", otherDigest), swapRoot, true);

    assertThat(result.outcome()).as(result.detail()).isEqualTo(Outcome.REJECTED);
    assertThat(result.detail()).contains("the evidence root was replaced");
  }

  @Test
  void aFileOpenedWhileNothingChangesIsVerifiedThroughTheSameWalk() {
    String digest = write(root, "runs/deep/er/gates.log", "inside\n");
    List<Path> opened = new ArrayList<>();

    AnchorResult result = verify(runOutput("runs/deep/er/gates.log", digest), opened::add, true);

    assertThat(result.outcome()).isEqualTo(Outcome.VERIFIED);
    assertThat(opened).hasSize(1);
  }
}
