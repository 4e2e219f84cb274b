package io.experiencelake.core;

import java.time.YearMonth;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/** Where work happened (a job, project, study…), for a CV's chronology and JSON Resume. */
@Value.Immutable
@JsonSerialize(as = ImmutableEngagement.class)
@JsonDeserialize(as = ImmutableEngagement.class)
public interface Engagement {

  /** Slug id, e.g. {@code platform}. */
  String id();

  /** What kind of engagement this is. */
  EngagementKind kind();

  /** Organisation or project name. */
  String name();

  /** The person's role in it, e.g. {@code Lead engineer}. */
  String role();

  /** The month it started. */
  YearMonth start();

  /** The month it ended; absent while it goes on. */
  Optional<YearMonth> end();

  /** Where it happened. */
  Optional<String> location();

  /** One or two sentences about it. */
  Optional<String> summary();

  @Value.Check
  default void check() {
    Texts.requireSlug(id(), "/id", "engagement");
    Texts.requireText(name(), "/name", "engagement name");
    Texts.requireText(role(), "/role", "engagement role");
    if (end().isPresent() && end().get().isBefore(start())) {
      throw LakeException.of(Rule.BAD_FORMAT, "/end", "it ends (" + end().get() + ") before it starts (" + start() + ")",
          "swap the months or correct the end");
    }
  }
}
