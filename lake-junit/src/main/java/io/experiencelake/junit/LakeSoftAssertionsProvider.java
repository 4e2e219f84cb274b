package io.experiencelake.junit;

import io.experiencelake.core.Lake;
import io.experiencelake.core.LakeEntry;
import org.assertj.core.api.SoftAssertionsProvider;

/**
 * The lake assertions in soft form: each failure is collected instead of thrown, so one test reports
 * every failing claim; mixed into {@link SoftLakeAssertions}, or into a project's own soft assertions.
 */
public interface LakeSoftAssertionsProvider extends SoftAssertionsProvider {

  /** Soft assertions about a whole lake. */
  default LakeAssert assertThat(Lake actual) {
    return proxy(LakeAssert.class, Lake.class, actual);
  }

  /** Soft assertions about one entry. */
  default EntryAssert assertThat(LakeEntry actual) {
    return proxy(EntryAssert.class, LakeEntry.class, actual);
  }
}
