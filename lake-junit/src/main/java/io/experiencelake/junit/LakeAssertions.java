package io.experiencelake.junit;

import io.experiencelake.core.Lake;
import io.experiencelake.core.LakeEntry;

/**
 * The entry point of the lake assertions, meant for {@code import static}.
 *
 * <pre>{@code
 * import static io.experiencelake.junit.LakeAssertions.assertThat;
 *
 * assertThat(lake).isDefensibleAgainst(Path.of("evidence"));
 * assertThat(entry).isAchieved().demonstrates("run-discipline");
 * }</pre>
 */
public final class LakeAssertions {

  private LakeAssertions() {}

  /** Assertions about a whole lake. */
  public static LakeAssert assertThat(Lake actual) {
    return new LakeAssert(actual);
  }

  /** Assertions about one entry. */
  public static EntryAssert assertThat(LakeEntry actual) {
    return new EntryAssert(actual);
  }
}
