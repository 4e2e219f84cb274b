package io.experiencelake.core;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * How far a claim has got: {@link Achieved} (with the date), {@link Current} (as of a date, with
 * progress) or {@link Target} (with an optional date).
 *
 * <p>In JSON: {@code {"state": "ACHIEVED", "on": "2025-03-14"}}, {@code {"state": "CURRENT",
 * "asOf": "2025-06-01", "progress": "…"}} or {@code {"state": "TARGET", "by": "2026-01-31"}}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "state")
@JsonSubTypes({
  @JsonSubTypes.Type(value = Achieved.class, name = "ACHIEVED"),
  @JsonSubTypes.Type(value = Current.class, name = "CURRENT"),
  @JsonSubTypes.Type(value = Target.class, name = "TARGET")
})
public sealed interface Status permits Achieved, Current, Target {

  /** Which of the three states this is. */
  @JsonIgnore
  StatusKind kind();
}
