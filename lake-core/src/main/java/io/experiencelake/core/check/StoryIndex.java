package io.experiencelake.core.check;

import io.experiencelake.core.StoryId;
import java.util.HashMap;
import java.util.Map;

/**
 * Story ids to the index of their first definition in the story bank, looked up without making
 * or comparing objects: an id is a number and a suffix of none or two capital letters, so it packs
 * into one {@code long} (number times 677, plus 0 for no suffix or 1 to 676 for {@code AA} to
 * {@code ZZ}). The rare id whose number is too large to pack goes in a plain map.
 */
final class StoryIndex {

  /** Suffix codes: none, and the 26 * 26 pairs of capital letters. */
  private static final int SUFFIXES = 26 * 26 + 1;
  private static final long LARGEST_PACKED = (Long.MAX_VALUE - SUFFIXES) / SUFFIXES;

  private final LongIntTable packed;
  private final Map<StoryId, Integer> others = new HashMap<>();

  /** An index for about {@code expected} ids. */
  StoryIndex(int expected) {
    packed = new LongIntTable(expected);
  }

  /** The index of {@code id}, or -1 when it is not in the bank. */
  int get(StoryId id) {
    long key = key(id.number(), id.suffix());
    if (key < 0) {
      return others.getOrDefault(id, -1);
    }
    return packed.get(key);
  }

  /** The index of the story {@code number} with no suffix (the parent of its sub-entries), or -1. */
  int plain(long number) {
    long key = key(number, "");
    return key < 0 ? others.getOrDefault(StoryId.of(number), -1) : packed.get(key);
  }

  /** Gives {@code id} the index {@code index} unless it has one; returns the index it had, or -1. */
  int putIfAbsent(StoryId id, int index) {
    long key = key(id.number(), id.suffix());
    if (key < 0) {
      return others.putIfAbsent(id, index) == null ? -1 : others.get(id);
    }
    return packed.putIfAbsent(key, index);
  }

  /** The packed form of an id, or -1 when it does not pack. */
  private static long key(long number, String suffix) {
    if (number < 1 || number > LARGEST_PACKED) {
      return -1;
    }
    if (suffix.isEmpty()) {
      return number * SUFFIXES;
    }
    if (suffix.length() != 2 || !isCapital(suffix.charAt(0)) || !isCapital(suffix.charAt(1))) {
      return -1;
    }
    return number * SUFFIXES + 1 + (suffix.charAt(0) - 'A') * 26 + (suffix.charAt(1) - 'A');
  }

  private static boolean isCapital(char c) {
    return c >= 'A' && c <= 'Z';
  }
}
