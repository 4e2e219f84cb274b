package io.experiencelake.dsl;

import io.experiencelake.core.ImmutableStory;
import io.experiencelake.core.Story;
import io.experiencelake.core.StoryId;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A story. */
final class StoryImpl extends Part<Story> implements StoryFinalStep {

  private final String title;
  private String challenge;
  private final MonthSpan months = new MonthSpan();
  private final List<String> tags = new ArrayList<>();

  StoryImpl(String id, String title) {
    super("story", id);
    this.title = title;
  }

  @Override
  public StoryFinalStep challenge(String challenge) {
    this.challenge = challenge;
    return this;
  }

  @Override
  public StoryFinalStep during(int year, int month) {
    months.start(year, month);
    return this;
  }

  @Override
  public StoryFinalStep until(int year, int month) {
    months.end(year, month);
    return this;
  }

  @Override
  public StoryFinalStep tags(String... tags) {
    this.tags.addAll(List.of(tags));
    return this;
  }

  @Override
  Story toValue() {
    Problems problems = new Problems();
    StoryId storyId = problems.attempt("/id", () -> StoryId.parse(id));
    Optional<YearMonth> started = months.start(problems);
    Optional<YearMonth> ended = months.end(problems);
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
