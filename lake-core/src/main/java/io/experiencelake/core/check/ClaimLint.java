package io.experiencelake.core.check;

import io.experiencelake.core.Diagnostic;
import io.experiencelake.core.LakeEntry;
import io.experiencelake.core.Rule;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
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
 * <p>The search stays close to linear however large the lake, without giving up any pair. If two
 * sets of sizes {@code |x|} and {@code |y|} have Jaccard similarity at least {@code t} they share
 * at least {@code a = ceil(t * max(|x|, |y|))} shingles. Order shingles rarest first across the
 * lake; then the first {@code |x| - a + k} shingles of {@code x} and the first {@code |y| - a + k} of
 * {@code y} share at least {@code k} shingles (the {@code k} first shared ones), for any
 * {@code k <= a}. With {@code k = 1} this is prefix filtering (Bayardo, Ma and Srikant, "Scaling up
 * all pairs similarity search", 2007): index each prefix shingle and probe it. But in a lake whose
 * claims share a small vocabulary even the rarest shingle of a claim is in a number of claims that
 * grows with the lake, so the probes grow quadratically (20 seconds for 100,000 generated claims).
 * With {@code k = 2} (Wang, Li and Feng, "Can we beat the prefix filtering?", 2012) a claim is
 * indexed and probed under each pair of shingles of its {@code |x| - ceil(t * |x|) + 2} rarest; two
 * rare shingles together are in few claims however large the lake. The number of such keys grows
 * with the square of the prefix, so claims of more than {@value #PAIR_PROBE_LIMIT} shingles (about
 * 40 words, already too long) probe single shingles instead, and every claim they can match (of at
 * least {@code t} times their size) is in that index too. A set of one shingle can only match the
 * same set, so it is indexed under the pair of its shingle with itself.
 *
 * <p>Claims are taken smallest first, so each is probed against partners no larger: those need
 * only the shorter index prefix {@code |y| - ceil(2t / (1 + t) * |y|) + k}, and a key's postings,
 * newest first, run from the largest down, so a probe stops at the first too small. A candidate is
 * measured exactly only if it passes a positional filter and a 64-bit signature filter, and only
 * at the meeting through its first two shared shingles, so each pair counts once. The keys, and
 * the probe or insertion each takes, are first split by hash into partitions of about
 * {@value #PARTITION_KEYS} index keys, searched one after another: each partition's table stays in
 * the processor's cache, where one table for a 100,000-entry lake would miss it on nearly every
 * probe.
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

  /** Sets of up to this many shingles probe the index of shingle pairs; larger ones that of single shingles. */
  static final int PAIR_PROBE_LIMIT = 80;

  /** Sets of at least this many shingles are in the single index: every set one that probes it can match. */
  private static final int SINGLE_INDEX_FLOOR = (int) Math.floor(THRESHOLD * (PAIR_PROBE_LIMIT + 1)) - 1;

  /**
   * Index keys per partition: about what fits, with the keys' postings, in half of a 1 MiB cache,
   * so the search works in the processor's cache however large the lake.
   */
  static final int PARTITION_KEYS = 1 << 13;

  /** Slack for comparing doubles computed from small integers. */
  private static final double EPSILON = 1e-9;

  private final List<LakeEntry> entries;
  /** For each entry, the earlier entry its claim most nearly repeats, or -1. */
  private final int[] nearest;
  private final double[] similarity;
  /** For each entry, how many earlier entries its claim nearly repeats. */
  private final int[] repeats;
  /** How many pairs were measured exactly: the work the filters could not avoid. */
  private long comparisons;
  /** While searching, by a claim's place in the order of the search (smallest set first): its entry. */
  private int[] claims;
  /** While searching, by place: the claim's shingles, by rank, in increasing order. */
  private int[][] sets;
  /** While searching, by place: the size of the claim's set, read in order where the set itself would be a cache miss. */
  private int[] sizes;
  /** While searching, by place: the claim's {@linkplain #signature signature}. */
  private long[] signatures;

  private ClaimLint(List<LakeEntry> entries, int partitionKeys) {
    this.entries = entries;
    this.nearest = new int[entries.size()];
    this.similarity = new double[entries.size()];
    this.repeats = new int[entries.size()];
    Arrays.fill(nearest, -1);
    findNearDuplicates(partitionKeys);
    this.claims = null;
    this.sets = null;
    this.sizes = null;
    this.signatures = null;
  }

  /** Indexes the claims of {@code entries} and finds their near duplicates. */
  static ClaimLint of(List<LakeEntry> entries) {
    return of(entries, PARTITION_KEYS);
  }

  /** The same with about {@code partitionKeys} index keys per partition: few, in tests, to make many partitions. */
  static ClaimLint of(List<LakeEntry> entries, int partitionKeys) {
    return new ClaimLint(entries, partitionKeys);
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

  /** How many pairs of claims were measured exactly. */
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

  /** How many of a set's rarest shingles to probe in pairs: {@code n - ceil(t * n) + 2}, for {@code n >= 2}. */
  static int pairPrefixLength(int n) {
    return prefixLength(n) + 1;
  }

  /**
   * How many of a set's rarest shingles to index, for partners at least as large, meeting in
   * {@code shared} shingles: {@code n - ceil(2t / (1 + t) * n) + shared}.
   */
  static int indexPrefixLength(int n, int shared) {
    return n - (int) Math.ceil(2 * THRESHOLD / (1 + THRESHOLD) * n - EPSILON) + shared;
  }

  /** How many keys a set of {@code size} shingles is indexed under. */
  private static int indexKeys(int size) {
    int keys = 0;
    if (size == 1) {
      keys++;
    } else if (size >= 2 && size <= PAIR_PROBE_LIMIT) {
      int indexed = indexPrefixLength(size, 2);
      keys += indexed * (indexed - 1) / 2;
    }
    if (size >= SINGLE_INDEX_FLOOR) {
      keys += indexPrefixLength(size, 1);
    }
    return keys;
  }

  /** How many keys a set of {@code size} shingles probes. */
  private static int probeKeys(int size) {
    if (size == 1) {
      return 1;
    }
    if (size >= 2 && size <= PAIR_PROBE_LIMIT) {
      int prefix = pairPrefixLength(size);
      return prefix * (prefix - 1) / 2;
    }
    return size == 0 ? 0 : prefixLength(size);
  }

  private void findNearDuplicates(int partitionKeys) {
    int n = entries.size();
    ShingleIds ids = new ShingleIds();
    int[][] byEntry = new int[n][];
    for (int x = 0; x < n; x++) {
      byEntry[x] = ids.shingles(entries.get(x).claim(), x);
    }
    // Shingles in global order: rarest first, ties by first appearance, so prefixes hold the rarest.
    int[] rank = ids.ranks();
    long[] bySize = new long[n];
    for (int x = 0; x < n; x++) {
      int[] set = byEntry[x];
      for (int k = 0; k < set.length; k++) {
        set[k] = rank[set[k]];
      }
      Arrays.sort(set);
      bySize[x] = (long) set.length << 32 | x;
    }
    // Claims smallest first, so each meets only partners no larger, and a key's postings (newest
    // first) run from the largest down: a probe stops at the first too small to be similar.
    Arrays.sort(bySize);
    claims = new int[n];
    sets = new int[n][];
    sizes = new int[n];
    signatures = new long[n];
    long keys = 0;
    long probes = 0;
    for (int k = 0; k < n; k++) {
      claims[k] = (int) bySize[k];
      sets[k] = byEntry[claims[k]];
      sizes[k] = sets[k].length;
      signatures[k] = signature(sets[k]);
      keys += indexKeys(sets[k].length);
      probes += probeKeys(sets[k].length);
    }
    int bits = 0;
    while (bits < 16 && keys >>> bits > partitionKeys) {
      bits++;
    }
    Operations operations = new Operations(bits, keys + probes);
    for (int k = 0; k < n; k++) {
      plan(k, operations);
    }
    Postings postings = new Postings(operations.mostIndexKeys());
    for (int partition = 0; partition < operations.partitions(); partition++) {
      postings.clear();
      long[] records = operations.records(partition);
      int count = operations.count(partition);
      for (int r = 0; r < count; r++) {
        long key = records[2 * r];
        long meta = records[2 * r + 1];
        int k = (int) (meta >>> 32);
        int place = (int) meta & Operations.PLACE;
        if ((meta & Operations.PROBE) != 0) {
          probe(k, key, place, postings);
        } else {
          postings.add(key, k, place, sizes[k], signatures[k]);
        }
      }
    }
  }

  /**
   * Lists the keys claim {@code k} probes, then those it is indexed under: a set of one shingle
   * under that shingle twice; up to {@value #PAIR_PROBE_LIMIT} shingles, pairs of prefix shingles;
   * from {@link #SINGLE_INDEX_FLOOR}, single prefix shingles (tagged so no pair key equals one).
   */
  private void plan(int k, Operations operations) {
    int[] a = sets[k];
    int size = a.length;
    if (size == 0) {
      return;
    }
    if (size == 1) {
      operations.add(pairKey(a[0], a[0]), k, 0, true);
      operations.add(pairKey(a[0], a[0]), k, 0, false);
      return;
    }
    if (size <= PAIR_PROBE_LIMIT) {
      int prefix = pairPrefixLength(size);
      for (int j = 1; j < prefix; j++) {
        for (int i = 0; i < j; i++) {
          operations.add(pairKey(a[i], a[j]), k, j, true);
        }
      }
      int indexed = indexPrefixLength(size, 2);
      for (int j = 1; j < indexed; j++) {
        for (int i = 0; i < j; i++) {
          operations.add(pairKey(a[i], a[j]), k, j, false);
        }
      }
    } else {
      int prefix = prefixLength(size);
      for (int i = 0; i < prefix; i++) {
        operations.add(singleKey(a[i]), k, i, true);
      }
    }
    if (size >= SINGLE_INDEX_FLOOR) {
      int indexed = indexPrefixLength(size, 1);
      for (int i = 0; i < indexed; i++) {
        operations.add(singleKey(a[i]), k, i, false);
      }
    }
  }

  /** Claim {@code k} probes {@code key}, whose last shingle is at {@code place} in its set. */
  private void probe(int k, long key, int place, Postings postings) {
    int p = postings.first(key);
    if (p < 0) {
      return;
    }
    int smallest = (int) Math.ceil(THRESHOLD * sizes[k] - EPSILON);
    int first = (int) (key >>> 32);
    int second = (int) key;
    int shared = second == SINGLE || second == first ? 1 : 2;
    for (; p >= 0 && postings.size(p) >= smallest; p = postings.next(p)) {
      candidate(k, place, postings, p, shared, first, shared == 2 ? second : -1);
    }
  }

  /**
   * Measures claim {@code y}, met through posting {@code p}, against claim {@code k} if nothing
   * rules it out: too few shingles left after the last of the {@code shared} shared ones that met
   * them (at {@code place} in claim {@code k}'s set) to reach the overlap the threshold needs (positional
   * filtering, as in Xiao, Wang, Lin and Yu, "Efficient similarity joins for near duplicate
   * detection", 2008), or too many shingles of one that the other's {@linkplain #signature
   * signature} lacks.
   *
   * <p>Two claims can share several keys, and meet through each; only the meeting through their
   * first shared shingles ({@code first}, then {@code second} unless it is -1) counts, so each
   * pair is measured to count once, with no record of the pairs met. The positional filter holds
   * for that meeting; at any other it may rule out a pair, which that meeting then finds.
   */
  private void candidate(int k, int place, Postings postings, int p, int shared, int first, int second) {
    int sizeX = sizes[k];
    int sizeY = postings.size(p);
    int needed = (int) Math.ceil(THRESHOLD / (1 + THRESHOLD) * (sizeX + sizeY) - EPSILON);
    if (shared + Math.min(sizeX - place - 1, sizeY - postings.place(p) - 1) < needed) {
      return;
    }
    long signatureX = signatures[k];
    long signatureY = postings.signature(p);
    if (Math.min(sizeX - Long.bitCount(signatureX & ~signatureY), sizeY - Long.bitCount(signatureY & ~signatureX)) < needed) {
      return;
    }
    int y = postings.value(p);
    comparisons++;
    double j = jaccardFirstShared(sets[k], sets[y], first, second);
    if (j >= THRESHOLD - EPSILON) {
      int x = claims[k];
      int other = claims[y];
      record(Math.max(x, other), Math.min(x, other), j);
    }
  }

  /**
   * The Jaccard similarity of two sorted sets whose first shared shingles are {@code first} and,
   * unless it is -1, {@code second}; -1 if they are not.
   */
  static double jaccardFirstShared(int[] a, int[] b, int first, int second) {
    int i = 0;
    int j = 0;
    int shared = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        if ((shared == 0 && a[i] != first) || (shared == 1 && second >= 0 && a[i] != second)) {
          return -1;
        }
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

  /**
   * One bit for each shingle of {@code set}, by a hash of its rank: a shingle whose bit is set in
   * one signature and not in the other is in one set and not the other, and two shingles with
   * different bits are different, so the bits one signature lacks bound the shingles not shared.
   */
  static long signature(int[] set) {
    long signature = 0;
    for (int shingle : set) {
      signature |= 1L << ((shingle * 0x9E3779B9) >>> 26);
    }
    return signature;
  }

  /** The second half of a single shingle's key: no rank, so no pair key equals it. */
  private static final int SINGLE = -1;

  private static long pairKey(int first, int second) {
    return (long) first << 32 | (second & 0xffffffffL);
  }

  private static long singleKey(int shingle) {
    return pairKey(shingle, SINGLE);
  }

  /** Records entry {@code y} as a near duplicate, {@code j} similar, of the later entry {@code x}. */
  private void record(int x, int y, double j) {
    repeats[x]++;
    if (nearest[x] < 0 || j > similarity[x] + EPSILON || (Math.abs(j - similarity[x]) <= EPSILON && y < nearest[x])) {
      nearest[x] = y;
      similarity[x] = j;
    }
  }

  /** Numbers the shingles of claims as they are met, and counts how many claims have each. */
  private static final class ShingleIds {

    /** The number {@link #wordId} gives a function word, which is no shingle. */
    private static final int FUNCTION_WORD = -1;

    /**
     * Words met so far, by the {@link String#hashCode()} of their lowercase letters, so a word is
     * looked up from the characters of the claim without making a string of it.
     */
    private String[] wordTexts = new String[256];
    private int[] wordHashes = new int[256];
    private int[] wordIds = new int[256];
    private int wordCount;
    /** Word pairs, keyed by the two words' numbers. */
    private final LongIntTable pairs = new LongIntTable(1024);
    /** The lowercase letters and digits of the word at hand. */
    private char[] word = new char[32];
    /** For each shingle, the number of claims that have it. */
    private int[] frequency = new int[1024];
    /** For each shingle, one more than the index of the last claim that had it, so a claim counts it once. */
    private int[] lastClaim = new int[1024];
    private int count;
    /** The words of the claim at hand, and its distinct shingles. */
    private int[] sequence = new int[64];
    private int[] set = new int[128];

    /** The distinct shingles of {@code claim}, the claim at {@code index}: the same as {@link ClaimLint#shingles(String)}. */
    int[] shingles(String claim, int index) {
      int length = 0;
      int letters = 0;
      int hash = 0;
      for (int i = 0; i <= claim.length(); i++) {
        char c = i < claim.length() ? claim.charAt(i) : ' ';
        if (Character.isLetterOrDigit(c)) {
          char lower = Character.toLowerCase(c);
          if (letters == word.length) {
            word = Arrays.copyOf(word, letters * 2);
          }
          word[letters++] = lower;
          hash = 31 * hash + lower;
        } else if (letters > 0) {
          int id = wordId(letters, hash);
          letters = 0;
          hash = 0;
          if (id != FUNCTION_WORD) {
            if (length == sequence.length) {
              sequence = Arrays.copyOf(sequence, length * 2);
            }
            sequence[length++] = id;
          }
        }
      }
      int size = 0;
      for (int k = 0; k < length; k++) {
        size = add(sequence[k], index, size);
      }
      for (int k = 0; k + 1 < length; k++) {
        size = add(pairId(sequence[k], sequence[k + 1]), index, size);
      }
      return Arrays.copyOf(set, size);
    }

    /** For each shingle, its place in the order rarest first, ties by first appearance. */
    int[] ranks() {
      long[] order = new long[count];
      for (int id = 0; id < count; id++) {
        order[id] = (long) frequency[id] << 32 | id;
      }
      Arrays.sort(order);
      int[] rank = new int[count];
      for (int k = 0; k < count; k++) {
        rank[(int) order[k]] = k;
      }
      return rank;
    }

    private int add(int shingle, int index, int size) {
      if (lastClaim[shingle] == index + 1) {
        return size;
      }
      lastClaim[shingle] = index + 1;
      frequency[shingle]++;
      if (size == set.length) {
        set = Arrays.copyOf(set, size * 2);
      }
      set[size] = shingle;
      return size + 1;
    }

    ShingleIds() {
      for (String w : FUNCTION_WORDS) {
        addWord(w, w.hashCode(), FUNCTION_WORD);
      }
    }

    /** The number of the word in {@code word[0..letters)}, whose hash code is {@code hash}; numbered now if new. */
    private int wordId(int letters, int hash) {
      int mask = wordTexts.length - 1;
      for (int slot = wordSlot(hash, mask); wordTexts[slot] != null; slot = (slot + 1) & mask) {
        if (wordHashes[slot] == hash && isWord(wordTexts[slot], letters)) {
          return wordIds[slot];
        }
      }
      int id = newId();
      addWord(new String(word, 0, letters), hash, id);
      return id;
    }

    private boolean isWord(String text, int letters) {
      if (text.length() != letters) {
        return false;
      }
      for (int k = 0; k < letters; k++) {
        if (text.charAt(k) != word[k]) {
          return false;
        }
      }
      return true;
    }

    private void addWord(String text, int hash, int id) {
      if (++wordCount * 2 > wordTexts.length) {
        String[] texts = wordTexts;
        int[] hashes = wordHashes;
        int[] ids = wordIds;
        wordTexts = new String[texts.length * 2];
        wordHashes = new int[texts.length * 2];
        wordIds = new int[texts.length * 2];
        for (int k = 0; k < texts.length; k++) {
          if (texts[k] != null) {
            putWord(texts[k], hashes[k], ids[k]);
          }
        }
      }
      putWord(text, hash, id);
    }

    private void putWord(String text, int hash, int id) {
      int mask = wordTexts.length - 1;
      int slot = wordSlot(hash, mask);
      while (wordTexts[slot] != null) {
        slot = (slot + 1) & mask;
      }
      wordTexts[slot] = text;
      wordHashes[slot] = hash;
      wordIds[slot] = id;
    }

    private static int wordSlot(int hash, int mask) {
      int h = hash * 0x9E3779B9;
      return (h ^ (h >>> 15)) & mask;
    }

    private int pairId(int first, int second) {
      long key = pairKey(first, second);
      int id = pairs.get(key);
      if (id < 0) {
        id = newId();
        pairs.put(key, id);
      }
      return id;
    }

    private int newId() {
      if (count == frequency.length) {
        frequency = Arrays.copyOf(frequency, count * 2);
        lastClaim = Arrays.copyOf(lastClaim, count * 2);
      }
      return count++;
    }
  }

  /**
   * The index operations of the search, each a key and what to do with it, split by a hash of the
   * key into partitions whose tables fit in the processor's cache, each in the order of the search.
   */
  private static final class Operations {

    /** In an operation's second word: the bits of the place. */
    static final int PLACE = (1 << 30) - 1;
    /** In an operation's second word: a probe, not an insertion. */
    static final long PROBE = 1L << 31;

    private final int bits;
    /** Per partition: key, then claim place << 32 | probe flag | place, per operation. */
    private final long[][] records;
    private final int[] counts;
    private final int[] indexKeys;

    /** Room for about {@code operations} operations in {@code 1 << bits} partitions. */
    Operations(int bits, long operations) {
      this.bits = bits;
      int partitions = 1 << bits;
      this.records = new long[partitions][];
      this.counts = new int[partitions];
      this.indexKeys = new int[partitions];
      int expected = (int) Math.min(1 << 26, operations / partitions * 9 / 8 + 64);
      for (int p = 0; p < partitions; p++) {
        records[p] = new long[2 * expected];
      }
    }

    void add(long key, int k, int place, boolean probe) {
      int partition = bits == 0 ? 0 : (int) (LongIntTable.hash(key) >>> (64 - bits));
      int at = 2 * counts[partition];
      if (at == records[partition].length) {
        records[partition] = Arrays.copyOf(records[partition], at * 2);
      }
      records[partition][at] = key;
      records[partition][at + 1] = (long) k << 32 | (probe ? PROBE : 0) | place;
      counts[partition]++;
      if (!probe) {
        indexKeys[partition]++;
      }
    }

    int partitions() {
      return records.length;
    }

    long[] records(int partition) {
      return records[partition];
    }

    int count(int partition) {
      return counts[partition];
    }

    /** The most index keys of any partition. */
    int mostIndexKeys() {
      int most = 0;
      for (int keys : indexKeys) {
        most = Math.max(most, keys);
      }
      return most;
    }
  }

  /**
   * Lists of claims by key, each posting the claim's index, the place in its set of the key's last
   * shingle, its set's size and its signature; a key's postings are a chain, newest first, in one
   * array, a posting to half a cache line.
   *
   * <p>Most keys probed are in no list. A Bloom filter of a few bits per key, small enough to stay
   * in the processor's cache when the table of keys no longer does, answers most of those probes.
   */
  private static final class Postings {

    private static final int STRIDE = 8;

    private final LongIntTable heads;
    /** Two bits per key, both in one word: 64 bits for every 8 keys expected. */
    private final long[] filter;
    /** Per posting: claim index, next posting of the key (or -1), place, size, signature (low, high), two unused. */
    private int[] records;
    private int count;

    /** Postings for about {@code keys} keys and postings. */
    Postings(int keys) {
      heads = new LongIntTable(keys);
      filter = new long[Integer.highestOneBit(Math.max(16, keys / 8) - 1) << 1];
      records = new int[Math.max(16, keys) * STRIDE];
    }

    /** Empties the lists, keeping the room they took. */
    void clear() {
      heads.clear();
      Arrays.fill(filter, 0);
      count = 0;
    }

    /** The first posting of {@code key}, or -1. */
    int first(long key) {
      long hash = LongIntTable.hash(key);
      long bits = filterBits(hash);
      if ((filter[filterWord(hash)] & bits) != bits) {
        return -1;
      }
      return heads.get(key, hash);
    }

    /** The posting after {@code posting} under the same key, or -1. */
    int next(int posting) {
      return records[posting * STRIDE + 1];
    }

    /** The claim index of {@code posting}. */
    int value(int posting) {
      return records[posting * STRIDE];
    }

    /** The place of the key's last shingle in the claim's set. */
    int place(int posting) {
      return records[posting * STRIDE + 2];
    }

    /** The size of the claim's set. */
    int size(int posting) {
      return records[posting * STRIDE + 3];
    }

    /** The signature of the claim's set. */
    long signature(int posting) {
      return (long) records[posting * STRIDE + 5] << 32 | (records[posting * STRIDE + 4] & 0xffffffffL);
    }

    private int filterWord(long hash) {
      return (int) (hash >>> 40) & (filter.length - 1);
    }

    private static long filterBits(long hash) {
      return 1L << (hash >>> 28) | 1L << (hash >>> 34);
    }

    void add(long key, int value, int place, int size, long signature) {
      if ((count + 1) * STRIDE > records.length) {
        records = Arrays.copyOf(records, records.length * 2);
      }
      int at = count * STRIDE;
      long hash = LongIntTable.hash(key);
      filter[filterWord(hash)] |= filterBits(hash);
      records[at] = value;
      records[at + 1] = heads.put(key, hash, count);
      records[at + 2] = place;
      records[at + 3] = size;
      records[at + 4] = (int) signature;
      records[at + 5] = (int) (signature >>> 32);
      count++;
    }
  }
}
