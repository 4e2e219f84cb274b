package io.experiencelake.examples;

import static io.experiencelake.junit.LakeAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.experiencelake.core.Lake;
import io.experiencelake.core.LakeEntry;
import io.experiencelake.core.RunOutput;
import io.experiencelake.core.verify.ImmutableVerifyOptions;
import io.experiencelake.core.verify.VerifyOptions;
import io.experiencelake.junit.LakeTests;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/** Unit-tests the example lake's claims against the real evidence files, with lake-junit. */
class SeedLakeClaimsTests {

  /** The evidence root, relative to this module (Surefire's working directory). */
  static final Path EVIDENCE = Path.of("evidence");

  static final Lake LAKE = SeedLake.lake();

  /** One test per anchor, grouped by cluster and entry; the example's own repro step may run. */
  @TestFactory
  Stream<DynamicNode> claims() {
    VerifyOptions options = ImmutableVerifyOptions.builder().evidenceRoot(EVIDENCE).allowCommands(true).build();
    return LakeTests.claims(LAKE, options);
  }

  @Test
  void theWholeLakeHasNoErrorsAndIsDefensible() {
    assertThat(LAKE).hasNoErrors(SeedLake.TODAY);
    assertThat(LAKE).isDefensibleAgainst(ImmutableVerifyOptions.builder().evidenceRoot(EVIDENCE).allowCommands(true).build());
  }

  @Test
  void phaseGatesIsAnAchievedClaimBackedByARunOutput() {
    LakeEntry phaseGates = entry("phase-gates");
    assertThat(phaseGates)
        .isAchieved()
        .hasEvidenceOfKind(RunOutput.class)
        .demonstrates("run-discipline")
        .isDefensibleAgainst(EVIDENCE);
  }

  @Test
  void aTamperedEvidenceFileFailsNamingTheEntryTheFileAndBothDigests(@TempDir Path copy) throws IOException {
    copyTree(EVIDENCE, copy);
    LakeEntry phaseGates = entry("phase-gates");
    RunOutput log = phaseGates.evidence().stream()
        .filter(RunOutput.class::isInstance).map(RunOutput.class::cast).findFirst().orElseThrow();
    Path tampered = copy.resolve(log.path());
    byte[] changed = (Files.readString(tampered, StandardCharsets.UTF_8) + "phase 7: PASS (added later)\n")
        .getBytes(StandardCharsets.UTF_8);
    Files.write(tampered, changed);

    assertThatThrownBy(() -> assertThat(phaseGates).isDefensibleAgainst(copy))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expecting entry 'phase-gates'")
        .hasMessageContaining(log.path())
        .hasMessageContaining("expected sha256 " + log.sha256())
        .hasMessageContaining("but was sha256 " + sha256(changed));
    // Only the copy changed: the real evidence still backs the claim.
    assertThat(phaseGates).isDefensibleAgainst(EVIDENCE);
  }

  private static LakeEntry entry(String id) {
    return LAKE.entries().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> paths = Files.walk(from)) {
      for (Path source : (Iterable<Path>) paths::iterator) {
        Path target = to.resolve(from.relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(target);
        } else {
          Files.copy(source, target);
        }
      }
    }
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }
}
