package io.experiencelake.core.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class ClaimLintProperties {

  private static final List<String> WORDS = List.of("cut", "p99", "latency", "900", "ms", "the", "by", "cache", "run");

  /** Claims of 1 to 9 words from a 9-word vocabulary: near duplicates are common. */
  private static Gen<String> claims() {
    return lists().of(integers().between(0, WORDS.size() - 1).map(WORDS::get)).ofSizeBetween(1, 9)
        .map(words -> String.join(" ", words));
  }

  @Test
  void thePrefixFilterFindsExactlyThePairsAllPairsFinds() {
    qt().withExamples(300).forAll(lists().of(claims()).ofSizeBetween(0, 25)).checkAssert(claims -> {
      ClaimLint lint = ClaimLint.of(ClaimLintTests.entries(claims));
      for (int x = 0; x < claims.size(); x++) {
        int nearest = -1;
        double best = -1;
        int repeats = 0;
        for (int y = 0; y < x; y++) {
          double j = jaccard(ClaimLint.shingles(claims.get(x)), ClaimLint.shingles(claims.get(y)));
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
    });
  }

  private static double jaccard(Set<String> a, Set<String> b) {
    Set<String> shared = new HashSet<>(a);
    shared.retainAll(b);
    int union = a.size() + b.size() - shared.size();
    return union == 0 ? 0 : (double) shared.size() / union;
  }
}
