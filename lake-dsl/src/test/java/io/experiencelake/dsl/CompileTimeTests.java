package io.experiencelake.dsl;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.errorprone.annotations.CheckReturnValue;
import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import io.experiencelake.core.Lake;
import java.io.File;
import java.net.URISyntaxException;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Compiles DSL snippets with javac against the real lake-core and lake-dsl classes: what an entry
 * needs, and in which order, is the compiler's job.
 */
class CompileTimeTests {

  /** The classes a snippet needs: the DSL, the core values and the annotations their class files name. */
  private static final List<File> CLASSPATH = Stream.of(
          Lakes.class,                                                 // lake-dsl
          Lake.class,                                                  // lake-core
          CheckReturnValue.class,                                      // error_prone_annotations
          tools.jackson.databind.annotation.JsonSerialize.class,       // annotations on core values
          com.fasterxml.jackson.annotation.JsonIgnore.class)
      .map(CompileTimeTests::codeSource)
      .distinct()
      .collect(Collectors.toList());

  private static final String ENTRY_HEAD = "entry(\"phase-gates\").in(\"evidence-gated-runs\")";
  private static final String CLAIM = ".claim(\"Gated each of 6 run phases on committed evidence\")";
  private static final String CONSTRAINT = ".constraint(\"A crashed writer still looked done\")";
  private static final String DECISION = ".decision(\"Phase gates that read a receipt per phase\")";
  private static final String ALTERNATIVE = ".over(\"Longer timers\", \"Hides the crash, adds latency\")";
  private static final String CONSEQUENCE = ".consequence(\"Promotion waits for the slowest writer\")";
  private static final String RUN_OUTPUT = "runOutput(\"runs/2025-03-14/gates.log\", SHA)";
  private static final String LINK = "link(\"https://github.com/example/gates/pull/42\")";

  /** An entry written up to (and including) its consequence. */
  private static final String UP_TO_EVIDENCE = ENTRY_HEAD + CLAIM + CONSTRAINT + DECISION + ALTERNATIVE + CONSEQUENCE;

  @Nested
  class MustNotCompile {

    @Test
    void anEntryWithoutAClaim() {
      assertDoesNotCompile(ENTRY_HEAD + CONSTRAINT + DECISION + CONSEQUENCE + ".noEvidenceYet().target()",
          "cannot find symbol", "method constraint(java.lang.String)", "location: interface io.experiencelake.dsl.EntryEngagementStep");
    }

    @Test
    void anEntryWithoutAConstraint() {
      assertDoesNotCompile(ENTRY_HEAD + CLAIM + DECISION + CONSEQUENCE + ".noEvidenceYet().target()",
          "cannot find symbol", "method decision(java.lang.String)", "location: interface io.experiencelake.dsl.EntryConstraintStep");
    }

    @Test
    void anEntryWithoutADecision() {
      assertDoesNotCompile(ENTRY_HEAD + CLAIM + CONSTRAINT + CONSEQUENCE + ".noEvidenceYet().target()",
          "cannot find symbol", "method consequence(java.lang.String)", "location: interface io.experiencelake.dsl.EntryDecisionStep");
    }

    @Test
    void anAlternativeWithoutADecision() {
      assertDoesNotCompile(ENTRY_HEAD + CLAIM + CONSTRAINT + ALTERNATIVE + CONSEQUENCE + ".noEvidenceYet().target()",
          "cannot find symbol", "method over(java.lang.String,java.lang.String)", "location: interface io.experiencelake.dsl.EntryDecisionStep");
    }

    @Test
    void anEntryWithoutAConsequence() {
      assertDoesNotCompile(ENTRY_HEAD + CLAIM + CONSTRAINT + DECISION + ".evidence(" + RUN_OUTPUT + ").achieved(2025, 3, 14)",
          "cannot find symbol", "method evidence(io.experiencelake.dsl.RunOutputFinalStep)",
          "location: interface io.experiencelake.dsl.EntryAlternativeStep");
    }

    @Test
    void anEntryWithoutAnEvidenceStep() {
      assertDoesNotCompile(UP_TO_EVIDENCE + ".achieved(2025, 3, 14)",
          "cannot find symbol", "method achieved(int,int,int)", "location: interface io.experiencelake.dsl.EntryEvidenceStep");
    }

