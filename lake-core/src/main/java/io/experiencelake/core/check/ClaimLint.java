package io.experiencelake.core.check;

import io.experiencelake.core.Diagnostic;
import io.experiencelake.core.LakeEntry;
import io.experiencelake.core.Rule;
import java.util.ArrayList;
import java.util.Arrays;
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
 * later entry of such a pair is reported once, naming the most similar earlier entry.
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
 * <p>The search stays close to linear however large the lake, without giving up any pair (prefix
 * filtering, as in Bayardo, Ma and Srikant, "Scaling up all pairs similarity search", 2007):
 * shingles are ordered rarest first across the lake; if two sets of sizes {@code |x|} and
 * {@code |y|} have Jaccard similarity at least {@code t} they share at least
 * {@code ceil(t * max(|x|, |y|))} shingles, so the first {@code |x| - ceil(t * |x|) + 1} shingles of
 * {@code x} and the first {@code |y| - ceil(t * |y|) + 1} of {@code y} have one in common. Only those
 * prefixes are indexed and probed, and since they hold each claim's rarest shingles the posting
 * lists stay short; every candidate found is then measured exactly. A 100,000-entry lake of
 * distinct claims costs about one short posting scan per prefix shingle, not 5 billion comparisons.
 */
final class ClaimLint {

  /** Jaccard similarity at or above which two claims are near duplicates. */
  static final double THRESHOLD = 0.7;

  /** The most words a claim may have before it is too long. */
  static final int MAX_WORDS = 40;

  /** The most characters (code points) a claim may have before it is too long. */
  static final int MAX_CHARACTERS = 300;

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
  /** How many pairs were measured exactly: the work the prefix filter could not avoid. */
  private long comparisons;

  private ClaimLint(List<LakeEntry> entries) {
    this.entries = entries;
    this.nearest = new int[entries.size()];
    this.similarity = new double[entries.size()];
    this.repeats = new int[entries.size()];
    Arrays.fill(nearest, -1);
    findNearDuplicates();
  }

  /** Indexes the claims of {@code entries} and finds their near duplicates. */
  static ClaimLint of(List<LakeEntry> entries) {
    return new ClaimLint(entries);
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

  /** How many pairs of claims were measured exactly. */
  long comparisons() {
    return comparisons;
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

  /** Jaccard similarity of two sorted sets of shingle ids. */
  static double jaccard(int[] a, int[] b) {
    int i = 0;
    int j = 0;
    int shared = 0;
    while (i < a.length && j < b.length) {
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
    int union = a.length + b.length - shared;
    return union == 0 ? 0 : (double) shared / union;
  }

  /** How many of a set's rarest shingles to index and probe: {@code n - ceil(t * n) + 1}. */
  static int prefixLength(int n) {
    return n - (int) Math.ceil(THRESHOLD * n - EPSILON) + 1;
  }

  private void findNearDuplicates() {
    int n = entries.size();
    List<Set<String>> shingles = new ArrayList<>(n);
    Map<String, Integer> frequency = new HashMap<>();
    for (LakeEntry entry : entries) {
      Set<String> set = shingles(entry.claim());
      shingles.add(set);
      for (String s : set) {
        frequency.merge(s, 1, Integer::sum);
      }
    }
    // Ids in global order: rarest first, ties by text, so prefixes hold the rarest shingles.
    List<String> order = new ArrayList<>(frequency.keySet());
    order.sort((x, y) -> {
      int byFrequency = Integer.compare(frequency.get(x), frequency.get(y));
      return byFrequency != 0 ? byFrequency : x.compareTo(y);
    });
    Map<String, Integer> ids = new HashMap<>();
    for (int k = 0; k < order.size(); k++) {
      ids.put(order.get(k), k);
    }
    int[][] sets = new int[n][];
    for (int x = 0; x < n; x++) {
      sets[x] = shingles.get(x).stream().mapToInt(ids::get).sorted().toArray();
    }
    int[][] postings = new int[order.size()][];
    int[] postingSizes = new int[order.size()];
    int[] lastProbe = new int[n];
    Arrays.fill(lastProbe, -1);
    for (int x = 0; x < n; x++) {
      int[] a = sets[x];
      int prefix = a.length == 0 ? 0 : prefixLength(a.length);
      for (int k = 0; k < prefix; k++) {
        int shingle = a[k];
        for (int p = 0; p < postingSizes[shingle]; p++) {
          int y = postings[shingle][p];
          if (lastProbe[y] == x) {
            continue;
          }
          lastProbe[y] = x;
          compare(x, y, a, sets[y]);
        }
      }
      for (int k = 0; k < prefix; k++) {
        int shingle = a[k];
        if (postings[shingle] == null) {
          postings[shingle] = new int[2];
        } else if (postingSizes[shingle] == postings[shingle].length) {
          postings[shingle] = Arrays.copyOf(postings[shingle], postingSizes[shingle] * 2);
        }
        postings[shingle][postingSizes[shingle]++] = x;
      }
    }
  }

  /** Records earlier entry {@code y} as a near duplicate of {@code x} when their sets are similar enough. */
  private void compare(int x, int y, int[] a, int[] b) {
    int small = Math.min(a.length, b.length);
    int large = Math.max(a.length, b.length);
    if (small < THRESHOLD * large - EPSILON) {
      return; // Jaccard is at most small / large.
    }
    comparisons++;
    double j = jaccard(a, b);
    if (j < THRESHOLD - EPSILON) {
      return;
    }
    repeats[x]++;
    if (nearest[x] < 0 || j > similarity[x] + EPSILON || (Math.abs(j - similarity[x]) <= EPSILON && y < nearest[x])) {
      nearest[x] = y;
      similarity[x] = j;
    }
  }
}
