package io.experiencelake.core;

import java.util.List;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/** The decision or tradeoff of an entry: what was chosen, over what, and what it cost. */
@Value.Immutable
@JsonSerialize(as = ImmutableDecision.class)
@JsonDeserialize(as = ImmutableDecision.class)
public interface Decision {

  /** What was chosen. */
  String choice();

  /** What else was considered, each with why not. */
  List<Alternative> alternatives();

  /** What the choice costs or implies. */
  String consequence();

  @Value.Check
  default void check() {
    Texts.requireText(choice(), "/choice", "decision");
    Texts.requireText(consequence(), "/consequence", "decision's consequence");
  }
}
