package io.experiencelake.core;

import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/** How much a role profile needs one capability: a weight above 0 and at most 1. */
@Value.Immutable
@JsonSerialize(as = ImmutableCapabilityWeight.class)
@JsonDeserialize(as = ImmutableCapabilityWeight.class)
public interface CapabilityWeight {

  /** The id of the required capability. */
  String capability();

  /** The weight, in (0, 1]. */
  double weight();

  @Value.Check
  default void check() {
    Texts.requireSlug(capability(), "/capability", "capability");
    if (!(weight() > 0 && weight() <= 1)) {
      throw LakeException.of(Rule.BAD_ID, "/weight", "weight " + weight() + " of capability '" + capability() + "' is outside (0, 1]",
          "use a weight above 0 and at most 1, e.g. 1.0 for essential, 0.5 for nice to have");
    }
  }
}
