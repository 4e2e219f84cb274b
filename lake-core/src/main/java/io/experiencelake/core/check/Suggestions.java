package io.experiencelake.core.check;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds a known id within edit distance 2 of an unknown one, for "did you mean" hints.
 *
 * <p>Lookups stay cheap however many ids there are (the symmetric-delete method): every id is
 * indexed under a hash of each string made by deleting at most two of its characters, and a lookup
 * compares the unknown id only with the ids that share such a hash. Two strings within distance 2
 * always share one, so nothing is missed; a shared hash that is a coincidence is weeded out by
 * measuring the real distance. The index is built on the first lookup and answers are remembered,
 * so a lake with no unknown reference pays nothing.
 */
final class Suggestions {

  /** The longest id indexed; longer ids are never suggested. */
  private static final int MAX_LENGTH = 40;
  private static final int MAX_DISTANCE = 2;
  private static final long FNV_OFFSET = 0xcbf29ce484222325L;
  private static final long FNV_PRIME = 0x100000001b3L;

  private final List<String> ids;
  private final Map<String, Optional<String>> answers = new HashMap<>();

  /** Open-addressing table from variant hash to the first posting; {@code heads[slot] == -1} when empty. */
  private long[] keys;
  private int[] heads;
  /** Postings: the id each refers to, and the next posting of the same hash. */
  private int[] postingIds;
  private int[] postingNext;
  private int postings;
  /** For each id, the number of the last lookup that measured it, so no id is measured twice per lookup. */
  private int[] seen;
  private int lookups;

  private final int[][] rows = new int[3][MAX_LENGTH + MAX_DISTANCE + 2];

  Suggestions(Collection<String> ids) {
    this.ids = new ArrayList<>(ids);
  }

  /** The nearest known id to {@code unknown} within distance 2; ties go to the smaller id. */
  Optional<String> nearest(String unknown) {
    return answers.computeIfAbsent(unknown, this::search);
  }

  private Optional<String> search(String unknown) {
    if (unknown.length() > MAX_LENGTH + MAX_DISTANCE) {
      return Optional.empty();
    }
    if (keys == null) {
      buildIndex();
    }
    lookups++;
    String[] best = {null};
    int[] bestDistance = {MAX_DISTANCE + 1};
    forEachVariant(unknown, hash -> {
      for (int p = heads[slot(hash)]; p >= 0; p = postingNext[p]) {
        int id = postingIds[p];
        if (seen[id] == lookups) {
          continue;
        }
        seen[id] = lookups;
        String candidate = ids.get(id);
        int d = boundedDistance(unknown, candidate);
        if (d < bestDistance[0] || (d == bestDistance[0] && d <= MAX_DISTANCE && candidate.compareTo(best[0]) < 0)) {
          best[0] = candidate;
          bestDistance[0] = d;
        }
      }
    });
    return Optional.ofNullable(best[0]);
  }

  private void buildIndex() {
    long total = 0;
    for (String id : ids) {
      if (id.length() <= MAX_LENGTH) {
        total += variantCount(id.length());
      }
    }
    int capacity = Integer.highestOneBit((int) Math.max(16, Math.min(1 << 29, total * 2))) << 1;
    keys = new long[capacity];
    heads = new int[capacity];
    Arrays.fill(heads, -1);
    postingIds = new int[(int) total];
    postingNext = new int[(int) total];
    seen = new int[ids.size()];
    for (int i = 0; i < ids.size(); i++) {
      String id = ids.get(i);
      if (id.length() <= MAX_LENGTH) {
        int index = i;
        forEachVariant(id, hash -> add(hash, index));
      }
    }
  }

  private void add(long hash, int id) {
    int slot = slot(hash);
    if (heads[slot] < 0) {
      keys[slot] = hash;
    }
    postingIds[postings] = id;
    postingNext[postings] = heads[slot];
    heads[slot] = postings++;
  }

  /** The slot holding {@code hash}, or the empty slot where it would go. */
  private int slot(long hash) {
    int mask = keys.length - 1;
    int slot = (int) (hash ^ (hash >>> 32)) & mask;
    while (heads[slot] >= 0 && keys[slot] != hash) {
      slot = (slot + 1) & mask;
    }
    return slot;
  }

  private static long variantCount(int length) {
    return 1 + length + (long) length * (length - 1) / 2;
  }

  /** A consumer of variant hashes. */
  private interface HashSink {
    void accept(long hash);
  }

  /** Calls {@code sink} with the hash of {@code word} and of each string made by deleting one or two characters. */
  private static void forEachVariant(String word, HashSink sink) {
    int n = word.length();
    sink.accept(hashWithout(word, -1, -1));
    for (int i = 0; i < n; i++) {
      sink.accept(hashWithout(word, i, -1));
      for (int j = i + 1; j < n; j++) {
        sink.accept(hashWithout(word, i, j));
      }
    }
  }

  private static long hashWithout(String word, int skip1, int skip2) {
    long hash = FNV_OFFSET;
    for (int k = 0; k < word.length(); k++) {
      if (k != skip1 && k != skip2) {
        hash = (hash ^ word.charAt(k)) * FNV_PRIME;
      }
    }
    return hash;
  }

  /** The distance of {@code a} and {@code b}, or 3 when it is more than 2. */
  private int boundedDistance(String a, String b) {
    if (Math.abs(a.length() - b.length()) > MAX_DISTANCE || b.length() > MAX_LENGTH + MAX_DISTANCE) {
      return MAX_DISTANCE + 1;
    }
    return Math.min(distance(a, b, rows), MAX_DISTANCE + 1);
  }

  /**
   * The optimal-string-alignment distance of {@code a} and {@code b}: insertions, deletions,
   * substitutions and swaps of adjacent characters each count one.
   */
  static int distance(String a, String b) {
    int width = b.length() + 1;
    return distance(a, b, new int[3][width]);
  }

  private static int distance(String a, String b, int[][] rows) {
    int[] older = rows[0];
    int[] previous = rows[1];
    int[] current = rows[2];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        int d = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d = Math.min(d, older[j - 2] + 1);
        }
        current[j] = d;
      }
      int[] spare = older;
      older = previous;
      previous = current;
      current = spare;
    }
    return previous[b.length()];
  }
}
