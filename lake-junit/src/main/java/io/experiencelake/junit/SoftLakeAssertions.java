package io.experiencelake.junit;

import java.util.function.Consumer;
import org.assertj.core.api.AbstractSoftAssertions;
import org.assertj.core.api.SoftAssertionsProvider;

/**
 * Soft lake assertions: every failing assertion is collected and {@link #assertAll()} fails once,
 * listing them all.
 *
 * <pre>{@code
 * SoftLakeAssertions.assertSoftly(softly -> {
 *   for (LakeEntry entry : lake.entries()) {
 *     softly.assertThat(entry).isDefensibleAgainst(root);
 *   }
 * });
 * }</pre>
 *
 * <p>It also works with AssertJ's {@code SoftAssertionsExtension} and {@code @InjectSoftAssertions}.
 */
public class SoftLakeAssertions extends AbstractSoftAssertions implements LakeSoftAssertionsProvider {

  /** Makes an empty collector of failures; call {@link #assertAll()} at the end. */
  public SoftLakeAssertions() {}

  /** Runs {@code softly} with fresh soft assertions, then fails once with every failure collected. */
  public static void assertSoftly(Consumer<SoftLakeAssertions> softly) {
    SoftAssertionsProvider.assertSoftly(SoftLakeAssertions.class, softly);
  }
}