    @Test
    void aTargetWithoutSayingThereIsNoEvidenceYet() {
      assertDoesNotCompile(UP_TO_EVIDENCE + ".target()",
          "cannot find symbol", "method target()", "location: interface io.experiencelake.dsl.EntryEvidenceStep");
    }

    @Test
    void anEntryWithoutAStatusHandedToTheLake() {
      assertDoesNotCompile(UP_TO_EVIDENCE + ".evidence(" + RUN_OUTPUT + ")",
          "incompatible types", "io.experiencelake.dsl.EntryEvidenceMoreStep cannot be converted to io.experiencelake.dsl.EntryFinalStep");
    }

    @Test
    void capabilitiesBeforeAStatus() {
      assertDoesNotCompile(UP_TO_EVIDENCE + ".evidence(" + RUN_OUTPUT + ").capabilities(\"run-discipline\")",
          "cannot find symbol", "method capabilities(java.lang.String)", "location: interface io.experiencelake.dsl.EntryEvidenceMoreStep");
    }

    @Test
    void aClaimBeforeTheCluster() {
      assertDoesNotCompile("entry(\"phase-gates\")" + CLAIM + ".in(\"evidence-gated-runs\")" + CONSTRAINT + DECISION + CONSEQUENCE
              + ".noEvidenceYet().target()",
          "cannot find symbol", "method claim(java.lang.String)", "location: interface io.experiencelake.dsl.EntryClusterStep");
    }

    @Test
    void aConstraintBeforeTheClaim() {
      assertDoesNotCompile(ENTRY_HEAD + CONSTRAINT + CLAIM + DECISION + CONSEQUENCE + ".noEvidenceYet().target()",
          "cannot find symbol", "method constraint(java.lang.String)", "location: interface io.experiencelake.dsl.EntryEngagementStep");
    }

    @Test
    void aDecisionBeforeTheConstraint() {
      assertDoesNotCompile(ENTRY_HEAD + CLAIM + DECISION + CONSTRAINT + CONSEQUENCE + ".noEvidenceYet().target()",
          "cannot find symbol", "method decision(java.lang.String)", "location: interface io.experiencelake.dsl.EntryConstraintStep");
    }

    @Test
    void anAlternativeAfterTheConsequence() {
      assertDoesNotCompile(ENTRY_HEAD + CLAIM + CONSTRAINT + DECISION + CONSEQUENCE + ALTERNATIVE + ".noEvidenceYet().target()",
          "cannot find symbol", "method over(java.lang.String,java.lang.String)", "location: interface io.experiencelake.dsl.EntryEvidenceStep");
    }

    @Test
    void storiesAfterTheClaim() {
      assertDoesNotCompile(ENTRY_HEAD + CLAIM + ".from(\"110\")" + CONSTRAINT + DECISION + CONSEQUENCE + ".noEvidenceYet().target()",
          "cannot find symbol", "method from(java.lang.String)", "location: interface io.experiencelake.dsl.EntryConstraintStep");
    }

    @Test
    void achievedAfterOneLink() {
      assertDoesNotCompile(UP_TO_EVIDENCE + ".evidence(" + LINK + ").achieved(2025, 3, 14)",
          "cannot find symbol", "method achieved(int,int,int)", "location: interface io.experiencelake.dsl.EntryWeakEvidenceStep");
    }

    @Test
    void achievedAfterLinksOnly() {
      assertDoesNotCompile(UP_TO_EVIDENCE + ".evidence(" + LINK + ").and(link(\"https://example.org/post\"))"
              + ".achieved(java.time.LocalDate.of(2025, 3, 14))",
          "cannot find symbol", "method achieved(java.time.LocalDate)", "location: interface io.experiencelake.dsl.EntryWeakEvidenceStep");
    }

    @Test
    void achievedAfterNoEvidenceYet() {
      assertDoesNotCompile(UP_TO_EVIDENCE + ".noEvidenceYet().achieved(2025, 3, 14)",
          "cannot find symbol", "method achieved(int,int,int)", "location: interface io.experiencelake.dsl.EntryUnprovenStep");
    }

    @Test
    void evidenceAfterNoEvidenceYet() {
      assertDoesNotCompile(UP_TO_EVIDENCE + ".noEvidenceYet().and(" + RUN_OUTPUT + ").achieved(2025, 3, 14)",
          "cannot find symbol", "method and(io.experiencelake.dsl.RunOutputFinalStep)", "location: interface io.experiencelake.dsl.EntryUnprovenStep");
    }

