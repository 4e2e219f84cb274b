package io.experiencelake.dsl;

import io.experiencelake.core.ImmutableStory;
import io.experiencelake.core.Story;
import io.experiencelake.core.StoryId;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** A story. */
final class StoryImpl implements StoryFinalStep {

  final String id;
  private final String title;
  private String challenge;
  /** The months, made when the story is built, so a bad one is reported with the story's other problems. */
  private Supplier<YearMonth> start = () -> null;
  private Supplier<YearMonth> end = () -> null;
  private final List<String> tags = new ArrayList<>();

  StoryImpl(String id, String title) {
    this.id = id;
    this.title = title;
  }

  @Override
  public StoryFinalStep challenge(String challenge) {
    this.challenge = challenge;
    return this;
  }

  @Override
  public StoryFinalStep during(int year, int month) {
    start = () -> Problems.month(year, month, "/start");
    return this;
  }

  @Override
  public StoryFinalStep until(int year, int month) {
    end = () -> Problems.month(year, month, "/end");
    return this;
  }

  @Override
  public StoryFinalStep tags(String... tags) {
    this.tags.addAll(List.of(tags));
    return this;
  }

  Story toValue() {
    Problems problems = new Problems();
    StoryId storyId = problems.attempt("/id", () -> StoryId.parse(id));
    Optional<YearMonth> started = Optional.ofNullable(problems.attempt("", start));
    Optional<YearMonth> ended = Optional.ofNullable(problems.attempt("", end));
    Story story = storyId == null ? null : problems.attempt("", () -> ImmutableStory.builder()
        .id(storyId)
        .title(title)
        .challenge(Optional.ofNullable(challenge))
        .start(started)
        .end(ended)
        .addAllTags(tags)
        .build());
    problems.throwIfAny();
    return story;
  }
}
