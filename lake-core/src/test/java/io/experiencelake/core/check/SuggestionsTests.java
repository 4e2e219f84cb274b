package io.experiencelake.core.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionsTests {

  @Test
  void suggestsTheNearestIdWithinTwoEdits() {
    Suggestions names = new Suggestions(() -> List.of("run-discipline", "reliability-rails", "streaming-realities"));
    assertThat(names.nearest("run-disciplin")).contains("run-discipline");
    assertThat(names.nearest("streaming-realitees")).contains("streaming-realities");
    assertThat(names.nearest("run-disc")).isEmpty();
    assertThat(names.nearest("migration")).isEmpty();
  }

  @Test
  void countsASwapOfAdjacentLettersAsTwoEdits() {
    Suggestions names = new Suggestions(() -> List.of("run-discipline"));
    assertThat(names.nearest("rnu-discipline")).contains("run-discipline");
    assertThat(names.nearest("rnu-disciplin")).as("a swap and a deletion are three edits").isEmpty();
  }

  @Test
  void breaksTiesTowardTheSmallerId() {
    Suggestions stories = new Suggestions(() -> List.of("46AB", "46AA", "46AC"));
    assertThat(stories.nearest("46AZ")).contains("46AA");
  }

  @Test
  void stopsSuggestingAfterItsBudgetOfComparisons() {
    List<String> ids = java.util.stream.IntStream.range(0, 100_000).mapToObj(i -> "id-" + i).toList();
    Suggestions many = new Suggestions(() -> ids);
    for (int i = 0; i < Suggestions.COMPARISONS / ids.size(); i++) {
      assertThat(many.nearest("id-" + i + "x")).as("lookup %s", i).contains("id-" + i);
    }
    assertThat(many.nearest("id-7x")).as("an answer already found").contains("id-7");
    assertThat(many.nearest("id-99x")).as("past the budget").isEmpty();
  }
}
