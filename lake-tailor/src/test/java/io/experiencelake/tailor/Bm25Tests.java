package io.experiencelake.tailor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class Bm25Tests {

  /** Two documents: {@code kafka lag} (2 terms) and {@code kafka kafka schema registry} (4 terms); avgdl = 3. */
  private static final Bm25 BM25 = new Bm25(List.of(
      Map.of("kafka", 1, "lag", 1),
      Map.of("kafka", 2, "schema", 1, "registry", 1)));

  @Test
  void idfFollowsTheFormula() {
    // lag is in 1 of 2 documents: ln(1 + (2 - 1 + 0.5) / (1 + 0.5)) = ln 2.
    assertThat(BM25.idf("lag")).isCloseTo(Math.log(2), within(1e-12));
    // kafka is in both: ln(1 + 0.5 / 2.5) = ln 1.2, still above zero.
    assertThat(BM25.idf("kafka")).isCloseTo(Math.log(1.2), within(1e-12));
    // an unknown term: ln(1 + 2.5 / 0.5) = ln 6.
    assertThat(BM25.idf("nowhere")).isCloseTo(Math.log(6), within(1e-12));
  }

  @Test
  void aTermsContributionFollowsTheFormula() {
    // lag in document 0: tf 1, |D| 2, avgdl 3; norm = 1.2 * (0.25 + 0.75 * 2/3) = 0.9;
    // ln 2 * 1 * 2.2 / (1 + 0.9).
    assertThat(BM25.contribution("lag", 0)).isCloseTo(Math.log(2) * 2.2 / 1.9, within(1e-12));
    // kafka in document 1: tf 2, |D| 4; norm = 1.2 * (0.25 + 0.75 * 4/3) = 1.5; ln 1.2 * 2 * 2.2 / (2 + 1.5).
    assertThat(BM25.contribution("kafka", 1)).isCloseTo(Math.log(1.2) * 4.4 / 3.5, within(1e-12));
    assertThat(BM25.contribution("schema", 0)).isZero();
  }

  @Test
  void repeatingATermHelpsLessAndLess() {
    Bm25 bm25 = new Bm25(List.of(Map.of("a", 1, "x", 9), Map.of("a", 5, "x", 5), Map.of("a", 9, "x", 1), Map.of("y", 10)));
    double one = bm25.contribution("a", 0);
    double five = bm25.contribution("a", 1);
    double nine = bm25.contribution("a", 2);
    assertThat(five).isGreaterThan(one);
    assertThat(nine).isGreaterThan(five);
    assertThat(nine - five).isLessThan(five - one);
    assertThat(nine).isLessThan(bm25.idf("a") * (Bm25.K1 + 1));
  }
}
