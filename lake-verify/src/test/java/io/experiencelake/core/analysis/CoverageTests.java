package io.experiencelake.core.analysis;

import static io.experiencelake.core.analysis.CoverageLakes.achieved;
import static io.experiencelake.core.analysis.CoverageLakes.current;
import static io.experiencelake.core.analysis.CoverageLakes.entry;
import static io.experiencelake.core.analysis.CoverageLakes.lake;
import static io.experiencelake.core.analysis.CoverageLakes.role;
import static io.experiencelake.core.analysis.CoverageLakes.target;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.experiencelake.core.Cluster;
import io.experiencelake.core.Lake;
import io.experiencelake.core.LakeException;
import io.experiencelake.core.Rule;
import io.experiencelake.core.StatusKind;
import io.experiencelake.core.Target;
import io.experiencelake.core.verify.VerificationReport;
import io.experiencelake.core.verify.Verifier;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CoverageTests {

  static final Lake HALF = CoverageLakes.HALF;

  static Coverage half() {
    return CoverageLakes.half();
  }

  @Nested
  class Score {

    @Test
    void isTheWeightedShareOfRequiredCapabilitiesWithAnAchievedEntry() {
      Coverage coverage = half();
      assertThat(coverage.totalWeight()).isEqualTo(2.0);
      assertThat(coverage.backedWeight()).isEqualTo(1.0);
      assertThat(coverage.score()).isEqualTo(0.5);
      assertThat(coverage.achievedScore()).isEqualTo(0.5);
      assertThat(coverage.defensibleScore()).isEmpty();
      assertThat(coverage.backedCount()).isEqualTo(1);
      assertThat(coverage.verified()).isFalse();
    }

    @Test
    void countsACapabilityWithCurrentAndTargetEntriesOnlyAsAGap() {
      // b has a CURRENT and a TARGET entry, c a CURRENT and two TARGETs: neither is backed. Weights 0.2 + 0.3 + 0.5:
      // only b (0.3) is achieved here, so 0.3 / 1.0.
      Lake lake = lake(List.of(role("r", "a", 0.2, "b", 0.3, "c", 0.5)),
          entry("e1", "k1", current(2026, 1, 1), "a"),
          entry("e2", "k1", achieved(), "b"),
          entry("e3", "k2", Target.undated(), "c"));
      assertThat(Coverage.of(lake, lake.roles().get(0)).score()).isCloseTo(0.3, within(1e-12));
    }

    @Test
    void countsARepeatedRequirementOnceWithItsFirstWeight() {
      // a (1.0, then 0.2 ignored) is achieved, b (0.5) is not: 1.0 / 1.5.
      Lake lake = lake(List.of(role("r", "a", 1.0, "a", 0.2, "b", 0.5)), entry("e1", "k1", achieved(), "a"));
      Coverage coverage = Coverage.of(lake, lake.roles().get(0));
      assertThat(coverage.capabilities()).extracting(CapabilityCoverage::capability).containsExactly("a", "b");
      assertThat(coverage.score()).isCloseTo(2.0 / 3.0, within(1e-12));
    }

    @Test
    void isZeroForARoleThatRequiresNothing() {
      Lake lake = lake(List.of(role("r")), entry("e1", "k1", achieved(), "a"));
      Coverage coverage = Coverage.of(lake, lake.roles().get(0));
      assertThat(coverage.score()).isZero();
      assertThat(coverage.gaps()).isEmpty();
      assertThat(coverage.entries()).isEmpty();
    }

    @Test
    void titlesAnUndefinedCapabilityByItsId() {
      Lake lake = lake(List.of(role("r", "zz", 1.0)), entry("e1", "k1", achieved(), "zz"));
      Coverage coverage = Coverage.of(lake, lake.roles().get(0));
      assertThat(coverage.capabilities().get(0).title()).isEqualTo("zz");
      assertThat(coverage.score()).isEqualTo(1.0);
    }
  }

  @Nested
  class Matrix {

    @Test
    void holdsEachRequiredCapabilitysEntriesByStatus() {
      Coverage coverage = half();
      assertThat(coverage.entries()).as("columns: entries demonstrating a required capability").containsExactly("e1", "e2", "e3", "e4", "e5");
      assertThat(coverage.status("a", "e1")).contains(StatusKind.ACHIEVED);
      assertThat(coverage.status("b", "e2")).contains(StatusKind.CURRENT);
      assertThat(coverage.status("b", "e3")).contains(StatusKind.TARGET);
      assertThat(coverage.status("c", "e3")).contains(StatusKind.TARGET);
      assertThat(coverage.status("a", "e2")).isEmpty();
      assertThat(coverage.status("d", "e6")).as("d is not required").isEmpty();
      CapabilityCoverage c = coverage.capability("c").orElseThrow();
      assertThat(c.entries(StatusKind.TARGET)).extracting(CoveredEntry::id).containsExactly("e3", "e4");
      assertThat(c.strongest()).contains(StatusKind.CURRENT);
      assertThat(c.strongestIn("k1")).isEmpty();
      assertThat(coverage.capability("b").orElseThrow().strongestIn("k1")).contains(StatusKind.CURRENT);
    }

    @Test
    void putsClustersInRankOrder() {
      assertThat(half().clusters()).extracting(Cluster::id).containsExactly("k1", "k2");
    }
  }

  @Nested
  class Gaps {

    @Test
    void listRequiredCapabilitiesWithoutAnAchievedEntryWithCurrentFirstThenTargetsByDate() {
      List<Gap> gaps = half().gaps();
      assertThat(gaps).extracting(Gap::capability).containsExactly("b", "c");
      assertThat(gaps.get(0).closers()).extracting(CoveredEntry::id).containsExactly("e2", "e3");
      // c: the CURRENT e5, then the dated TARGET e3, then the undated TARGET e4.
      assertThat(gaps.get(1).closers()).extracting(CoveredEntry::id).containsExactly("e5", "e3", "e4");
      assertThat(gaps.get(1).unverified()).isEmpty();
      assertThat(gaps.get(1).weight()).isEqualTo(0.5);
      assertThat(gaps.get(1).title()).isEqualTo("Capability C");
    }

    @Test
    void orderCurrentEntriesByLatestAsOfThenTargetsByEarliestDateThenById() {
      Lake lake = lake(List.of(role("r", "a", 1.0)),
          entry("t-late", "k1", target(2028, 1, 1), "a"),
          entry("c-old", "k1", current(2025, 1, 1), "a"),
          entry("t-b", "k1", target(2027, 1, 1), "a"),
          entry("t-a", "k1", target(2027, 1, 1), "a"),
          entry("c-new", "k1", current(2026, 6, 1), "a"));
      assertThat(Coverage.of(lake, lake.roles().get(0)).gaps().get(0).closers()).extracting(CoveredEntry::id)
          .containsExactly("c-new", "c-old", "t-a", "t-b", "t-late");
    }
  }

  @Nested
  class WithVerification {

    @Test
    void backsACapabilityOnlyWithADefensibleAchievedEntry(@TempDir Path root) throws IOException {
      // Weights a 1.0, b 0.8, c 0.6 (2.4 in all). All three have an ACHIEVED entry, so 100% before verification;
      // e2's evidence does not match its digest, so b is not backed: (1.0 + 0.6) / 2.4 = 2/3 after.
      String good = write(root, "runs/e1.log", "phase gates held\n");
      String alsoGood = write(root, "runs/e3.log", "schema resolved\n");
      write(root, "runs/e2.log", "not what was pinned\n");
      Lake lake = lake(List.of(role("r", "a", 1.0, "b", 0.8, "c", 0.6)),
          CoverageLakes.pinned("e1", "k1", achieved(), good, "a"),
          CoverageLakes.pinned("e2", "k1", achieved(), CoverageLakes.DIGEST, "b"),
          CoverageLakes.pinned("e3", "k2", achieved(), alsoGood, "c"),
          entry("e4", "k2", current(2026, 11, 1), "b"));
      VerificationReport report = Verifier.of(root).verify(lake);
      Coverage coverage = Coverage.of(lake, lake.roles().get(0), report);

      assertThat(coverage.verified()).isTrue();
      assertThat(coverage.achievedScore()).isEqualTo(1.0);
      assertThat(coverage.defensibleScore()).hasValueCloseTo(2.0 / 3.0, within(1e-12));
      assertThat(coverage.score()).isCloseTo(2.0 / 3.0, within(1e-12));
      assertThat(coverage.gaps()).hasSize(1);
      Gap gap = coverage.gaps().get(0);
      assertThat(gap.capability()).isEqualTo("b");
      assertThat(gap.unverified()).extracting(CoveredEntry::id).containsExactly("e2");
      assertThat(gap.closers()).extracting(CoveredEntry::id).containsExactly("e4");
      assertThat(coverage.capability("a").orElseThrow().entries().get(0).defensible()).contains(true);
    }

    @Test
    void treatsAnEntryTheReportDoesNotKnowAsNotDefensible(@TempDir Path root) {
      Lake lake = lake(List.of(role("r", "a", 1.0)), entry("e1", "k1", achieved(), "a"));
      Lake empty = lake(List.of(role("r", "a", 1.0)));
      Coverage coverage = Coverage.of(lake, lake.roles().get(0), Verifier.of(root).verify(empty));
      assertThat(coverage.score()).isZero();
      assertThat(coverage.gaps().get(0).unverified()).extracting(CoveredEntry::id).containsExactly("e1");
    }
  }

  @Nested
  class ByRoleId {

    @Test
    void findsTheRole() {
      assertThat(Coverage.of(HALF, "r", Optional.empty())).isEqualTo(half());
    }

    @Test
    void reportsAnUnknownRoleAsALocatedDiagnostic() {
      assertThatThrownBy(() -> Coverage.of(HALF, "nope", Optional.empty()))
          .isInstanceOfSatisfying(LakeException.class, e -> {
            assertThat(e.diagnostics()).hasSize(1);
            assertThat(e.diagnostics().get(0).code()).isEqualTo(Rule.UNKNOWN_REFERENCE.code());
            assertThat(e.diagnostics().get(0).pointer()).isEqualTo("/roles");
            assertThat(e.diagnostics().get(0).message()).contains("'nope'");
            assertThat(e.diagnostics().get(0).hint()).contains("'r'");
          });
    }
  }

  static String write(Path root, String path, String content) throws IOException {
    Path file = root.resolve(path);
    Files.createDirectories(file.getParent());
    byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
    Files.write(file, bytes);
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }
}
