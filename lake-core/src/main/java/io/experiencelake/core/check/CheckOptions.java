package io.experiencelake.core.check;

import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * What a check needs from outside the lake: the pinned "today" (never read from the clock) and
 * whether to run lint.
 *
 * <pre>{@code
 * CheckOptions options = CheckOptions.today(LocalDate.of(2026, 11, 27));
 * }</pre>
 */
@Value.Immutable
public interface CheckOptions {

  /** The date checks treat as today: no achieved or as-of date may lie after it. */
  LocalDate today();

  /** Whether to report lint warnings (rule 7); on by default. */
  @Value.Default
  default boolean lint() {
    return true;
  }

  /** Options with {@code today} pinned and lint on. */
  static CheckOptions today(LocalDate today) {
    return ImmutableCheckOptions.builder().today(today).build();
  }
}