    @Test
    void aReceiptThatAttestsNothing() {
      assertDoesNotCompile(UP_TO_EVIDENCE + ".evidence(receipt(\"receipts/phase-6.json\", SHA)).achieved(2025, 3, 14)",
          "no suitable method found for evidence(io.experiencelake.dsl.ReceiptAttestsStep)");
    }

    @Test
    void aReportStatWithoutAMetric() {
      assertDoesNotCompile(UP_TO_EVIDENCE + ".evidence(reportStat(\"reports/promotions.json\").pointer(\"/partial_promotions\")"
              + ".is(0, \"runs\")).achieved(2025, 3, 14)",
          "cannot find symbol", "method is(int,java.lang.String)", "location: interface io.experiencelake.dsl.ReportStatMetricStep");
    }

    @Test
    void aReproStepThatSaysNothingAboutItsOutput() {
      assertDoesNotCompile(UP_TO_EVIDENCE + ".evidence(repro(\"make\", \"check\")).achieved(2025, 3, 14)",
          "no suitable method found for evidence(io.experiencelake.dsl.ReproStepOutputStep)");
    }

    @Test
    void aLinkPassedOffAsVerifiableEvidence() {
      assertDoesNotCompile(UP_TO_EVIDENCE + ".evidence((VerifiableEvidence) " + LINK + ").achieved(2025, 3, 14)",
          "incompatible types", "io.experiencelake.dsl.LinkFinalStep cannot be converted to io.experiencelake.dsl.VerifiableEvidence");
    }

    @Test
    void homeMadeVerifiableEvidence() {
      assertDoesNotCompile(UP_TO_EVIDENCE + ".evidence(new VerifiableEvidence() {}).achieved(2025, 3, 14)",
          "anonymous classes must not extend sealed classes");
    }

    @Test
    void aClusterWithoutWhy() {
      assertDoesNotCompileInLake("lake.cluster(cluster(\"evidence-gated-runs\", 1, Tier.CORE).title(\"Evidence-gated run lifecycle\")"
              + ".stories(\"110\"))",
          "cannot find symbol", "method stories(java.lang.String)", "location: interface io.experiencelake.dsl.ClusterWhyStep");
    }

    @Test
    void anEngagementWithoutAStart() {
      assertDoesNotCompileInLake("lake.engagement(project(\"platform\", \"Fraud platform\").role(\"Lead engineer\"))",
          "incompatible types", "io.experiencelake.dsl.EngagementStartStep cannot be converted to io.experiencelake.dsl.EngagementFinalStep");
    }
  }

  @Nested
  class MustCompile {

    @Test
    void aWholeChain() {
      assertCompiles("entry(\"phase-gates\").in(\"evidence-gated-runs\").at(\"platform\").from(\"110\", \"46AA–46AQ\")"
          + CLAIM + CONSTRAINT + DECISION + ALTERNATIVE + ".over(\"Manual sign-off\", \"Does not scale past one team\")" + CONSEQUENCE
          + ".evidence(" + RUN_OUTPUT + ".describedAs(\"gate log\"))"
          + ".and(reportStat(\"reports/promotions.json\").pointer(\"/partial_promotions\").metric(\"partial promotions\").is(0, \"runs\"))"
          + ".and(" + LINK + ".titled(\"Gates PR\"))"
          + ".achieved(2025, 3, 14)"
          + ".capabilities(\"run-discipline\").keywords(\"phase gates\", \"idempotency\")");
    }

    @Test
    void theShortestEntry() {
      assertCompiles(ENTRY_HEAD + CLAIM + CONSTRAINT + DECISION + CONSEQUENCE + ".noEvidenceYet().target()");
    }

    @Test
    void linksThenAVerifiableAnchorThenAchieved() {
      assertCompiles(UP_TO_EVIDENCE + ".evidence(" + LINK + ").and(link(\"https://example.org/post\"))"
          + ".and(repro(\"make\", \"check-gates\").outputContains(\"6/6 gates\").in(\"tools\").exits(0))"
          + ".achieved(java.time.LocalDate.of(2025, 3, 14))");
    }

    @Test
    void noEvidenceYetThenTarget() {
      assertCompiles(UP_TO_EVIDENCE + ".noEvidenceYet().target(LocalDate.of(2026, 12, 31))");
    }

