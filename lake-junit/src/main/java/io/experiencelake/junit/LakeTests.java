package io.experiencelake.junit;

import io.experiencelake.core.Cluster;
import io.experiencelake.core.EvidenceAnchor;
import io.experiencelake.core.Lake;
import io.experiencelake.core.Receipt;
import io.experiencelake.core.ReportStat;
import io.experiencelake.core.RunOutput;
import io.experiencelake.core.verify.AnchorResult;
import io.experiencelake.core.verify.EntryVerification;
import io.experiencelake.core.verify.Outcome;
import io.experiencelake.core.verify.VerificationReport;
import io.experiencelake.core.verify.Verifier;
import io.experiencelake.core.verify.VerifyOptions;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.opentest4j.AssertionFailedError;

/**
 * A lake's claims as JUnit dynamic tests: a container per cluster (by rank), a container per entry,
 * and a test per evidence anchor, so an IDE shows exactly which claim failed and why.
 *
 * <pre>{@code
 * @TestFactory
 * Stream<DynamicNode> claims() {
 *   return LakeTests.claims(SeedLake.lake(), Path.of("evidence"));
 * }
 * }</pre>
 *
 * <p>An anchor test passes when the anchor is {@link Outcome#VERIFIED}, fails with the verifier's
 * expected and actual values when it is {@link Outcome#MISMATCH}, {@link Outcome#MISSING} or
 * {@link Outcome#REJECTED}, and is aborted (skipped, with the reason) when it is
 * {@link Outcome#NOT_RUN} or {@link Outcome#UNVERIFIABLE}. An entry with no verifiable anchor gets
 * one more test, of its status rule: an {@code ACHIEVED} entry needs verifiable evidence.
 */
public final class LakeTests {

  private LakeTests() {}

  /** The claims of {@code lake} checked against the evidence under {@code evidenceRoot}; commands are not run. */
  public static Stream<DynamicNode> claims(Lake lake, Path evidenceRoot) {
    return claims(lake, VerifyOptions.root(evidenceRoot));
  }

  /** The claims of {@code lake} verified with {@code options}. */
  public static Stream<DynamicNode> claims(Lake lake, VerifyOptions options) {
    VerificationReport report = Verifier.of(options).verify(lake);
    Map<String, List<DynamicNode>> byCluster = new LinkedHashMap<>();
    for (EntryVerification entry : report.entries()) {
      byCluster.computeIfAbsent(entry.entry().cluster(), c -> new ArrayList<>()).add(entry(entry, options.evidenceRoot()));
    }
    List<DynamicNode> containers = new ArrayList<>();
    List<Cluster> clusters = new ArrayList<>(lake.clusters());
    clusters.sort(Comparator.comparingInt(Cluster::rank));
    for (Cluster cluster : clusters) {
      List<DynamicNode> entries = byCluster.remove(cluster.id());
      if (entries != null) {
        containers.add(DynamicContainer.dynamicContainer("#" + cluster.rank() + " " + cluster.title(), entries));
      }
    }
    byCluster.forEach((id, entries) ->
        containers.add(DynamicContainer.dynamicContainer("cluster '" + id + "' (not in the lake)", entries)));
    return containers.stream();
  }

  private static DynamicNode entry(EntryVerification entry, Path root) {
    List<DynamicNode> tests = new ArrayList<>();
    for (AnchorResult result : entry.anchors()) {
      tests.add(DynamicTest.dynamicTest(result.label(), source(result, root).orElse(null), () -> check(result)));
    }
    boolean verifiable = entry.entry().evidence().stream().anyMatch(EvidenceAnchor::isVerifiable);
    if (!verifiable) {
      tests.add(DynamicTest.dynamicTest("status " + Describe.status(entry.entry().status()), () -> {
        if (!entry.statusRuleHolds()) {
          throw new AssertionFailedError(Describe.entry(entry.entry()) + " " + entry.statusProblem().orElseThrow());
        }
      }));
    }
    return DynamicContainer.dynamicContainer(entry.entryId() + " (" + entry.entry().status().kind() + ")", tests);
  }

  private static void check(AnchorResult result) {
    String message = "entry '" + result.entryId() + "' " + result.describe();
    switch (result.outcome()) {
      case VERIFIED:
        return;
      case NOT_RUN:
      case UNVERIFIABLE:
        Assumptions.abort(message);
        return;
      default:
        throw new AssertionFailedError(message, result.expected().orElse(null), result.actual().orElse(null));
    }
  }

  /** The evidence file an anchor names, so an IDE can open it; none for rejected paths and anchors without a file. */
  private static Optional<URI> source(AnchorResult result, Path root) {
    if (result.outcome() == Outcome.REJECTED) {
      return Optional.empty();
    }
    EvidenceAnchor anchor = result.anchor();
    Optional<String> path = Optional.empty();
    if (anchor instanceof RunOutput runOutput) {
      path = Optional.of(runOutput.path());
    } else if (anchor instanceof Receipt receipt) {
      path = receipt.path();
    } else if (anchor instanceof ReportStat reportStat) {
      path = Optional.of(reportStat.path());
    }
    return path.map(p -> root.toAbsolutePath().resolve(p).normalize().toUri());
  }
}
