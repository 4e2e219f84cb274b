package io.experiencelake.core.check;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Finds a known id within two edits of an unknown one, for "did you mean" hints.
 *
 * <p>Each lookup compares the unknown id with every known one, which is instant for the few
 * hundred ids of a real lake. A hint is a courtesy, so a hostile lake cannot make it quadratic: after
 * {@value #COMPARISONS} comparisons (a thousand unknown ids in a lake of two thousand), further
 * unknown ids get no suggestion; answers already found are still given.
 */
final class Suggestions {

  private static final LevenshteinDistance WITHIN_TWO_EDITS = new LevenshteinDistance(2);

  /** The most comparisons one set of suggestions makes. */
  static final long COMPARISONS = 2_000_000;

  private final Supplier<List<String>> known;
  private List<String> ids;
  private final Map<String, Optional<String>> answers = new HashMap<>();
  private long budget = COMPARISONS;

  /** Suggestions among {@code ids}, listed on the first lookup: a lake with no unknown reference lists none. */
  Suggestions(Supplier<List<String>> ids) {
    this.known = ids;
  }

  /** The nearest known id to {@code unknown} within two edits (insert, delete or change a character); ties go to the smaller id. */
  Optional<String> nearest(String unknown) {
    return answers.computeIfAbsent(unknown, this::search);
  }

  private Optional<String> search(String unknown) {
    ids = ids == null ? known.get() : ids;
    if (budget < ids.size()) {
      return Optional.empty();
    }
    budget -= ids.size();
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String id : ids) {
      int distance = WITHIN_TWO_EDITS.apply(unknown, id);
      if (distance >= 0 && (distance < bestDistance || (distance == bestDistance && id.compareTo(best) < 0))) {
        best = id;
        bestDistance = distance;
      }
    }
    return Optional.ofNullable(best);
  }
}
