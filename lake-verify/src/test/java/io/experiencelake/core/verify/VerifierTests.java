package io.experiencelake.core.verify;

import static io.experiencelake.core.verify.Fixtures.ACHIEVED;
import static io.experiencelake.core.verify.Fixtures.ZEROS;
import static io.experiencelake.core.verify.Fixtures.csvStat;
import static io.experiencelake.core.verify.Fixtures.entry;
import static io.experiencelake.core.verify.Fixtures.externalReceipt;
import static io.experiencelake.core.verify.Fixtures.jsonStat;
import static io.experiencelake.core.verify.Fixtures.lake;
import static io.experiencelake.core.verify.Fixtures.link;
import static io.experiencelake.core.verify.Fixtures.receipt;
import static io.experiencelake.core.verify.Fixtures.runOutput;
import static io.experiencelake.core.verify.Fixtures.sha256;
import static io.experiencelake.core.verify.Fixtures.stat;
import static io.experiencelake.core.verify.Fixtures.verifyOne;
import static io.experiencelake.core.verify.Fixtures.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.experiencelake.core.Comparison;
import io.experiencelake.core.Current;
import io.experiencelake.core.Lake;
import io.experiencelake.core.LakeEntry;
import io.experiencelake.core.Target;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VerifierTests {

  @TempDir
  Path root;

  @Nested
  class RunOutputs {

    @Test
    void verifiesAFileWhoseDigestMatches() {
      String digest = write(root, "runs/2025-03-14/gates.log", "phase 6 gate: PASS\n");

      AnchorResult result = verifyOne(root, runOutput("runs/2025-03-14/gates.log", digest));

      assertThat(result.outcome()).isEqualTo(Outcome.VERIFIED);
      assertThat(result.expected()).contains("sha256 " + digest);
      assertThat(result.actual()).contains("sha256 " + digest);
    }

    @Test
    void hashesWithSha256AsSha256sumDoes() {
      write(root, "abc.txt", "abc");

      AnchorResult result = verifyOne(root, runOutput("abc.txt", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));

      assertThat(result.outcome()).isEqualTo(Outcome.VERIFIED);
    }

    @Test
    void reportsAChangedFileAsAMismatchWithBothDigests() {
      String pinned = write(root, "runs/gates.log", "phase 6 gate: PASS\n");
      String tampered = write(root, "runs/gates.log", "phase 6 gate: FAIL\n");

      AnchorResult result = verifyOne(root, runOutput("runs/gates.log", pinned));

      assertThat(result.outcome()).isEqualTo(Outcome.MISMATCH);
      assertThat(result.describe())
          .isEqualTo("anchor 0 (run-output runs/gates.log): expected sha256 " + pinned + " but was sha256 " + tampered
              + "; 'runs/gates.log' is not the file the anchor pins: it changed, or the anchor's digest is stale");
    }

    @Test
    void reportsAnAbsentFileAsMissing() {
      AnchorResult result = verifyOne(root, runOutput("runs/nowhere.log", ZEROS));

      assertThat(result.outcome()).isEqualTo(Outcome.MISSING);
      assertThat(result.detail()).contains("'runs/nowhere.log' does not exist under the evidence root");
      assertThat(result.actual()).isEmpty();
    }

    @Test
    void streamsFilesLargerThanItsBuffer() throws IOException {
      byte[] bytes = new byte[3 * 1024 * 1024 + 7];
      new Random(42).nextBytes(bytes);
      Files.write(root.resolve("big.bin"), bytes);

      AnchorResult result = verifyOne(root, runOutput("big.bin", sha256(bytes)));

      assertThat(result.outcome()).isEqualTo(Outcome.VERIFIED);
    }

    @Test
    void reportsEveryFileMissingWhenTheRootDoesNotExist() {
      Path absent = root.resolve("no-such-root");

      AnchorResult result = verifyOne(absent, runOutput("runs/gates.log", ZEROS));

      assertThat(result.outcome()).isEqualTo(Outcome.MISSING);
      assertThat(result.detail()).isEqualTo("the evidence root " + absent.toAbsolutePath() + " does not exist");
    }
  }

  @Nested
  class Receipts {

    @Test
    void verifiesAReceiptFileWhoseDigestMatches() {
      String digest = write(root, "receipts/phase-6.json", "{\"phase\": 6, \"open\": 0}\n");

      assertThat(verifyOne(root, receipt("receipts/phase-6.json", digest)).outcome()).isEqualTo(Outcome.VERIFIED);
    }

    @Test
    void reportsAReceiptWithAnotherDigestAsAMismatch() {
      write(root, "receipts/phase-6.json", "{\"phase\": 6, \"open\": 2}\n");

      AnchorResult result = verifyOne(root, receipt("receipts/phase-6.json", ZEROS));

      assertThat(result.outcome()).isEqualTo(Outcome.MISMATCH);
      assertThat(result.expected()).contains("sha256 " + ZEROS);
    }

    @Test
    void reportsAnAbsentReceiptFileAsMissing() {
      assertThat(verifyOne(root, receipt("receipts/none.json", ZEROS)).outcome()).isEqualTo(Outcome.MISSING);
    }

    @Test
    void reportsAReceiptKnownOnlyByAnExternalIdAsUnverifiable() {
      AnchorResult result = verifyOne(root, externalReceipt("CHG-20250314-0042"));

      assertThat(result.outcome()).isEqualTo(Outcome.UNVERIFIABLE);
      assertThat(result.detail()).contains("'CHG-20250314-0042' is known only by an external id");
      assertThat(result.label()).isEqualTo("receipt id CHG-20250314-0042");
    }
  }

  @Nested
  class JsonReportStats {

    @Test
    void verifiesTheNumberAtAJsonPointer() {
      write(root, "reports/promotions.json", "{\"partial_promotions\": 0, \"runs\": 412}");

      AnchorResult result = verifyOne(root, jsonStat("reports/promotions.json", "/partial_promotions", 0).build());

      assertThat(result.outcome()).isEqualTo(Outcome.VERIFIED);
      assertThat(result.expected()).contains("= 0 runs");
      assertThat(result.actual()).contains("0 runs");
    }

    @Test
    void followsEscapedPointersIntoNestedArrays() {
      write(root, "reports/r.json", "{\"a/b\": [{\"c~d\": 12.5}]}");

      AnchorResult result = verifyOne(root, jsonStat("reports/r.json", "/a~1b/0/c~0d", 12.5).build());

      assertThat(result.outcome()).isEqualTo(Outcome.VERIFIED);
    }

    @Test
    void reportsAnotherNumberAsAMismatchWithClaimedAndActual() {
      write(root, "reports/promotions.json", "{\"partial_promotions\": 3}");

      AnchorResult result = verifyOne(root, jsonStat("reports/promotions.json", "/partial_promotions", 0).build());

      assertThat(result.outcome()).isEqualTo(Outcome.MISMATCH);
      assertThat(result.describe()).isEqualTo("anchor 0 (report-stat reports/promotions.json /partial_promotions): "
          + "expected = 0 runs but was 3 runs; 'reports/promotions.json' says 3 runs at /partial_promotions "
          + "for partial promotions after gates, which is not = 0 runs");
    }

    @Test
    void reportsAStringWhereANumberShouldBeAsAMismatch() {
      write(root, "reports/promotions.json", "{\"partial_promotions\": \"none\"}");

      AnchorResult result = verifyOne(root, jsonStat("reports/promotions.json", "/partial_promotions", 0).build());

      assertThat(result.outcome()).isEqualTo(Outcome.MISMATCH);
      assertThat(result.detail())
          .isEqualTo("the value at /partial_promotions in 'reports/promotions.json' is a string (\"none\"), not a number");
    }

    @Test
    void reportsNullAndAbsentValuesAsMismatches() {
      write(root, "reports/promotions.json", "{\"partial_promotions\": null}");

      AnchorResult isNull = verifyOne(root, jsonStat("reports/promotions.json", "/partial_promotions", 0).build());
      AnchorResult absent = verifyOne(root, jsonStat("reports/promotions.json", "/partial", 0).build());

      assertThat(isNull.detail()).endsWith("is null, not a number");
      assertThat(absent.outcome()).isEqualTo(Outcome.MISMATCH);
      assertThat(absent.detail()).isEqualTo("'reports/promotions.json' has nothing at /partial");
    }

    @Test
    void reportsMalformedJsonWithItsLineAndColumn() {
      write(root, "reports/promotions.json", "{\n  \"partial_promotions\": 0,\n}");

      AnchorResult result = verifyOne(root, jsonStat("reports/promotions.json", "/partial_promotions", 0).build());

      assertThat(result.outcome()).isEqualTo(Outcome.MISMATCH);
      assertThat(result.detail()).startsWith("'reports/promotions.json' is not valid JSON (line 3, column 1): ");
    }

    @Test
    void reportsAnAbsentReportAsMissing() {
      assertThat(verifyOne(root, jsonStat("reports/none.json", "/x", 0).build()).outcome()).isEqualTo(Outcome.MISSING);
    }

    @Test
    void checksTheReportsDigestWhenTheAnchorPinsOne() {
      String digest = write(root, "reports/promotions.json", "{\"partial_promotions\": 0}");

      AnchorResult pinned = verifyOne(root, jsonStat("reports/promotions.json", "/partial_promotions", 0).sha256(digest).build());
      AnchorResult stale = verifyOne(root, jsonStat("reports/promotions.json", "/partial_promotions", 0).sha256(ZEROS).build());

      assertThat(pinned.outcome()).isEqualTo(Outcome.VERIFIED);
      assertThat(stale.outcome()).isEqualTo(Outcome.MISMATCH);
      assertThat(stale.expected()).contains("sha256 " + ZEROS);
      assertThat(stale.actual()).contains("sha256 " + digest);
      assertThat(stale.detail()).contains("is not the report the anchor pins");
    }
  }

  @Nested
  class CsvReportStats {

    private static final String LATENCY = "service,\"note, with a comma\",p99_ms\r\n"
        + "\"ingress, eu\",\"said \"\"fast\"\"\",131.5\r\n"
        + "ingress,plain,120\r\n"
        + "replay,\"multi\nline\",n/a\r\n";

    @Test
    void readsTheColumnOfTheRowWithAQuotedKeyHoldingAComma() {
      write(root, "reports/latency.csv", LATENCY);

      AnchorResult result = verifyOne(root, csvStat("reports/latency.csv", "p99_ms", "service", "ingress, eu", 131.5).build());

      assertThat(result.outcome()).isEqualTo(Outcome.VERIFIED);
      assertThat(result.actual()).contains("131.5 ms");
      assertThat(result.label()).isEqualTo("report-stat reports/latency.csv p99_ms (service=ingress, eu)");
    }

    @Test
    void matchesTheKeyExactlyNotAsAPrefix() {
      write(root, "reports/latency.csv", LATENCY);

      AnchorResult result = verifyOne(root, csvStat("reports/latency.csv", "p99_ms", "service", "ingress", 131.5).build());

      assertThat(result.outcome()).isEqualTo(Outcome.MISMATCH);
      assertThat(result.actual()).contains("120 ms");
    }

    @Test
    void readsAQuotedHeaderWithAComma() {
      write(root, "reports/latency.csv", LATENCY);

      AnchorResult result = verifyOne(root, csvStat("reports/latency.csv", "note, with a comma", "service", "ingress", 0).build());

      assertThat(result.outcome()).isEqualTo(Outcome.MISMATCH);
      assertThat(result.detail()).isEqualTo("column 'note, with a comma' of the row where service = 'ingress' in 'reports/latency.csv' is 'plain', not a number");
    }

    @Test
    void reportsAnUnknownColumnWithTheColumnsThereAre() {
      write(root, "reports/latency.csv", LATENCY);

      AnchorResult result = verifyOne(root, csvStat("reports/latency.csv", "p95_ms", "service", "ingress", 1).build());

      assertThat(result.outcome()).isEqualTo(Outcome.MISMATCH);
      assertThat(result.detail()).isEqualTo("'reports/latency.csv' has no column 'p95_ms' (its columns are service, note, with a comma, p99_ms)");
    }

    @Test
    void reportsAnUnknownRowKey() {
      write(root, "reports/latency.csv", LATENCY);

      AnchorResult result = verifyOne(root, csvStat("reports/latency.csv", "p99_ms", "service", "egress", 1).build());

      assertThat(result.detail()).isEqualTo("'reports/latency.csv' has no row where service = 'egress'");
    }

    @Test
    void reportsAValueThatIsNotANumber() {
      write(root, "reports/latency.csv", LATENCY);

      AnchorResult result = verifyOne(root, csvStat("reports/latency.csv", "p99_ms", "service", "replay", 1).build());

      assertThat(result.outcome()).isEqualTo(Outcome.MISMATCH);
      assertThat(result.detail()).endsWith("is 'n/a', not a number");
    }

    @Test
    void refusesToChooseBetweenTwoRowsWithTheSameKey() {
      write(root, "reports/latency.csv", "service,p99_ms\ningress,120\ningress,140\n");

      AnchorResult result = verifyOne(root, csvStat("reports/latency.csv", "p99_ms", "service", "ingress", 120).build());

      assertThat(result.outcome()).isEqualTo(Outcome.MISMATCH);
      assertThat(result.detail()).contains("has more than one row where service = 'ingress'");
    }

    @Test
    void reportsAShortRowAsHavingNoValue() {
      write(root, "reports/latency.csv", "service,p99_ms\ningress\n");

      AnchorResult result = verifyOne(root, csvStat("reports/latency.csv", "p99_ms", "service", "ingress", 120).build());

      assertThat(result.detail()).isEqualTo("the row where service = 'ingress' in 'reports/latency.csv' has no value in column 'p99_ms'");
    }

    @Test
    void ignoresAByteOrderMarkAndSpacesAroundValues() {
      write(root, "reports/latency.csv", "\uFEFFservice, p99_ms\ningress , 120 \n");

      AnchorResult result = verifyOne(root, csvStat("reports/latency.csv", "p99_ms", "service", "ingress", 120).build());

      assertThat(result.outcome()).isEqualTo(Outcome.VERIFIED);
    }

    @Test
    void reportsAMalformedCsvAsAMismatch() {
      write(root, "reports/latency.csv", "service,p99_ms\n\"ingress,120\n");

      AnchorResult result = verifyOne(root, csvStat("reports/latency.csv", "p99_ms", "service", "ingress", 120).build());

      assertThat(result.outcome()).isEqualTo(Outcome.MISMATCH);
      assertThat(result.detail()).startsWith("'reports/latency.csv' is not a readable CSV report: ");
    }
  }

  @Nested
  class Comparisons {

    @ParameterizedTest(name = "{0} {1} {2} ± {3} holds: {4}")
    @CsvSource({
        "10,    '=',  10, ,    true",
        "10.4,  '=',  10, 0.5, true",
        "9.5,   '=',  10, 0.5, true",
        "10.6,  '=',  10, 0.5, false",
        "10.1,  '=',  10, ,    false",
        "120,   '<=', 120, ,   true",
        "121,   '<=', 120, ,   false",
        "121,   '<=', 120, 1,  true",
        "120,   '>=', 120, ,   true",
        "119,   '>=', 120, ,   false",
        "119,   '>=', 120, 1,  true",
        "119,   '<',  120, ,   true",
        "120,   '<',  120, ,   false",
        "120,   '<',  120, 5,  false",
        "121,   '>',  120, ,   true",
        "120,   '>',  120, ,   false",
        "120,   '>',  120, 5,  false"
    })
    void comparesTheActualValueWithTheClaimedOne(double actual, String symbol, double claimed, Double tolerance, boolean holds) {
      write(root, "reports/r.json", "{\"v\": " + actual + "}");

      AnchorResult result = verifyOne(root, stat("reports/r.json", "/v", claimed, Comparison.fromSymbol(symbol), tolerance));

      assertThat(result.outcome()).isEqualTo(holds ? Outcome.VERIFIED : Outcome.MISMATCH);
      assertThat(result.expected().orElseThrow()).startsWith(symbol + " ");
    }

    @Test
    void showsTheToleranceInTheExpectedValue() {
      write(root, "reports/r.json", "{\"v\": 131}");

      AnchorResult result = verifyOne(root, stat("reports/r.json", "/v", 120, Comparison.LE, 5.0));

      assertThat(result.expected()).contains("<= 120 runs (± 5)");
      assertThat(result.actual()).contains("131 runs");
    }
  }

  @Nested
  class Links {

    @Test
    void areUnverifiableNeverVerified() {
      AnchorResult result = verifyOne(root, link("https://github.com/example/platform/pull/42"));

      assertThat(result.outcome()).isEqualTo(Outcome.UNVERIFIABLE);
      assertThat(result.describe()).startsWith("anchor 0 (link https://github.com/example/platform/pull/42): unverifiable: a link is weak evidence");
    }
  }

  @Nested
  class Defensibility {

    @Test
    void anAchievedEntryWithEveryAnchorVerifiedIsDefensibleAndLinksDoNotCount() {
      String digest = write(root, "runs/gates.log", "ok\n");

      EntryVerification entry = Verifier.of(root).verify(entry("phase-gates", runOutput("runs/gates.log", digest), link("https://example.org/pr/1")));

      assertThat(entry.isDefensible()).isTrue();
      assertThat(entry.problems()).isEmpty();
    }

    @Test
    void anAchievedEntryWithOnlyLinksIsNotDefensible() {
      EntryVerification entry = Verifier.of(root).verify(entry("phase-gates", link("https://example.org/pr/1")));

      assertThat(entry.statusRuleHolds()).isFalse();
      assertThat(entry.isDefensible()).isFalse();
      assertThat(entry.problems()).singleElement().asString().startsWith("it is ACHIEVED but has no verifiable evidence");
    }

    @Test
    void anAchievedEntryWithNoAnchorsIsNotDefensibleButATargetIs() {
      Verifier verifier = Verifier.of(root);

      assertThat(verifier.verify(entry("bare")).isDefensible()).isFalse();
      assertThat(verifier.verify(entry("plan", Target.undated())).isDefensible()).isTrue();
      assertThat(verifier.verify(entry("wip", Current.asOf(LocalDate.of(2025, 6, 1), "7 of 11"), link("https://example.org"))).isDefensible()).isTrue();
    }

    @Test
    void anyUnverifiedAnchorMakesTheEntryIndefensibleAndIsListedAsAProblem() {
      String digest = write(root, "runs/gates.log", "ok\n");

      EntryVerification entry = Verifier.of(root).verify(entry("phase-gates",
          runOutput("runs/gates.log", digest), externalReceipt("CHG-1"), runOutput("runs/gone.log", ZEROS)));

      assertThat(entry.isDefensible()).isFalse();
      assertThat(entry.unverified()).extracting(AnchorResult::anchorIndex).containsExactly(1, 2);
      assertThat(entry.problems()).hasSize(2);
      assertThat(entry.problems().get(1)).startsWith("anchor 2 (run-output runs/gone.log): 'runs/gone.log' does not exist");
    }
  }

  @Nested
  class Reports {

    @Test
    void listsOneResultPerAnchorInEntryAndAnchorOrderWithJsonPointers() {
      String a = write(root, "a.log", "a");
      Lake lake = lake(entry("first", runOutput("a.log", a)), entry("second", link("https://example.org"), runOutput("a.log", ZEROS)));

      VerificationReport report = Verifier.of(root).verify(lake);

      assertThat(report.results()).extracting(AnchorResult::pointer)
          .containsExactly("/entries/0/evidence/0", "/entries/1/evidence/0", "/entries/1/evidence/1");
      assertThat(report.results()).extracting(AnchorResult::entryId).containsExactly("first", "second", "second");
      assertThat(report.results()).extracting(AnchorResult::outcome)
          .containsExactly(Outcome.VERIFIED, Outcome.UNVERIFIABLE, Outcome.MISMATCH);
    }

    @Test
    void countsOutcomesAndSummarizesWhichEntriesAreDefensible() {
      String a = write(root, "a.log", "a");
      Lake lake = lake(
          entry("good", runOutput("a.log", a), link("https://example.org")),
          entry("stale", runOutput("a.log", ZEROS)),
          entry("gone", runOutput("gone.log", ZEROS), Fixtures.repro("make", "check").outputContains("ok").build()));

      VerificationReport report = Verifier.of(root).verify(lake);

      assertThat(report.count(Outcome.VERIFIED)).isEqualTo(1);
      assertThat(report.count(Outcome.MISMATCH)).isEqualTo(1);
      assertThat(report.count(Outcome.REJECTED)).isZero();
      assertThat(report.counts()).containsKeys(Outcome.values()).hasSize(Outcome.values().length);
      assertThat(report.indefensible()).extracting(EntryVerification::entryId).containsExactly("stale", "gone");
      assertThat(report.isDefensible()).isFalse();
      assertThat(report.summary()).isEqualTo(
          "5 anchors: 1 verified, 1 mismatch, 1 missing, 0 rejected, 1 not run, 1 unverifiable\n"
              + "3 entries: 1 defensible, 2 not defensible (stale, gone)");
    }

    @Test
    void namesTwentyEntriesThatAreNotDefensibleInTheSummaryAndCountsTheRest() {
      List<LakeEntry> entries = new ArrayList<>();
      for (int i = 0; i < 25; i++) {
        entries.add(entry("e" + i, runOutput("missing-" + i + ".log", ZEROS)));
      }

      String summary = Verifier.of(root).verify(lake(entries)).summary();

      assertThat(summary.lines().skip(1).findFirst().orElseThrow()).isEqualTo("25 entries: 0 defensible, 25 not defensible ("
          + IntStream.range(0, 20).mapToObj(i -> "e" + i).collect(Collectors.joining(", "))
          + " and 5 more)");
    }

    @Test
    void givesTheSameReportWhetherFilesAreHashedInParallelOrOneAtATime() {
      List<LakeEntry> entries = new ArrayList<>();
      for (int i = 0; i < 24; i++) {
        String digest = write(root, "runs/" + i + ".log", "run " + i + "\n".repeat(i * 1000));
        entries.add(entry("entry-" + i,
            runOutput("runs/" + i + ".log", i % 5 == 0 ? ZEROS : digest),
            runOutput("runs/" + (i + 1) % 24 + ".log", ZEROS),
            receipt("runs/" + i + ".log", digest),
            runOutput("runs/missing-" + i + ".log", ZEROS)));
      }
      Lake lake = lake(entries);

      VerificationReport sequential = Verifier.of(ImmutableVerifyOptions.builder().evidenceRoot(root).parallelism(1).build()).verify(lake);
      VerificationReport parallel = Verifier.of(ImmutableVerifyOptions.builder().evidenceRoot(root).parallelism(8).build()).verify(lake);

      assertThat(parallel).isEqualTo(sequential);
      assertThat(parallel.summary()).isEqualTo(sequential.summary());
      assertThat(parallel.count(Outcome.VERIFIED)).isEqualTo(24 + 19);
    }
  }

  @Nested
  class Options {

    @Test
    void doNotRunCommandsByDefault() {
      VerifyOptions options = VerifyOptions.root(root);

      assertThat(options.allowCommands()).isFalse();
      assertThat(options.parallelism()).isEqualTo(Runtime.getRuntime().availableProcessors());
      assertThat(options.commandTimeout()).isPositive();
    }

    @Test
    void rejectParallelismBelowOneAndANonPositiveTimeout() {
      assertThatThrownBy(() -> ImmutableVerifyOptions.builder().evidenceRoot(root).parallelism(0).build())
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("parallelism");
      assertThatThrownBy(() -> ImmutableVerifyOptions.builder().evidenceRoot(root).commandTimeout(Duration.ZERO).build())
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("commandTimeout");
    }
  }
}
