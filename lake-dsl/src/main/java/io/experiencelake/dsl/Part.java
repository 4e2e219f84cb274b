package io.experiencelake.dsl;

import io.experiencelake.core.LakeException;

/**
 * A value of the lake written through its own chain (a role, an engagement, a story, a cluster or
 * an entry): known by its kind and id, and built when its chain is handed to the lake.
 */
abstract class Part<T> {

  private final String kind;
  final String id;

  Part(String kind, String id) {
    this.kind = kind;
    this.id = id;
  }

  /**
   * The value as written so far.
   *
   * @throws LakeException carrying its problems, located relative to the value
   */
  abstract T toValue();

  /** The value built now, or its problems, each message opening with its name, e.g. {@code entry 'phase-gates': }. */
  final Problems.Built<T> snapshot() {
    return Problems.Built.of(name(kind, id), this::toValue);
  }

  /** How problems name a value of the lake, e.g. {@code entry 'phase-gates'}. */
  static String name(String kind, Object id) {
    return kind + " '" + id + "'";
  }
}
