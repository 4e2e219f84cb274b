package io.experiencelake.dsl;

import io.experiencelake.core.ImmutableStory;
import io.experiencelake.core.Story;
import io.experiencelake.core.StoryId;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A story. */
final class StoryImpl implements StoryFinalStep {

  final String id;
  private final String title;
  private String challenge;
  private boolean started;
  private int startYear;
  private int startMonth;
  private boolean ended;
  private int endYear;
  private int endMonth;
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
    this.started = true;
    this.startYear = year;
    this.startMonth = month;
    return this;
  }

  @Override
  public StoryFinalStep until(int year, int month) {
    this.ended = true;
    this.endYear = year;
    this.endMonth = month;
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
    Optional<YearMonth> start = started ? Optional.ofNullable(problems.attempt("", () -> Problems.month(startYear, startMonth, "/start"))) : Optional.empty();
    Optional<YearMonth> end = ended ? Optional.ofNullable(problems.attempt("", () -> Problems.month(endYear, endMonth, "/end"))) : Optional.empty();
    Story story = storyId == null ? null : problems.attempt("", () -> ImmutableStory.builder()
        .id(storyId)
        .title(title)
        .challenge(Optional.ofNullable(challenge))
        .start(start)
        .end(end)
        .addAllTags(tags)
        .build());
    problems.throwIfAny();
    return story;
  }
}
