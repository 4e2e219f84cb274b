package io.experiencelake.core;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/** The claim is a plan: never shown as done, and left out of most outputs unless asked for. */
@Value.Immutable
@JsonTypeName("TARGET")
@JsonSerialize(as = ImmutableTarget.class)
@JsonDeserialize(as = ImmutableTarget.class)
public non-sealed interface Target extends Status {

  /** The date it is planned for. */
  Optional<LocalDate> by();

  @JsonIgnore
  @Override
  default StatusKind kind() {
    return StatusKind.TARGET;
  }

  /** A target with no date. */
  static Target undated() {
    return ImmutableTarget.builder().build();
  }

  /** A target planned for {@code date}. */
  static Target by(LocalDate date) {
    return ImmutableTarget.builder().by(date).build();
  }
}
