package io.experiencelake.core.check;

import io.experiencelake.core.Diagnostic;
import io.experiencelake.core.LakeEntry;
import io.experiencelake.core.Rule;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The claim lint rules that look past one claim's words: near-duplicate claims across entries
 * ({@code LAKE-L004}) and over-long claims ({@code LAKE-L005}).
 *
 * <p>Near duplicates: a claim is cut into lowercase words (runs of letters and digits) with a few
 * function words dropped ({@code the}, {@code of}, {@code by}…); its shingles are its distinct
 * words and its adjacent word pairs. Two claims are near duplicates when the Jaccard similarity of
 * their shingle sets, shared shingles over all shingles, is at least {@value #THRESHOLD}. Each
 * later entry of such a pair is reported once, naming the most similar earlier entry (the first
 * of equally similar ones) and counting the others.
 *
 * <p>Why words and pairs, and why 0.7: pairs alone punish any edit twice (one word changed in the
 * middle of a claim of {@code n} words leaves {@code (n - 3) / (n + 1)} of the pairs, under 0.8 below
 * 19 words), so a claim kept as CURRENT after its ACHIEVED twin was added ("Moving…" beside
 * "Moved…") or a claim with one word swapped went unseen; words alone ignore order and flag
 * templates ("Migrated the billing service…" beside "Migrated the search service…"). Together,
 * one word changed in a claim of {@code n} words keeps {@code (2n - 4) / (2n + 2)}: at least 0.7
 * from 9 words on, while a 6-word template with a different object keeps 0.57. On the labelled
 * table in the tests this scores precision 1.0 and recall 0.89; pairs alone at 0.8 found 5 of 9.
 *
 * <p>The search: entries whose claims have the same shingles are grouped first (so a lake that
 * repeats one claim thousands of times costs one comparison per entry), then the distinct sets
 * are compared. Up to {@value #INDEX_FROM} distinct sets, every pair is measured; beyond, a set is
 * measured only against the sets that share one of its rarest {@code n - ceil(t * n) + 1}
 * shingles (prefix filtering: two sets of Jaccard similarity at least {@code t} share at least
 * {@code ceil(t * n)} of the {@code n} shingles of either, so their prefixes in one global
 * rarest-first order must meet). That keeps a lake of a few thousand entries to a few
 * comparisons per entry.
 */
final class ClaimLint {

  /** Jaccard similarity at or above which two claims are near duplicates. */
  static final double THRESHOLD = 0.7;

  /** The most words a claim may have before it is too long. */
  static final int MAX_WORDS = 40;

  /** The most characters (code points) a claim may have before it is too long. */
  static final int MAX_CHARACTERS = 300;

  /** How many distinct claims there must be before the search uses the index of rare shingles instead of all pairs. */
  static final int INDEX_FROM = 64;

  /** Function words left out of shingles, so "the" or "by" alone never make two claims differ. */
  private static final Set<String> FUNCTION_WORDS = Set.of(
      "a", "an", "the", "of", "to", "in", "on", "at", "by", "for", "from", "with", "into", "onto", "and",
      "or", "so", "that", "which", "as", "its", "it", "their", "our", "was", "were", "is", "are", "be",
      "been");

  /** Slack for comparing doubles computed from small integers. */
  private static final double EPSILON = 1e-9;

  private final List<LakeEntry> entries;
  /** For each entry, the earlier entry its claim most nearly repeats, or -1. */
  private final int[] nearest;
  private final double[] similarity;
  /** For each entry, how many earlier entries its claim nearly repeats. */
  private final int[] repeats;
  /** How many pairs of distinct shingle sets were measured. */
  private long comparisons;

  private ClaimLint(List<LakeEntry> entries, int indexFrom) {
    this.entries = entries;
    this.nearest = new int[entries.size()];
    this.similarity = new double[entries.size()];
    this.repeats = new int[entries.size()];
    Arrays.fill(nearest, -1);
    findNearDuplicates(indexFrom);
  }

  /** Finds the near duplicates among the claims of {@code entries}. */
  static ClaimLint of(List<LakeEntry> entries) {
    return of(entries, INDEX_FROM);
  }

  /** The same, using the index from {@code indexFrom} distinct claims on: few, in tests, so small lakes take that path too. */
  static ClaimLint of(List<LakeEntry> entries, int indexFrom) {
    return new ClaimLint(entries, indexFrom);
  }

  /** Whether the claim of entry {@code index} has a lint diagnostic: {@link #claim} is not empty. */
  boolean reports(int index) {
    String claim = entries.get(index).claim();
    // n words take at least 2n - 1 characters, and a character at least one char.
    return nearest[index] >= 0 || (claim.length() > 2 * MAX_WORDS && isLong(claim.strip()));
  }

  /** The lint diagnostics of the claim of entry {@code index}, at {@code at + "/claim"}, in code order. */
  List<Diagnostic> claim(int index, String at, String what) {
    List<Diagnostic> out = new ArrayList<>(2);
    if (nearest[index] >= 0) {
      LakeEntry earlier = entries.get(nearest[index]);
      int others = repeats[index] - 1;
      out.add(Diagnostic.of(Rule.NEAR_DUPLICATE_CLAIM, at + "/claim",
          "claim of " + what + " nearly repeats the claim of entry '" + earlier.id() + "' at /entries/" + nearest[index]
              + String.format(Locale.ROOT, " (%d%% of their words and word pairs in common)", (int) Math.floor(similarity[index] * 100 + EPSILON))
              + (others > 0 ? " and of " + others + (others == 1 ? " other earlier entry" : " other earlier entries") : ""),
          "merge the two entries into one, or rewrite this claim to say what it adds"));
    }
    String claim = entries.get(index).claim().strip();
    int words = wordCount(claim);
    int characters = claim.codePointCount(0, claim.length());
    if (words > MAX_WORDS || characters > MAX_CHARACTERS) {
      out.add(Diagnostic.of(Rule.LONG_CLAIM, at + "/claim",
          "claim of " + what + " runs to " + words + " words and " + characters + " characters; a claim reads best in at most "
              + MAX_WORDS + " words and " + MAX_CHARACTERS + " characters",
          "keep to what was done and its result in one sentence; move the how into the decision and what made it hard into the constraint"));
    }
    return out;
  }

  /** The earlier entry whose claim entry {@code index}'s claim most nearly repeats, or -1. */
  int nearest(int index) {
    return nearest[index];
  }

  /** How many earlier entries the claim of entry {@code index} nearly repeats. */
  int repeats(int index) {
    return repeats[index];
  }

  /** How many pairs of distinct claims were measured: the work the grouping and index could not avoid. */
  long comparisons() {
    return comparisons;
  }

  private static boolean isLong(String claim) {
    return wordCount(claim) > MAX_WORDS || claim.codePointCount(0, claim.length()) > MAX_CHARACTERS;
  }

  /** The words of {@code text}: whitespace-separated runs holding at least one letter or digit. */
  static int wordCount(String text) {
    int count = 0;
    boolean counted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        counted = false;
      } else if (!counted && Character.isLetterOrDigit(c)) {
        count++;
        counted = true;
      }
    }
    return count;
  }

  /** The shingles of {@code claim}: its distinct words (less function words) and adjacent word pairs, in order of appearance. */
  static Set<String> shingles(String claim) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    for (int i = 0; i <= claim.length(); i++) {
      char c = i < claim.length() ? claim.charAt(i) : ' ';
      if (Character.isLetterOrDigit(c)) {
        word.append(Character.toLowerCase(c));
      } else if (word.length() > 0) {
        String w = word.toString();
        if (!FUNCTION_WORDS.contains(w)) {
          words.add(w);
        }
        word.setLength(0);
      }
    }
    Set<String> out = new LinkedHashSet<>(words);
    for (int i = 0; i + 1 < words.size(); i++) {
      out.add(words.get(i) + ' ' + words.get(i + 1));
    }
    return out;
  }

  /** How many of a set's rarest shingles to index and probe: {@code n - ceil(t * n) + 1}. */
  static int prefixLength(int n) {
    return n - (int) Math.ceil(THRESHOLD * n - EPSILON) + 1;
  }

  /** A near-duplicate partner: another group of entries and the similarity of the two groups' claims. */
  private record Match(int group, double similarity) {}

  private void findNearDuplicates(int indexFrom) {
    // Group the entries by their claim's shingle set, in order of each group's first entry.
    Map<Set<String>, Integer> groupOf = new HashMap<>();
    List<Set<String>> sets = new ArrayList<>();
    List<List<Integer>> members = new ArrayList<>();
    int[] group = new int[entries.size()];
    for (int x = 0; x < entries.size(); x++) {
      Set<String> shingles = shingles(entries.get(x).claim());
      Integer g = groupOf.putIfAbsent(shingles, sets.size());
      if (g == null) {
        g = sets.size();
        sets.add(shingles);
        members.add(new ArrayList<>());
      }
      group[x] = g;
      members.get(g).add(x);
    }
    List<List<Match>> similar = similarGroups(sets, indexFrom);
    int[] seen = new int[sets.size()];
    for (int x = 0; x < entries.size(); x++) {
      int g = group[x];
      if (sets.get(g).isEmpty()) {
        continue;
      }
      int earlierTwins = seen[g]++;
      int count = earlierTwins;
      int best = earlierTwins > 0 ? members.get(g).get(0) : -1;
      double bestSimilarity = earlierTwins > 0 ? 1.0 : -1;
      for (Match match : similar.get(g)) {
        List<Integer> partners = members.get(match.group());
        int earlier = -Collections.binarySearch(partners, x) - 1;
        count += earlier;
        int first = partners.get(0);
        if (earlier > 0 && (match.similarity() > bestSimilarity + EPSILON
            || (match.similarity() > bestSimilarity - EPSILON && first < best))) {
          best = first;
          bestSimilarity = match.similarity();
        }
      }
      nearest[x] = best;
      similarity[x] = bestSimilarity;
      repeats[x] = count;
    }
  }

  /** For each distinct set, the other sets it nearly repeats (both ways); empty sets repeat nothing. */
  private List<List<Match>> similarGroups(List<Set<String>> sets, int indexFrom) {
    Ranked ranks = ranked(sets);
    int[][] ranked = ranks.sets();
    boolean indexed = sets.size() >= indexFrom;
    // For each shingle (by rank), the sets indexed so far whose prefix holds it.
    int[][] postings = new int[ranks.shingles()][];
    int[] postingCount = new int[postings.length];
    List<List<Match>> similar = new ArrayList<>();
    int[] candidates = new int[sets.size()];
    int[] candidateOf = new int[sets.size()];
    Arrays.fill(candidateOf, -1);
    for (int g = 0; g < sets.size(); g++) {
      similar.add(new ArrayList<>());
      int[] set = ranked[g];
      if (set.length == 0) {
        continue;
      }
      int count = 0;
      for (int h = 0; h < g && !indexed; h++) {
        candidates[count++] = h;
      }
      for (int i = 0, prefix = prefixLength(set.length); i < prefix && indexed; i++) {
        int shingle = set[i];
        for (int p = 0; p < postingCount[shingle]; p++) {
          int h = postings[shingle][p];
          if (candidateOf[h] != g) {
            candidateOf[h] = g;
            candidates[count++] = h;
          }
        }
        if (postings[shingle] == null || postingCount[shingle] == postings[shingle].length) {
          postings[shingle] = postings[shingle] == null ? new int[4] : Arrays.copyOf(postings[shingle], postingCount[shingle] * 2);
        }
        postings[shingle][postingCount[shingle]++] = g;
      }
      for (int c = 0; c < count; c++) {
        int h = candidates[c];
        int[] other = ranked[h];
        if (other.length == 0 || Math.min(set.length, other.length) < THRESHOLD * Math.max(set.length, other.length) - EPSILON) {
          continue;
        }
        comparisons++;
        double j = jaccard(set, other);
        if (j >= THRESHOLD - EPSILON) {
          similar.get(g).add(new Match(h, j));
          similar.get(h).add(new Match(g, j));
        }
      }
    }
    return similar;
  }

  /** The sets as sorted ranks of their shingles, and how many distinct shingles (ranks) there are. */
  private record Ranked(int[][] sets, int shingles) {}

  /**
   * Each set as the sorted ranks of its shingles, rarest first across the sets (ties by first
   * appearance): shingles are numbered as they first appear, counted, and ranked by a counting sort
   * on their counts, which keeps first-appearance order among equal counts.
   */
  private static Ranked ranked(List<Set<String>> sets) {
    Map<String, Integer> idOf = new HashMap<>();
    int[][] ids = new int[sets.size()][];
    int[] frequency = new int[16];
    for (int g = 0; g < sets.size(); g++) {
      ids[g] = new int[sets.get(g).size()];
      int k = 0;
      for (String shingle : sets.get(g)) {
        Integer id = idOf.putIfAbsent(shingle, idOf.size());
        int at = id == null ? idOf.size() - 1 : id;
        frequency = at == frequency.length ? Arrays.copyOf(frequency, at * 2) : frequency;
        frequency[at]++;
        ids[g][k++] = at;
      }
    }
    int distinct = idOf.size();
    // Shingles with each count, then where each count's ranks start.
    int[] start = new int[sets.size() + 2];
    for (int id = 0; id < distinct; id++) {
      start[frequency[id] + 1]++;
    }
    for (int f = 1; f < start.length; f++) {
      start[f] += start[f - 1];
    }
    int[] rank = new int[distinct];
    for (int id = 0; id < distinct; id++) {
      rank[id] = start[frequency[id]]++;
    }
    for (int[] set : ids) {
      for (int k = 0; k < set.length; k++) {
        set[k] = rank[set[k]];
      }
      Arrays.sort(set);
    }
    return new Ranked(ids, distinct);
  }

  /**
   * The Jaccard similarity of two sorted sets of ranks, or 0 as soon as it cannot reach
   * {@link #THRESHOLD}: that takes {@code shared / (|a| + |b| - shared) >= t}, so at least
   * {@code t (|a| + |b|) / (1 + t)} shared shingles.
   */
  private static double jaccard(int[] a, int[] b) {
    double needed = THRESHOLD * (a.length + b.length) / (1 + THRESHOLD) - EPSILON;
    int shared = 0;
    for (int i = 0, j = 0; i < a.length && j < b.length; ) {
      if (shared + Math.min(a.length - i, b.length - j) < needed) {
        return 0;
      }
      if (a[i] == b[j]) {
        shared++;
        i++;
        j++;
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    return (double) shared / (a.length + b.length - shared);
  }
}
