package io.experiencelake.core;

import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/** A named skill area that entries demonstrate and roles require, e.g. {@code run-discipline}. */
@Value.Immutable
@JsonSerialize(as = ImmutableCapability.class)
@JsonDeserialize(as = ImmutableCapability.class)
public interface Capability {

  /** Slug id, e.g. {@code run-discipline}. */
  String id();

  /** Human title, e.g. {@code Run discipline + evidence gating}. */
  String title();

  /** What the capability covers. */
  Optional<String> description();

  @Value.Check
  default void check() {
    Texts.requireSlug(id(), "/id", "capability");
    Texts.requireText(title(), "/title", "capability title");
  }
}
