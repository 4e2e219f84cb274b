package io.experiencelake.tailor;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Okapi BM25 over a fixed set of documents, each a bag of terms.
 *
 * <p>A document {@code D} scores against query terms {@code q} as
 * <pre>
 *   score(D) = Σ_q  idf(q) · tf(q, D) · (k1 + 1) / (tf(q, D) + k1 · (1 − b + b · |D| / avgdl))
 *   idf(q)   = ln(1 + (N − n(q) + 0.5) / (n(q) + 0.5))
 * </pre>
 * where {@code tf(q, D)} is how often {@code q} occurs in {@code D}, {@code |D|} the number of
 * terms in {@code D}, {@code avgdl} the mean of {@code |D|}, {@code N} the number of documents and
 * {@code n(q)} how many contain {@code q}. {@code k1} = {@value #K1} caps how much repeating a term
 * helps; {@code b} = {@value #B} is how much a long document is discounted. The idf is Lucene's,
 * with 1 added inside the logarithm so a term found in most documents still scores above zero.
 * Each query term counts once, however often the job repeats it.
 */
final class Bm25 {

  /** Term-frequency saturation. */
  static final double K1 = 1.2;

  /** Length normalisation. */
  static final double B = 0.75;

  private final List<Map<String, Integer>> documents;
  private final int[] lengths;
  private final double averageLength;
  private final Map<String, Integer> documentFrequency = new HashMap<>();

  /** Indexes {@code documents}: term counts, one map per document. */
  Bm25(List<Map<String, Integer>> documents) {
    this.documents = documents;
    this.lengths = new int[documents.size()];
    long total = 0;
    for (int d = 0; d < documents.size(); d++) {
      for (Map.Entry<String, Integer> e : documents.get(d).entrySet()) {
        lengths[d] += e.getValue();
        documentFrequency.merge(e.getKey(), 1, Integer::sum);
      }
      total += lengths[d];
    }
    this.averageLength = documents.isEmpty() ? 0 : (double) total / documents.size();
  }

  /** The inverse document frequency of {@code term}. */
  double idf(String term) {
    int containing = documentFrequency.getOrDefault(term, 0);
    return Math.log(1 + (documents.size() - containing + 0.5) / (containing + 0.5));
  }

  /** What {@code term} adds to the score of document {@code d}; 0 when the document lacks it. */
  double contribution(String term, int d) {
    int tf = documents.get(d).getOrDefault(term, 0);
    if (tf == 0) {
      return 0;
    }
    double norm = K1 * (1 - B + B * lengths[d] / averageLength);
    return idf(term) * tf * (K1 + 1) / (tf + norm);
  }
}
