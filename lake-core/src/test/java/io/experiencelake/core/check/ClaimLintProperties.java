package io.experiencelake.core.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.experiencelake.core.LakeEntry;
import io.experiencelake.core.LakeGenerators;
import io.experiencelake.core.LakeGenerators.Draw;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

class ClaimLintProperties {

  private static final List<String> WORDS = List.of("cut", "p99", "latency", "900", "ms", "the", "by", "cache", "run");

  /** Claims of 1 to 9 words from a 9-word vocabulary: near duplicates are common. */
  private static Gen<String> claims() {
    return lists().of(integers().between(0, WORDS.size() - 1).map(WORDS::get)).ofSizeBetween(1, 9)
        .map(words -> String.join(" ", words));
  }

  @Test
  void thePrefixFilterFindsExactlyThePairsAllPairsFinds() {
    qt().withExamples(300).forAll(lists().of(claims()).ofSizeBetween(0, 25)).checkAssert(
        ClaimLintProperties::assertSameAsAllPairs);
  }

  /**
   * Claims of which about half repeat an earlier claim with a few edits, the rest fresh: short ones
   * (the pair index, and one-shingle claims) and long ones of up to 90 words from vocabularies of
   * 4 to 60 words, whose sets of up to about 140 shingles go through the single-shingle index and
   * straddle the size at which the two indexes meet.
   */
  @Test
  void theIndexesFindExactlyThePairsAllPairsFindsAmongEditedClaims() {
    qt().withExamples(1000).forAll(editedClaims()).checkAssert(ClaimLintProperties::assertSameAsAllPairs);
  }

  /** The generator's lakes, with odd words (markup, CJK, emoji, quotes), half of their claims edited copies of earlier ones. */
  @Test
  void theIndexesFindExactlyThePairsAllPairsFindsInGeneratedLakes() {
    qt().withExamples(200).forAll(generatedClaims()).checkAssert(ClaimLintProperties::assertSameAsAllPairs);
  }

  /**
   * The pairs, nearest earlier entry and repeat counts of {@link ClaimLint} are those of comparing
   * every pair, with the search in one partition and in many (a few keys each).
   */
  private static void assertSameAsAllPairs(List<String> claims) {
    List<LakeEntry> entries = ClaimLintTests.entries(claims);
    assertSameAsAllPairs(claims, ClaimLint.of(entries));
    assertSameAsAllPairs(claims, ClaimLint.of(entries, 3));
  }

  private static void assertSameAsAllPairs(List<String> claims, ClaimLint lint) {
    List<Set<String>> shingles = new ArrayList<>();
    for (String claim : claims) {
      shingles.add(ClaimLint.shingles(claim));
    }
    for (int x = 0; x < claims.size(); x++) {
      int nearest = -1;
      double best = -1;
      int repeats = 0;
      for (int y = 0; y < x; y++) {
        double j = jaccard(shingles.get(x), shingles.get(y));
        if (j >= ClaimLint.THRESHOLD - 1e-9) {
          repeats++;
          if (j > best + 1e-9) {
            best = j;
            nearest = y;
          }
        }
      }
      assertThat(lint.repeats(x)).as("repeats of %s in %s", x, claims).isEqualTo(repeats);
      assertThat(lint.nearest(x)).as("nearest of %s in %s", x, claims).isEqualTo(nearest);
    }
  }

  private static Gen<List<String>> editedClaims() {
    return in -> {
      Draw d = draw(in);
      int vocabulary = List.of(4, 12, 60).get(d.between(0, 2));
      int count = d.between(0, 40);
      List<String> claims = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        if (!claims.isEmpty() && d.between(0, 1) == 0) {
          claims.add(edited(d, claims.get(d.between(0, claims.size() - 1)), vocabulary));
        } else {
          int words = d.between(0, 3) == 0 ? d.between(30, 90) : d.between(1, 12);
          StringBuilder claim = new StringBuilder();
          for (int w = 0; w < words; w++) {
            claim.append(w == 0 ? "" : " ").append(word(d, vocabulary));
          }
          claims.add(claim.toString());
        }
      }
      return claims;
    };
  }

  /** From a seed, as the benchmarks make their lakes: quicker than drawing every value through QuickTheories. */
  private static Gen<List<String>> generatedClaims() {
    return in -> {
      Draw d = Draw.seeded(in.next(Constraint.between(Long.MIN_VALUE, Long.MAX_VALUE)));
      List<LakeEntry> entries = LakeGenerators.lake(d, d.between(1, 150)).entries();
      List<String> claims = new ArrayList<>();
      for (LakeEntry entry : entries) {
        claims.add(!claims.isEmpty() && d.between(0, 1) == 0
            ? edited(d, claims.get(d.between(0, claims.size() - 1)), 12)
            : entry.claim());
      }
      return claims;
    };
  }

  /** {@code claim} with one to three edits: a word swapped for another, added, dropped, doubled, recased, or a function word added. */
  private static String edited(Draw d, String claim, int vocabulary) {
    List<String> words = new ArrayList<>(List.of(claim.split(" ")));
    int edits = d.between(1, 3);
    for (int e = 0; e < edits; e++) {
      int at = d.between(0, words.size() - 1);
      switch (d.between(0, 5)) {
        case 0 -> words.set(at, word(d, vocabulary));
        case 1 -> words.add(at, word(d, vocabulary));
        case 2 -> {
          if (words.size() > 1) {
            words.remove(at);
          }
        }
        case 3 -> words.add(at, words.get(at));
        case 4 -> words.set(at, words.get(at).toUpperCase(Locale.ROOT));
        default -> words.add(at, "the");
      }
    }
    return String.join(" ", words);
  }

  private static String word(Draw d, int vocabulary) {
    return "w" + d.between(0, vocabulary - 1);
  }

  private static Draw draw(RandomnessSource in) {
    return (lo, hi) -> (int) in.next(Constraint.between(lo, hi));
  }

  private static double jaccard(Set<String> a, Set<String> b) {
    int shared = 0;
    for (String shingle : a) {
      if (b.contains(shingle)) {
        shared++;
      }
    }
    int union = a.size() + b.size() - shared;
    return union == 0 ? 0 : (double) shared / union;
  }
}
