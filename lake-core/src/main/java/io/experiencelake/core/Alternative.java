package io.experiencelake.core;

import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/** An option that was considered and not taken, with why not. */
@Value.Immutable
@JsonSerialize(as = ImmutableAlternative.class)
@JsonDeserialize(as = ImmutableAlternative.class)
public interface Alternative {

  /** The option, e.g. {@code Longer timers}. */
  String option();

  /** Why it was not chosen, e.g. {@code Hides the crash, adds latency}. */
  String whyNot();

  @Value.Check
  default void check() {
    Texts.requireText(option(), "/option", "alternative");
    Texts.requireText(whyNot(), "/whyNot", "alternative's why-not");
  }
}
