package io.experiencelake.tailor;

import io.experiencelake.core.LakeException;
import io.experiencelake.core.Rule;
import org.immutables.value.Value;

/**
 * How to tailor: how many entries to choose, and whether TARGET entries may be chosen.
 *
 * <pre>{@code
 * TailorOptions options = TailorOptions.top(5);
 * }</pre>
 */
@Value.Immutable
public interface TailorOptions {

  /** How many entries to choose at most; 5 by default. */
  @Value.Default
  default int top() {
    return 5;
  }

  /** Whether TARGET entries (plans) may be chosen; {@code false} by default, since a plan is not experience. */
  @Value.Default
  default boolean includeTargets() {
    return false;
  }

  /** Options choosing at most {@code n} entries, TARGET entries left out. */
  static TailorOptions top(int n) {
    return ImmutableTailorOptions.builder().top(n).build();
  }

  @Value.Check
  default void check() {
    if (top() < 1) {
      throw LakeException.of(Rule.BAD_ID, "/top", "tailoring options choose " + top() + " entries", "choose at least 1 entry, e.g. TailorOptions.top(5)");
    }
  }
}
