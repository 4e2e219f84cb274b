package io.experiencelake.core.check;

/**
 * An open-addressing hash table from {@code long} keys to non-negative {@code int} values, each
 * key beside its value so a lookup reads one cache line: for the checker's large indexes, where a
 * {@link java.util.HashMap} would read a bucket, a node and a key object per lookup.
 */
final class LongIntTable {

  /** Per slot: the key, then the value, -1 where the slot is empty. */
  private long[] slots;
  private int size;

  /** A table for about {@code expected} keys. */
  LongIntTable(int expected) {
    allocate(Integer.highestOneBit(Math.max(16, expected * 2) - 1) << 1);
  }

  /** Removes every key, keeping the room they took. */
  void clear() {
    for (int s = 1; s < slots.length; s += 2) {
      slots[s] = -1;
    }
    size = 0;
  }

  /** A well-mixed hash of {@code key} (MurmurHash3's finalizer). */
  static long hash(long key) {
    long h = key;
    h = (h ^ (h >>> 33)) * 0xff51afd7ed558ccdL;
    h = (h ^ (h >>> 33)) * 0xc4ceb9fe1a85ec53L;
    return h ^ (h >>> 33);
  }

  /** The value of {@code key}, or -1. */
  int get(long key) {
    return get(key, hash(key));
  }

  /** The value of {@code key}, whose {@link #hash} is {@code hash}, or -1. */
  int get(long key, long hash) {
    return (int) slots[slot(key, hash) + 1];
  }

  /** Sets the value of {@code key} unless it has one; returns the value it had, or -1. */
  int putIfAbsent(long key, int value) {
    long hash = hash(key);
    int old = get(key, hash);
    if (old < 0) {
      put(key, hash, value);
    }
    return old;
  }

  /** Sets the value of {@code key}; returns the one it replaces, or -1. */
  int put(long key, int value) {
    return put(key, hash(key), value);
  }

  /** Sets the value of {@code key}, whose {@link #hash} is {@code hash}; returns the one it replaces, or -1. */
  int put(long key, long hash, int value) {
    int slot = slot(key, hash);
    int old = (int) slots[slot + 1];
    slots[slot] = key;
    slots[slot + 1] = value;
    if (old < 0 && ++size * 4 > slots.length) {
      long[] oldSlots = slots;
      allocate(slots.length);
      for (int s = 0; s < oldSlots.length; s += 2) {
        if (oldSlots[s + 1] >= 0) {
          int to = slot(oldSlots[s], hash(oldSlots[s]));
          slots[to] = oldSlots[s];
          slots[to + 1] = oldSlots[s + 1];
        }
      }
    }
    return old;
  }

  /** Makes room for {@code capacity} slots. */
  private void allocate(int capacity) {
    slots = new long[capacity * 2];
    for (int s = 1; s < slots.length; s += 2) {
      slots[s] = -1;
    }
  }

  /** The index in {@link #slots} of {@code key}'s slot, or of the empty slot where it would go. */
  private int slot(long key, long hash) {
    int mask = slots.length / 2 - 1;
    int slot = (int) hash & mask;
    while (slots[2 * slot + 1] >= 0 && slots[2 * slot] != key) {
      slot = (slot + 1) & mask;
    }
    return 2 * slot;
  }
}
