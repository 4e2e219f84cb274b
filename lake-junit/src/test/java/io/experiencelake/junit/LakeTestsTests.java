package io.experiencelake.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.experiencelake.core.Lake;
import io.experiencelake.core.verify.ImmutableVerifyOptions;
import io.experiencelake.core.verify.VerifyOptions;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.FileSource;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

class LakeTestsTests {

  /** The lake and options the claims below are made of; set by each test before it runs them through the engine. */
  static Lake lake;
  static VerifyOptions options;

  /** Run only through {@link EngineTestKit}: the claims of {@link #lake}, as a user's test class would write them. */
  static class Claims {
    @TestFactory
    Stream<DynamicNode> claims() {
      return lake == null ? Stream.empty() : LakeTests.claims(lake, options);
    }
  }

  @TempDir
  Path evidence;

  @BeforeEach
  void writeEvidence() {
    SmallLake.writeEvidence(evidence);
    lake = SmallLake.lake();
    options = VerifyOptions.root(evidence);
  }

  @AfterEach
  void forgetTheLake() {
    lake = null;
    options = null;
  }

  private static EngineExecutionResults run() {
    return EngineTestKit.engine("junit-jupiter").selectors(selectClass(Claims.class)).execute();
  }

  private static List<String> names(Stream<Event> events) {
    return events.map(e -> e.getTestDescriptor().getDisplayName()).collect(Collectors.toList());
  }

  @Test
  void makeAContainerPerClusterByRankAndPerEntryWithATestPerAnchor() {
    EngineExecutionResults results = run();

    assertThat(names(results.containerEvents().started().stream()))
        .containsSubsequence(
            "#1 Evidence-gated run lifecycle", "phase-gates (ACHIEVED)", "replay-window (ACHIEVED)",
            "#2 Scale and performance under load", "latency-budget (CURRENT)", "conference-talk (ACHIEVED)", "next-migration (TARGET)");
    assertThat(names(results.testEvents().started().stream())).containsExactly(
        "run-output " + SmallLake.GATES_LOG,
        "report-stat reports/promotions.json /partial_promotions",
        "link https://github.com/example/platform/pull/42",
        "run-output " + SmallLake.REPLAY_LOG,
        "repro-step cat " + SmallLake.REPLAY_LOG,
        "report-stat reports/latency.csv p99_ms (service=ingress)",
        "link https://example.org/talks/replay",
        "status ACHIEVED on 2024-10-09",
        "status TARGET by 2027-03-31");
  }

  @Test
  void passVerifiedAnchorsSkipLinksAndCommandsAndFailTheStatusRule() {
    EngineExecutionResults results = run();

    results.testEvents().assertStatistics(stats -> stats.started(9).succeeded(5).aborted(3).failed(1));
    assertThat(names(results.testEvents().aborted().stream()))
        .containsExactly("link https://github.com/example/platform/pull/42", "repro-step cat " + SmallLake.REPLAY_LOG,
            "link https://example.org/talks/replay");
    assertThat(failure(results, "status ACHIEVED on 2024-10-09"))
        .hasMessageStartingWith("entry 'conference-talk' it is ACHIEVED but has no verifiable evidence");
  }

  @Test
  void failATamperedAnchorWithTheVerifiersExpectedAndActualValues() {
    SmallLake.write(evidence, "reports/latency.csv", "service,p99_ms\ningress,171\n");
    SmallLake.write(evidence, SmallLake.GATES_LOG, "tampered\n");

    EngineExecutionResults results = run();

    results.testEvents().assertStatistics(stats -> stats.succeeded(3).failed(3));
    assertThat(failure(results, "report-stat reports/latency.csv p99_ms (service=ingress)"))
        .hasMessage("entry 'latency-budget' anchor 0 (report-stat reports/latency.csv p99_ms (service=ingress)): "
            + "expected <= 150 ms but was 171 ms; 'reports/latency.csv' says 171 ms at p99_ms (service=ingress) for ingress p99, which is not <= 150 ms")
        .isInstanceOfSatisfying(org.opentest4j.AssertionFailedError.class, e -> {
          assertThat(e.getExpected().getStringRepresentation()).isEqualTo("<= 150 ms");
          assertThat(e.getActual().getStringRepresentation()).isEqualTo("171 ms");
        });
    assertThat(failure(results, "run-output " + SmallLake.GATES_LOG))
        .hasMessageContaining("expected sha256 " + SmallLake.sha256(SmallLake.GATES_TEXT) + " but was sha256 " + SmallLake.sha256("tampered\n"));
  }

  @Test
  void pointEachFileAnchorAtItsEvidenceFile() {
    EngineExecutionResults results = run();

    Event gates = results.testEvents().started().stream()
        .filter(e -> e.getTestDescriptor().getDisplayName().equals("run-output " + SmallLake.GATES_LOG))
        .findFirst().orElseThrow();
    assertThat(gates.getTestDescriptor().getSource()).get().isInstanceOfSatisfying(FileSource.class,
        source -> assertThat(source.getFile().toPath()).isEqualTo(evidence.toAbsolutePath().resolve(SmallLake.GATES_LOG)));
  }

  @Test
  @EnabledOnOs({OS.LINUX, OS.MAC})
  void runReproStepsWhenTheOptionsAllowCommands() {
    options = ImmutableVerifyOptions.builder().evidenceRoot(evidence).allowCommands(true).build();

    EngineExecutionResults results = run();

    results.testEvents().assertStatistics(stats -> stats.succeeded(6).aborted(2).failed(1));
    assertThat(names(results.testEvents().succeeded().stream())).contains("repro-step cat " + SmallLake.REPLAY_LOG);
  }

  @Test
  void makeNoContainerForAnEmptyLake() {
    lake = SmallLake.lake(List.of());

    run().allEvents().assertStatistics(stats -> stats.failed(0));
    assertThat(LakeTests.claims(lake, evidence)).isEmpty();
  }

  private static Throwable failure(EngineExecutionResults results, String displayName) {
    return results.testEvents().failed().stream()
        .filter(e -> e.getTestDescriptor().getDisplayName().equals(displayName))
        .map(e -> e.getRequiredPayload(TestExecutionResult.class).getThrowable().orElseThrow())
        .findFirst()
        .orElseThrow(() -> new AssertionError("no failed test named " + displayName));
  }
}
