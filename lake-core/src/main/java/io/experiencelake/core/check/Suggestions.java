package io.experiencelake.core.check;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.commons.text.similarity.LevenshteinDistance;

/** Finds a known id within two edits of an unknown one, for "did you mean" hints. */
final class Suggestions {

  private static final LevenshteinDistance WITHIN_TWO_EDITS = new LevenshteinDistance(2);

  private final Supplier<List<String>> known;
  private List<String> ids;
  private final Map<String, Optional<String>> answers = new HashMap<>();

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