    @Test
    void noEvidenceYetThenCurrent() {
      assertCompiles(UP_TO_EVIDENCE + ".noEvidenceYet().current(LocalDate.of(2025, 6, 1), \"design agreed\")");
    }

    @Test
    void linksOnlyThenCurrent() {
      assertCompiles(UP_TO_EVIDENCE + ".evidence(" + LINK + ").current(LocalDate.of(2025, 6, 1), \"7 of 11 services migrated\")");
    }

    @Test
    void everyVerifiableAnchorKind() {
      assertCompiles(UP_TO_EVIDENCE
          + ".evidence(receipt(\"receipts/phase-6.json\", SHA).attests(\"phase 6 closed\"))"
          + ".and(receiptId(\"CAB-2291\", SHA).attests(\"change approved\"))"
          + ".and(reportStat(\"reports/load.csv\").cell(\"p99_ms\", \"service\", \"ingress\").metric(\"p99\").atMost(250, \"ms\")"
          + ".sha256(SHA).tolerance(0.5))"
          + ".and(reportStat(\"reports/load.json\").pointer(\"/errors\").metric(\"errors\").within(0.1, 0.05, \"%\"))"
          + ".and(repro(\"python3\", \"check.py\").outputSha256(SHA))"
          + ".current(LocalDate.of(2025, 6, 1), \"two of three regions\")");
    }

    @Test
    void aWholeLake() {
      assertCompilesInLake("lake(owner(\"Alex Example\", \"ML platform engineer\").email(\"alex@example.org\").url(\"https://alex.example.org\"))"
          + ".capability(\"run-discipline\", \"Run discipline\", \"Gating runs on evidence\")"
          + ".role(role(\"mlops-platform\", \"MLOps / ML Platform Engineer\").band(\"£50k\").requires(\"run-discipline\", 1.0).keywords(\"mlops\"))"
          + ".engagement(job(\"acme\", \"Acme\").role(\"Engineer\").from(2021, 4).until(2024, 8).location(\"London\").summary(\"Batch scoring.\"))"
          + ".story(story(\"110\", \"Run promoted without its READY marker\").challenge(\"…\").during(2025, 2).until(2025, 3).tags(\"gates\"))"
          + ".stories(\"46AA–46AQ\", id -> \"Realism remediation step \" + id.suffix())"
          + ".cluster(cluster(\"evidence-gated-runs\", 1, Tier.CORE).title(\"Evidence-gated run lifecycle\").why(\"Operating a platform\")"
          + ".stories(\"110\", \"46AA–46AQ\").demonstrates(\"run-discipline\"))"
          + ".entry(" + UP_TO_EVIDENCE + ".noEvidenceYet().target())"
          + ".build(LocalDate.of(2026, 11, 27))");
    }
  }

  // ---------------------------------------------------------------- helpers

  private static final String SHA = "3a7bd3e2360a3d29eea436fcfb7e44c735d117c42d1c1835420b6b9942dd4f1b";

  /** Wraps {@code expression} in a class that sees the DSL as a user would, and compiles it. */
  private static Compilation compile(String expression) {
    JavaFileObject source = JavaFileObjects.forSourceLines("snippets.Snippet",
        "package snippets;",
        "",
        "import static io.experiencelake.dsl.Lakes.*;",
        "",
        "import io.experiencelake.core.*;",
        "import io.experiencelake.dsl.*;",
        "import java.time.LocalDate;",
        "",
        "class Snippet {",
        "  static final String SHA = \"" + SHA + "\";",
        "",
        "  Object snippet(LakeStep lake) {",
        "    return " + expression + ";",
        "  }",
        "}");
    return Compiler.javac().withClasspath(CLASSPATH).compile(source);
  }

  private static void assertDoesNotCompile(String entryChain, String... errorFragments) {
    assertDoesNotCompileInLake("lake.entry(" + entryChain + ")", errorFragments);
  }

  private static void assertDoesNotCompileInLake(String expression, String... errorFragments) {
    Compilation compilation = compile(expression);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    for (String fragment : errorFragments) {
      assertThat(compilation).hadErrorContaining(fragment);
    }
  }

  private static void assertCompiles(String entryChain) {
    assertCompilesInLake("lake.entry(" + entryChain + ")");
  }

  private static void assertCompilesInLake(String expression) {
    assertThat(compile(expression)).succeeded();
  }

  private static File codeSource(Class<?> type) {
    try {
      return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException("cannot locate the classes of " + type, e);
    }
  }
}
