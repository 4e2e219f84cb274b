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
 * <p>The trie is built from the strings in sorted order (each shares its prefix with the one
 * before, so no node is looked up while building), then numbered breadth first so that the
 * children of a node are consecutive nodes, sorted by char: a step of the automaton reads a few
 * neighbouring array cells instead of chasing a list through memory.
 *
 * <pre>{@code
 * Occurrences.in(List.of("ab", "zz", ""), List.of("xaby"));   // [true, false, true]
 * }</pre>
 */
final class Occurrences {

  private static final int ROOT = 0;
  private static final int NONE = -1;

  /** Each node's char (the root's is unused). */
  private final char[] label;
  /** The first of each node's children, which are the nodes {@code first[n]} to {@code first[n + 1] - 1}. */
  private final int[] first;
  /** The longest proper suffix of each node's string that is a node. */
  private final int[] fail;
  /** The nearest node on each node's failure chain (itself excluded) where a string ends, or {@link #NONE}. */
  private final int[] output;
  /** Whether one of the strings ends at each node. */
  private final boolean[] end;

  private Occurrences(char[] label, int[] first, boolean[] end) {
    this.label = label;
    this.first = first;
    this.end = end;
    int nodes = end.length;
    this.fail = new int[nodes];
    this.output = new int[nodes];
    output[ROOT] = NONE;
    // Breadth first is the numbering order, so every node's failure target is set before it is needed.
    for (int parent = 0; parent < nodes; parent++) {
      for (int node = first[parent]; node < first[parent + 1]; node++) {
        int target = parent == ROOT ? ROOT : step(fail[parent], label[node]);
        fail[node] = target;
        output[node] = end[target] ? target : output[target];
      }
    }
  }

  /**
   * For each of {@code needles}, whether one of {@code texts} contains it: element {@code i} of
   * the result is {@code texts.stream().anyMatch(t -> t.contains(needles.get(i)))}.
   */
  static boolean[] in(List<String> needles, List<String> texts) {
    String[] sorted = needles.toArray(new String[0]);
    Arrays.sort(sorted);

    // The trie in depth-first order: each needle hangs below the path of the one before, from
    // their common prefix on; children are appended, so each node's children come sorted.
    int capacity = 1;
    for (String needle : needles) {
      capacity += needle.length();
    }
    char[] label = new char[capacity];
    int[] firstChild = new int[capacity];
    int[] nextSibling = new int[capacity];
    int[] lastChild = new int[capacity];
    Arrays.fill(firstChild, NONE);
    Arrays.fill(nextSibling, NONE);
    int nodes = 1;
    Map<String, Integer> endOf = new HashMap<>();
    List<Integer> path = new ArrayList<>(List.of(ROOT));
    String previous = "";
    for (String needle : sorted) {
      int common = 0;
      while (common < needle.length() && common < previous.length() && needle.charAt(common) == previous.charAt(common)) {
        common++;
      }
      int node = path.get(common);
      path.subList(common + 1, path.size()).clear();
      for (int i = common; i < needle.length(); i++) {
        int child = nodes++;
        label[child] = needle.charAt(i);
        if (firstChild[node] == NONE) {
          firstChild[node] = child;
        } else {
          nextSibling[lastChild[node]] = child;
        }
        lastChild[node] = child;
        path.add(child);
        node = child;
      }
      endOf.put(needle, node);
      previous = needle;
    }

    // Breadth-first numbering: a node's children get consecutive numbers, in char order.
    int[] renumbered = new int[nodes];
    int[] queue = new int[nodes];
    char[] bfsLabel = new char[nodes];
    int[] bfsFirst = new int[nodes + 1];
    int tail = 1;
    queue[0] = ROOT;
    for (int head = 0; head < nodes; head++) {
      int old = queue[head];
      bfsFirst[head] = tail;
      for (int child = firstChild[old]; child != NONE; child = nextSibling[child]) {
        renumbered[child] = tail;
        bfsLabel[tail] = label[child];
        queue[tail++] = child;
      }
    }
    bfsFirst[nodes] = tail;
    boolean[] end = new boolean[nodes];
    int[] endNode = new int[needles.size()];
    for (int n = 0; n < needles.size(); n++) {
      endNode[n] = renumbered[endOf.get(needles.get(n))];
      end[endNode[n]] = endNode[n] != ROOT;
    }

    Occurrences automaton = new Occurrences(bfsLabel, bfsFirst, end);
    boolean[] found = automaton.scan(texts);
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

  /** The child of {@code node} labelled {@code c}, by binary search of its consecutive, sorted children. */
  private int child(int node, char c) {
    int low = first[node];
    int high = first[node + 1] - 1;
    while (low <= high) {
      int middle = (low + high) >>> 1;
      char at = label[middle];
      if (at < c) {
        low = middle + 1;
      } else if (at > c) {
        high = middle - 1;
      } else {
        return middle;
      }
    }
    return NONE;
  }
}
