package io.experiencelake.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.experiencelake.core.CapabilityWeight;
import io.experiencelake.core.Lake;
import io.experiencelake.core.LakeEntry;
import io.experiencelake.core.RoleProfile;
import io.experiencelake.core.StatusKind;
import io.experiencelake.core.analysis.CapabilityCoverage;
import io.experiencelake.core.analysis.Coverage;
import io.experiencelake.core.verify.ImmutableVerifyOptions;
import io.experiencelake.core.verify.VerificationReport;
import io.experiencelake.core.verify.Verifier;
import io.experiencelake.render.coverage.CoverageMarkdown;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/** The seed lake's coverage of its role profile, {@code mlops-platform}. */
class SeedLakeCoverageTests {

  private static final Lake LAKE = SeedLake.lake();
  private static final RoleProfile ROLE = LAKE.roles().stream().filter(r -> r.id().equals(RunExample.ROLE)).findFirst().orElseThrow();

  /** The score computed here from the lake directly: weights of capabilities with an ACHIEVED entry over all weights. */
  private static double expectedScore() {
    double backed = 0;
    double total = 0;
    for (CapabilityWeight w : ROLE.requires()) {
      total += w.weight();
      boolean achieved = false;
      for (LakeEntry e : LAKE.entries()) {
        achieved |= e.capabilities().contains(w.capability()) && e.status().kind() == StatusKind.ACHIEVED;
      }
      backed += achieved ? w.weight() : 0;
    }
    return backed / total;
  }

  @Test
  void everyRequiredCapabilityOfTheRoleHasAnAchievedEntry() {
    Coverage coverage = Coverage.of(LAKE, ROLE);
    assertThat(coverage.score()).isEqualTo(expectedScore()).isEqualTo(1.0);
    assertThat(coverage.capabilities()).hasSize(8).allMatch(CapabilityCoverage::isBacked);
    assertThat(coverage.gaps()).isEmpty();
    assertThat(coverage.totalWeight()).isCloseTo(6.4, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(coverage.entries()).hasSize(LAKE.entries().size());
  }

  @Test
  void theScoreHoldsOnceTheEvidenceIsVerified() {
    VerificationReport report = Verifier.of(ImmutableVerifyOptions.builder().evidenceRoot(Path.of("evidence")).allowCommands(true).build())
        .verify(LAKE);
    Coverage coverage = Coverage.of(LAKE, RunExample.ROLE, Optional.of(report));
    assertThat(coverage.defensibleScore()).hasValue(1.0);
    assertThat(CoverageMarkdown.render(coverage)).contains("Score: **100%** — 8 of 8 required capabilities (weight 6.4 of 6.4)");
  }

  @Test
  void theReadmeShowsTheCoverageTheRunPrints(@TempDir Path dir) throws IOException {
    VerificationReport report = Verifier.of(ImmutableVerifyOptions.builder().evidenceRoot(Path.of("evidence")).allowCommands(true).build())
        .verify(LAKE);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    RunExample.printCoverage(Coverage.of(LAKE, RunExample.ROLE, Optional.of(report)), dir,
        new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String printed = bytes.toString(StandardCharsets.UTF_8);
    String coverageLines = printed.substring(0, printed.indexOf("wrote "));
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    assertThat(readme).contains(coverageLines + "wrote examples/target/lake/coverage.svg\n");
  }

  @Test
  void theRunPrintsTheCoverageAndWritesTheHeatmap(@TempDir Path dir) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Path svg = RunExample.printCoverage(Coverage.of(LAKE, ROLE), dir, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    assertThat(bytes.toString(StandardCharsets.UTF_8))
        .startsWith("coverage of role mlops-platform (MLOps / ML Platform Engineer, £50k): 100%\n")
        .contains("  8 of 8 required capabilities backed by an achieved entry\n", "  gaps: none\n", "coverage.svg");
    Document doc = parse(svg);
    assertThat(doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "g").getLength()).as("cells").isEqualTo(8 * 10);
    String text = doc.getDocumentElement().getTextContent();
    LAKE.clusters().forEach(c -> assertThat(text).contains(c.rank() + " " + c.id()));
    LAKE.capabilities().forEach(c -> assertThat(text).contains(c.title()));
  }

  private static Document parse(Path svg) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    try (InputStream in = Files.newInputStream(svg)) {
      return factory.newDocumentBuilder().parse(in);
    }
  }
}
