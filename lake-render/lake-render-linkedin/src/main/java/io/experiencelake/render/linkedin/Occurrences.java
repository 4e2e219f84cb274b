package io.experiencelake.render.linkedin;

import java.util.Arrays;
import java.util.List;

/**
 * Which of many strings occur in some of many texts, answered exactly as {@link String#contains}
 * would be, but in time linear in the total length of the strings and the texts: an Aho–Corasick
 * automaton over the UTF-16 chars of the strings sought, run once over each text.
 *
 * <p>Asking {@code texts.stream().anyMatch(t -> t.contains(s))} for every string {@code s}
 * costs the product of the two lengths; LinkedIn has one section per engagement and one entry
 * per claim, so that product grows with the square of the lake.
 *
 * <pre>{@code
 * Occurrences.in(List.of("ab", "zz", ""), List.of("xaby"));   // [true, false, true]
 * }</pre>
 */
final class Occurrences {

  private static final int ROOT = 0;
  private static final int NONE = -1;

  private Occurrences() {}

  /**
   * For each of {@code needles}, whether one of {@code texts} contains it: element {@code i} of
   * the result is {@code texts.stream().anyMatch(t -> t.contains(needles.get(i)))}.
   */
  static boolean[] in(List<String> needles, List<String> texts) {
    int capacity = 1;
    for (String needle : needles) {
      capacity += needle.length();
    }
    // The trie of the needles: node 0 is the root; children are a linked list (first child, next
    // sibling), except the root's, which are indexed by char since every text step may visit it.
    char[] label = new char[capacity];
    int[] firstChild = new int[capacity];
    int[] nextSibling = new int[capacity];
    int[] rootChild = new int[Character.MAX_VALUE + 1];
    boolean[] end = new boolean[capacity];
    Arrays.fill(firstChild, NONE);
    Arrays.fill(rootChild, NONE);
    int nodes = 1;
    int[] endNode = new int[needles.size()];
    for (int n = 0; n < needles.size(); n++) {
      String needle = needles.get(n);
      int node = ROOT;
      for (int i = 0; i < needle.length(); i++) {
        char c = needle.charAt(i);
        int child = child(node, c, label, firstChild, nextSibling, rootChild);
        if (child == NONE) {
          child = nodes++;
          label[child] = c;
          if (node == ROOT) {
            rootChild[c] = child;
          } else {
            nextSibling[child] = firstChild[node];
            firstChild[node] = child;
          }
        }
        node = child;
      }
      endNode[n] = node;
      end[node] = node != ROOT;
    }

    // Failure links (the longest proper suffix that is a trie node) and output links (the nearest
    // node on the failure chain where a needle ends), breadth first.
    int[] fail = new int[nodes];
    int[] output = new int[nodes];
    output[ROOT] = NONE;
    int[] queue = new int[nodes];
    int tail = 0;
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      if (rootChild[c] != NONE) {
        fail[rootChild[c]] = ROOT;
        output[rootChild[c]] = NONE;
        queue[tail++] = rootChild[c];
      }
    }
    for (int head = 0; head < tail; head++) {
      int parent = queue[head];
      for (int node = firstChild[parent]; node != NONE; node = nextSibling[node]) {
        int target = step(fail[parent], label[node], fail, label, firstChild, nextSibling, rootChild);
        fail[node] = target;
        output[node] = end[target] ? target : output[target];
        queue[tail++] = node;
      }
    }

    // Run every text through the automaton, marking each needle end reached. A marked node's
    // output chain is already marked, so a walk stops at the first marked node.
    boolean[] found = new boolean[nodes];
    for (String text : texts) {
      int state = ROOT;
      for (int i = 0; i < text.length(); i++) {
        state = step(state, text.charAt(i), fail, label, firstChild, nextSibling, rootChild);
        for (int hit = end[state] ? state : output[state]; hit != NONE && !found[hit]; hit = output[hit]) {
          found[hit] = true;
        }
      }
    }
    boolean[] result = new boolean[needles.size()];
    for (int n = 0; n < needles.size(); n++) {
      result[n] = endNode[n] == ROOT ? !texts.isEmpty() : found[endNode[n]];
    }
    return result;
  }

  /** The automaton's next state from {@code state} on {@code c}: the child, else the failure chain's first with one, else the root. */
  private static int step(int state, char c, int[] fail, char[] label, int[] firstChild, int[] nextSibling, int[] rootChild) {
    int node = state;
    while (true) {
      int child = child(node, c, label, firstChild, nextSibling, rootChild);
      if (child != NONE) {
        return child;
      }
      if (node == ROOT) {
        return ROOT;
      }
      node = fail[node];
    }
  }

  private static int child(int node, char c, char[] label, int[] firstChild, int[] nextSibling, int[] rootChild) {
    if (node == ROOT) {
      return rootChild[c];
    }
    for (int child = firstChild[node]; child != NONE; child = nextSibling[child]) {
      if (label[child] == c) {
        return child;
      }
    }
    return NONE;
  }
}
