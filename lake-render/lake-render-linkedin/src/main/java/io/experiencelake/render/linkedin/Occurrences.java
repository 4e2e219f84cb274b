package io.experiencelake.render.linkedin;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which of many strings occur in some of many texts, answered exactly as {@link String#contains}
 * would be, but in time linear in the total length of the strings and the texts: an Aho–Corasick
 * automaton over the UTF-16 chars of the strings sought, run once over each text.
 *
 * <p>Asking {@code texts.stream().anyMatch(t -> t.contains(s))} for every string {@code s}
 * costs the product of the two lengths; LinkedIn has one section per engagement and one entry
 * per claim, so that product grows with the square of the lake.
 *
 * <p>Most strings sought occur nowhere (the claims left out of every section), so a filter goes
 * first: the hash of every run of {@value #WINDOW} chars of the texts is marked in a bit set, and
 * a string that long or longer whose first, middle or last run is unmarked cannot occur in any
 * text. Only the strings that pass (those that occur, and a few whose runs collide) and the
 * shorter ones are put in the automaton, which gives the exact answer; the filter never decides
 * that a string occurs.
 *
 * <p>The trie is built from the strings in sorted order: each shares its prefix with the one
 * before, so no node is looked up while building, nodes along a string get consecutive numbers
 * (a text running along a string reads neighbouring cells), and each node's children come in
 * char order; they are then laid out side by side, so that a step of the automaton is a binary
 * search of a few adjacent cells instead of a walk through a list spread over memory.
 *
 * <pre>{@code
 * Occurrences.in(List.of("ab", "zz", ""), List.of("xaby"));   // [true, false, true]
 * }</pre>
 */
final class Occurrences {

  /** The length of the runs of chars the filter hashes: shorter than almost any claim. */
  static final int WINDOW = 24;

  private static final int ROOT = 0;
  private static final int NONE = -1;

  /** The children of node {@code n} are {@code childNode[childStart[n]]} to {@code childNode[childStart[n + 1] - 1]}. */
  private final int[] childStart;
  /** Each child slot's node, the slots of one parent sorted by char. */
  private final int[] childNode;
  /** Each child slot's char. */
  private final char[] childLabel;
  /** The longest proper suffix of each node's string that is a node. */
  private final int[] fail;
  /** The nearest node on each node's failure chain (itself excluded) where a string ends, or {@link #NONE}. */
  private final int[] output;
  /** Whether one of the strings ends at each node. */
  private final boolean[] end;

  /** The automaton of the trie of {@code nodes} nodes given by each node's char and parent, children made in char order. */
  private Occurrences(int nodes, char[] label, int[] parent, boolean[] end) {
    this.end = end;
    childStart = new int[nodes + 1];
    for (int node = 1; node < nodes; node++) {
      childStart[parent[node] + 1]++;
    }
    for (int node = 0; node < nodes; node++) {
      childStart[node + 1] += childStart[node];
    }
    childNode = new int[Math.max(0, nodes - 1)];
    childLabel = new char[childNode.length];
    int[] filled = new int[nodes];
    for (int node = 1; node < nodes; node++) {
      int slot = childStart[parent[node]] + filled[parent[node]]++;
      childNode[slot] = node;
      childLabel[slot] = label[node];
    }
    fail = new int[nodes];
    output = new int[nodes];
    output[ROOT] = NONE;
    // Breadth first, so every node's failure target (a shorter string) is set before it is needed.
    int[] queue = new int[nodes];
    int tail = 1;
    for (int head = 0; head < tail; head++) {
      int node = queue[head];
      for (int slot = childStart[node]; slot < childStart[node + 1]; slot++) {
        int child = childNode[slot];
        int target = node == ROOT ? ROOT : step(fail[node], childLabel[slot]);
        fail[child] = target;
        output[child] = end[target] ? target : output[target];
        queue[tail++] = child;
      }
    }
  }

  /**
   * For each of {@code needles}, whether one of {@code texts} contains it: element {@code i} of
   * the result is {@code texts.stream().anyMatch(t -> t.contains(needles.get(i)))}.
   */
  static boolean[] in(List<String> needles, List<String> texts) {
    return in(needles, texts, WINDOW);
  }

  /** As {@link #in(List, List)}, filtering by runs of {@code window} chars (a test may choose a short one). */
  static boolean[] in(List<String> needles, List<String> texts, int window) {
    Runs runs = new Runs(texts, window);
    List<String> candidates = new ArrayList<>();
    int[] candidate = new int[needles.size()];
    for (int n = 0; n < needles.size(); n++) {
      String needle = needles.get(n);
      if (needle.length() < window || runs.mayContain(needle)) {
        candidate[n] = candidates.size();
        candidates.add(needle);
      } else {
        candidate[n] = NONE;
      }
    }
    boolean[] found = exactly(candidates, texts);
    boolean[] result = new boolean[needles.size()];
    for (int n = 0; n < needles.size(); n++) {
      result[n] = candidate[n] != NONE && found[candidate[n]];
    }
    return result;
  }

  /** The automaton's answer for every needle. */
  private static boolean[] exactly(List<String> needles, List<String> texts) {
    String[] sorted = needles.toArray(new String[0]);
    Arrays.sort(sorted);
    int capacity = 1;
    int longest = 0;
    for (String needle : needles) {
      capacity += needle.length();
      longest = Math.max(longest, needle.length());
    }
    // Each needle hangs below the path of the one before, from their common prefix on.
    char[] label = new char[capacity];
    int[] parent = new int[capacity];
    int[] path = new int[longest + 1];
    int nodes = 1;
    Map<String, Integer> endOf = new HashMap<>();
    String previous = "";
    for (String needle : sorted) {
      int common = 0;
      while (common < needle.length() && common < previous.length() && needle.charAt(common) == previous.charAt(common)) {
        common++;
      }
      for (int i = common; i < needle.length(); i++) {
        label[nodes] = needle.charAt(i);
        parent[nodes] = path[i];
        path[i + 1] = nodes++;
      }
      endOf.put(needle, path[needle.length()]);
      previous = needle;
    }
    boolean[] end = new boolean[nodes];
    int[] endNode = new int[needles.size()];
    for (int n = 0; n < needles.size(); n++) {
      endNode[n] = endOf.get(needles.get(n));
      end[endNode[n]] = endNode[n] != ROOT;
    }

    boolean[] found = new Occurrences(nodes, label, parent, end).scan(texts);
    boolean[] result = new boolean[needles.size()];
    for (int n = 0; n < needles.size(); n++) {
      result[n] = endNode[n] == ROOT ? !texts.isEmpty() : found[endNode[n]];
    }
    return result;
  }

  /**
   * Runs every text through the automaton and returns, for each node, whether a text reached a
   * string ending there. A marked node's output chain is already marked, so a walk stops at the
   * first marked node.
   */
  private boolean[] scan(List<String> texts) {
    boolean[] found = new boolean[end.length];
    for (String text : texts) {
      int state = ROOT;
      for (int i = 0; i < text.length(); i++) {
        state = step(state, text.charAt(i));
        for (int hit = end[state] ? state : output[state]; hit != NONE && !found[hit]; hit = output[hit]) {
          found[hit] = true;
        }
      }
    }
    return found;
  }

  /** The next state from {@code state} on {@code c}: its child, else the failure chain's first with one, else the root. */
  private int step(int state, char c) {
    int node = state;
    while (true) {
      int child = child(node, c);
      if (child != NONE) {
        return child;
      }
      if (node == ROOT) {
        return ROOT;
      }
      node = fail[node];
    }
  }

  /** The child of {@code node} labelled {@code c}, by binary search of its adjacent, sorted child slots. */
  private int child(int node, char c) {
    int low = childStart[node];
    int high = childStart[node + 1] - 1;
    while (low <= high) {
      int middle = (low + high) >>> 1;
      char at = childLabel[middle];
      if (at < c) {
        low = middle + 1;
      } else if (at > c) {
        high = middle - 1;
      } else {
        return childNode[middle];
      }
    }
    return NONE;
  }

  /**
   * The hashes of every run of {@code window} chars of some texts, as bits of a set sized to the
   * number of runs: a set bit may be a collision, a clear bit proves no run had that hash.
   */
  private static final class Runs {

    /** The base of the polynomial hash; arithmetic wraps modulo 2^64. */
    private static final long BASE = 0x9E3779B97F4A7C15L;

    private final int window;
    /** {@code BASE} to the power {@code window}, to take a char out of a rolling hash. */
    private final long outgoing;
    private final long[] bits;
    private final int shift;

    Runs(List<String> texts, int window) {
      this.window = window;
      long power = 1;
      for (int i = 0; i < window; i++) {
        power *= BASE;
      }
      this.outgoing = power;
      long runs = 0;
      for (String text : texts) {
        runs += Math.max(0, text.length() - window + 1);
      }
      // About eight bits per run, so that a run not in the texts finds its bit clear seven times in eight.
      int log = 6;
      while (log < 31 && (1L << log) < runs * 8) {
        log++;
      }
      this.bits = new long[(int) ((1L << log) >>> 6)];
      this.shift = 64 - log;
      for (String text : texts) {
        long hash = 0;
        for (int i = 0; i < text.length(); i++) {
          hash = hash * BASE + text.charAt(i);
          if (i >= window) {
            hash -= outgoing * text.charAt(i - window);
          }
          if (i >= window - 1) {
            int bit = slot(hash);
            bits[bit >>> 6] |= 1L << bit;
          }
        }
      }
    }

    /** False when some run of {@code needle} (which has at least {@code window} chars) is surely in no text. */
    boolean mayContain(String needle) {
      return marked(needle, 0) && marked(needle, needle.length() - window) && marked(needle, (needle.length() - window) / 2);
    }

    private boolean marked(String needle, int from) {
      long hash = 0;
      for (int i = from; i < from + window; i++) {
        hash = hash * BASE + needle.charAt(i);
      }
      int bit = slot(hash);
      return (bits[bit >>> 6] & (1L << bit)) != 0;
    }

    /** The bit of a hash: its top bits after one more multiplication, so that every char counts. */
    private int slot(long hash) {
      return (int) ((hash * BASE) >>> shift);
    }
  }
}
