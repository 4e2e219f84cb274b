package io.experiencelake.core;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/** The claim is done: it reads as done in every output. Needs verifiable evidence. */
@Value.Immutable
@JsonTypeName("ACHIEVED")
@JsonSerialize(as = ImmutableAchieved.class)
@JsonDeserialize(as = ImmutableAchieved.class)
public non-sealed interface Achieved extends Status {

  /** The date it was achieved. */
  LocalDate on();

  @JsonIgnore
  @Override
  default StatusKind kind() {
    return StatusKind.ACHIEVED;
  }

  /** Achieved on {@code date}. */
  static Achieved on(LocalDate date) {
    return ImmutableAchieved.builder().on(date).build();
  }
}
