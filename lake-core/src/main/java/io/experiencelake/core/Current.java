package io.experiencelake.core;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonTypeName;
import java.time.LocalDate;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/** The claim is in progress: outputs label it so, with its as-of date. */
@Value.Immutable
@JsonTypeName("CURRENT")
@JsonSerialize(as = ImmutableCurrent.class)
@JsonDeserialize(as = ImmutableCurrent.class)
public non-sealed interface Current extends Status {

  /** The date the progress was last true. */
  LocalDate asOf();

  /** How far it has got, e.g. {@code 7 of 11 services migrated}. */
  String progress();

  @JsonIgnore
  @Override
  default StatusKind kind() {
    return StatusKind.CURRENT;
  }

  /** In progress as of {@code date}. */
  static Current asOf(LocalDate date, String progress) {
    return ImmutableCurrent.builder().asOf(date).progress(progress).build();
  }

  @Value.Check
  default void check() {
    Texts.requireText(progress(), "/progress", "progress of a CURRENT status");
  }
}
