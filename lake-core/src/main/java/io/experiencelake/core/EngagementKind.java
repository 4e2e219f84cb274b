package io.experiencelake.core;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What kind of engagement work happened in; decides where it lands in a CV or JSON Resume. */
public enum EngagementKind {
  /** Employment: JSON Resume {@code work}. */
  JOB,
  /** A project, own or for a client: JSON Resume {@code projects}. */
  PROJECT,
  /** A course or degree: JSON Resume {@code education}. */
  STUDY,
  /** Unpaid work for an organisation: JSON Resume {@code volunteer}. */
  VOLUNTEER;

  /** The lowercase JSON name, e.g. {@code project}. */
  @JsonValue
  public String jsonName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Reads the lowercase JSON name. */
  @JsonCreator
  public static EngagementKind fromJson(String name) {
    return valueOf(name.toUpperCase(Locale.ROOT));
  }
}
