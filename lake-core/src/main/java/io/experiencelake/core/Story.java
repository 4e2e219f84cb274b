package io.experiencelake.core;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/** One numbered challenge story from the bank: something that broke and what it took. */
@Value.Immutable
@JsonSerialize(as = ImmutableStory.class)
@JsonDeserialize(as = ImmutableStory.class)
public interface Story {

  /** The story's id, e.g. {@code 110} or {@code 46AA}. */
  StoryId id();

  /** A short title. */
  String title();

  /** What happened: the challenge in a few sentences. */
  Optional<String> challenge();

  /** The month it started. */
  Optional<YearMonth> start();

  /** The month it ended. */
  Optional<YearMonth> end();

  /** Free tags. */
  List<String> tags();

  @Value.Check
  default void check() {
    Texts.requireText(title(), "/title", "story title");
  }
}
