package io.experiencelake.core.check;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds a known id within edit distance 2 of an unknown one, for "did you mean" hints.
 *
 * <p>Lookups stay cheap however many ids there are: every id is indexed under each string made by
 * deleting at most two of its characters (the symmetric-delete method), so a lookup only compares
 * the unknown id with ids that share such a string. The index is built on the first lookup, and
 * answers are remembered, so a lake with no unknown reference pays nothing.
 */
final class Suggestions {

  /** The longest id indexed; longer ids are never suggested. */
  private static final int MAX_LENGTH = 64;

  private static final int MAX_DISTANCE = 2;

  private final Collection<String> ids;
  private Map<String, List<String>> byDeletion;
  private final Map<String, Optional<String>> answers = new HashMap<>();

  Suggestions(Collection<String> ids) {
    this.ids = ids;
  }

  /** The nearest known id to {@code unknown} within distance 2; ties go to the smaller id. */
  Optional<String> nearest(String unknown) {
    return answers.computeIfAbsent(unknown, this::search);
  }

  private Optional<String> search(String unknown) {
    if (unknown.length() > MAX_LENGTH + MAX_DISTANCE) {
      return Optional.empty();
    }
    if (byDeletion == null) {
      byDeletion = index(ids);
    }
    String best = null;
    int bestDistance = MAX_DISTANCE + 1;
    for (String variant : deletions(unknown)) {
      for (String candidate : byDeletion.getOrDefault(variant, List.of())) {
        int distance = distance(unknown, candidate);
        if (distance < bestDistance || (distance == bestDistance && candidate.compareTo(best) < 0)) {
          best = candidate;
          bestDistance = distance;
        }
      }
    }
    return Optional.ofNullable(best);
  }

  private static Map<String, List<String>> index(Collection<String> ids) {
    Map<String, List<String>> index = new HashMap<>();
    for (String id : ids) {
      if (id.length() <= MAX_LENGTH) {
        for (String variant : deletions(id)) {
          index.computeIfAbsent(variant, k -> new ArrayList<>(1)).add(id);
        }
      }
    }
    return index;
  }

  /** {@code word} and every string made by deleting one or two of its characters. */
  private static Set<String> deletions(String word) {
    Set<String> out = new HashSet<>();
    out.add(word);
    for (int i = 0; i < word.length(); i++) {
      String once = word.substring(0, i) + word.substring(i + 1);
      out.add(once);
      for (int j = i; j < once.length(); j++) {
        out.add(once.substring(0, j) + once.substring(j + 1));
      }
    }
    return out;
  }

  /**
   * The optimal-string-alignment distance of {@code a} and {@code b}: insertions, deletions,
   * substitutions and swaps of adjacent characters each count one.
   */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
