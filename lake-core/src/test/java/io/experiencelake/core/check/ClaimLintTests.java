package io.experiencelake.core.check;

import static io.experiencelake.core.check.SampleLake.OPTIONS;
import static org.assertj.core.api.Assertions.assertThat;

import io.experiencelake.core.Achieved;
import io.experiencelake.core.Diagnostic;
import io.experiencelake.core.ImmutableLake;
import io.experiencelake.core.Lake;
import io.experiencelake.core.LakeEntry;
import io.experiencelake.core.LakeGenerators;
import io.experiencelake.core.Rule;
import io.experiencelake.core.Severity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ClaimLintTests {

  static List<LakeEntry> entries(List<String> claims) {
    List<LakeEntry> out = new ArrayList<>();
    for (int i = 0; i < claims.size(); i++) {
      out.add(SampleLake.entry("entry-" + i, "evidence-gated-runs", claims.get(i), Achieved.on(LocalDate.of(2025, 3, 14)), "110"));
    }
    return out;
  }

  static Lake lakeOf(String... claims) {
    List<LakeEntry> entries = new ArrayList<>(SampleLake.lake().entries());
    entries.addAll(entries(List.of(claims)));
    return ImmutableLake.copyOf(SampleLake.lake()).withEntries(entries);
  }

  private static List<Diagnostic> lint(Lake lake) {
    return LakeChecker.check(lake, OPTIONS).stream()
        .filter(d -> d.code().equals(Rule.NEAR_DUPLICATE_CLAIM.code()) || d.code().equals(Rule.LONG_CLAIM.code()))
        .toList();
  }

  @Nested
  class Shingles {

    @Test
    void areTheContentWordsAndTheirAdjacentPairs() {
      // "the", "from", "to" and "by" are function words and drop out before pairing.
      assertThat(ClaimLint.shingles("Cut the p99 from 900 ms to 120 ms by caching"))
          .containsExactly("cut", "p99", "900", "ms", "120", "caching",
              "cut p99", "p99 900", "900 ms", "ms 120", "120 ms", "ms caching");
    }

    @Test
    void ignoreCaseAndPunctuation() {
      assertThat(ClaimLint.shingles("Gated, each phase!")).isEqualTo(ClaimLint.shingles("gated each PHASE"));
    }

    @Test
    void prefixLengthIsTheSizeLessTheSharedMinimumPlusOne() {
      // t = 0.7: a set of 10 needs 7 shared, so any 4 of its rarest shingles must meet the partner's prefix.
      assertThat(ClaimLint.prefixLength(10)).isEqualTo(4);
      assertThat(ClaimLint.prefixLength(1)).isEqualTo(1);
      assertThat(ClaimLint.prefixLength(3)).isEqualTo(1);
    }

  }

  @Nested
  class NearDuplicates {

    @Test
    void reportsTheLaterEntryNamingTheEarlierOne() {
      Lake lake = lakeOf("Cut p99 checkout latency from 900 ms to 120 ms by caching feature lookups",
          "Cut the p99 checkout latency from 900 ms to 120 ms by caching the feature lookups");
      List<Diagnostic> found = lint(lake);
      assertThat(found).hasSize(1);
      Diagnostic d = found.get(0);
      assertThat(d.code()).isEqualTo("LAKE-L004");
      assertThat(d.severity()).isEqualTo(Severity.WARNING);
      assertThat(d.pointer()).isEqualTo("/entries/3/claim");
      assertThat(d.message()).isEqualTo("claim of entry 'entry-1' nearly repeats the claim of entry 'entry-0' at /entries/2"
          + " (100% of their words and word pairs in common)");
      assertThat(d.hint()).contains("merge");
    }

    @Test
    void countsEveryEarlierRepeatButNamesTheClosest() {
      Lake lake = lakeOf("Moved 40 Grafana dashboards to provisioning as code with every alert rule tested",
          "Moved 40 Grafana dashboards to provisioning as code with every alert rule tested in staging",
          "Moved 40 Grafana dashboards to provisioning as code with every alert rule tested in staging today");
      List<Diagnostic> found = lint(lake);
      assertThat(found).extracting(Diagnostic::pointer).containsExactly("/entries/3/claim", "/entries/4/claim");
      assertThat(found.get(1).message()).contains("entry 'entry-1' at /entries/3").endsWith("and of 1 other earlier entry");
    }

    @Test
    void leavesDifferentClaimsAlone() {
      assertThat(lint(lakeOf("Migrated the billing service to Kubernetes with zero downtime",
          "Migrated the search service to Kubernetes with zero downtime"))).isEmpty();
    }

    @Test
    void isPartOfLintAndOffWithIt() {
      Lake lake = lakeOf("Gated each of 6 run phases on a receipt", "Gated each of 6 run phases on a receipt");
      assertThat(lint(lake)).hasSize(1);
      assertThat(LakeChecker.check(lake, ImmutableCheckOptions.builder().today(SampleLake.TODAY).lint(false).build())).isEmpty();
    }

    @Test
    void findsRepeatsOfOneWordClaims() {
      Lake lake = lakeOf("Shipped", "Refactored", "Shipped it!");
      assertThat(lint(lake)).extracting(Diagnostic::pointer).containsExactly("/entries/4/claim");
    }

    @Test
    void findsRepeatsOfLongClaims() {
      // 40 distinct words make 79 shingles, 41 make 81: 79 of 81 in common.
      StringBuilder forty = new StringBuilder("Claim");
      for (int w = 1; w < 40; w++) {
        forty.append(" w").append(w);
      }
      String fortyOne = forty + " w40";
      assertThat(ClaimLint.shingles(forty.toString())).hasSize(79);
      assertThat(ClaimLint.shingles(fortyOne)).hasSize(81);
      for (List<String> claims : List.of(List.of(forty.toString(), fortyOne), List.of(fortyOne, forty.toString()))) {
        for (ClaimLint lint : List.of(ClaimLint.of(entries(claims)), ClaimLint.of(entries(claims), 1))) {
          assertThat(lint.nearest(1)).as("nearest of %s", claims).isZero();
          assertThat(lint.repeats(1)).isEqualTo(1);
        }
      }
    }

    @Test
    void findsTheSmallestClaimALongClaimCanRepeat() {
      // 29 words make 57 shingles, all among the 81 of 41 words that begin the same: 57 / 81 = 0.704.
      String small = words(29);
      String large = words(41);
      assertThat(ClaimLint.shingles(small)).hasSize(57);
      assertThat(ClaimLint.of(entries(List.of(small, large))).nearest(1)).isZero();
      assertThat(ClaimLint.of(entries(List.of(small, large)), 1).nearest(1)).isZero();
      assertThat(ClaimLint.of(entries(List.of(words(28), large))).nearest(1)).as("55 / 81 is too few").isEqualTo(-1);
    }

    @Test
    void measuresFewPairsInAGeneratedLakeOfTwoThousandEntries() {
      // The generator's claims share a vocabulary of 35 words: all pairs would be about two million.
      List<LakeEntry> entries = LakeGenerators.lake(LakeGenerators.Draw.seeded(20261127L), 2_000).entries();
      assertThat(ClaimLint.of(entries).comparisons()).as("pairs measured").isLessThan(200_000L);
    }

    @Test
    void measuresOnePairPerGroupOfRepeatedClaims() {
      List<String> claims = new ArrayList<>();
      for (int i = 0; i < 5_000; i++) {
        claims.add(i % 2 == 0 ? "Cut p99 checkout latency from 900 ms to 120 ms" : "Cut the p99 checkout latency from 900 ms to 120 ms!");
      }
      ClaimLint lint = ClaimLint.of(entries(claims));
      assertThat(lint.comparisons()).isZero();
      assertThat(lint.nearest(4_999)).isZero();
      assertThat(lint.repeats(4_999)).isEqualTo(4_999);
    }

    @Test
    void findsARepeatAmongManyDistinctClaims() {
      Random random = new Random(7);
      List<String> claims = new ArrayList<>();
      for (int i = 0; i < 2_000; i++) {
        StringBuilder claim = new StringBuilder("Claim");
        for (int w = 0; w < 12; w++) {
          claim.append(" w").append(random.nextInt(3000));
        }
        claims.add(claim.toString());
      }
      claims.add(claims.get(123) + " again");
      ClaimLint lint = ClaimLint.of(entries(claims));
      assertThat(lint.nearest(claims.size() - 1)).isEqualTo(123);
      assertThat(lint.comparisons()).as("pairs measured").isLessThan(2L * claims.size());
    }
  }

  /** {@code n} distinct words: {@code w1 w2 … wn}. */
  private static String words(int n) {
    StringBuilder out = new StringBuilder("w1");
    for (int w = 2; w <= n; w++) {
      out.append(" w").append(w);
    }
    return out.toString();
  }

  @Nested
  class LongClaims {

    @Test
    void reportsMoreThanFortyWords() {
      String claim = "Split " + "the job ".repeat(20).strip();
      assertThat(ClaimLint.wordCount(claim)).isEqualTo(41);
      List<Diagnostic> found = lint(lakeOf(claim));
      assertThat(found).hasSize(1);
      assertThat(found.get(0).code()).isEqualTo("LAKE-L005");
      assertThat(found.get(0).pointer()).isEqualTo("/entries/2/claim");
      assertThat(found.get(0).message()).isEqualTo("claim of entry 'entry-0' runs to 41 words and " + claim.length()
          + " characters; a claim reads best in at most 40 words and 300 characters");
    }

    @Test
    void acceptsExactlyFortyWordsAndThreeHundredCharacters() {
      String forty = "Split " + "the job ".repeat(19) + "once";
      assertThat(ClaimLint.wordCount(forty)).isEqualTo(40);
      String threeHundred = "x".repeat(299) + "y";
      assertThat(lint(lakeOf(forty, threeHundred))).isEmpty();
    }

    @Test
    void reportsMoreThanThreeHundredCharactersCountingCodePoints() {
      String claim = "Consolidated " + "schema-registry-compatibility-checker ".repeat(8) + "deployments 😀";
      assertThat(claim.codePointCount(0, claim.length())).isGreaterThan(300);
      assertThat(lint(lakeOf(claim))).extracting(Diagnostic::code).containsExactly("LAKE-L005");
      String emoji = "😀".repeat(300);
      assertThat(lint(lakeOf(emoji))).as("300 code points in 600 chars").isEmpty();
    }

    @Test
    void countsOnlyWordsWithALetterOrDigit() {
      assertThat(ClaimLint.wordCount("Cut — p99 latency / 2")).isEqualTo(4);
    }
  }
}
