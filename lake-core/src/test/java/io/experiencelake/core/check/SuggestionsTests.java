package io.experiencelake.core.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SuggestionsTests {

  @Test
  void measuresEditsAndAdjacentSwaps() {
    assertThat(Suggestions.distance("cluster", "cluster")).isZero();
    assertThat(Suggestions.distance("cluster", "clusters")).isEqualTo(1);
    assertThat(Suggestions.distance("cluster", "clutser")).isEqualTo(1);
    assertThat(Suggestions.distance("cluster", "klaster")).isEqualTo(2);
    assertThat(Suggestions.distance("", "abc")).isEqualTo(3);
  }

  @Test
  void suggestsTheNearestIdWithinTwoEdits() {
    Suggestions names = new Suggestions(List.of("run-discipline", "reliability-rails", "streaming-realities"));
    assertThat(names.nearest("run-disciplin")).contains("run-discipline");
    assertThat(names.nearest("rnu-discipline")).contains("run-discipline");
    assertThat(names.nearest("streaming-realitees")).contains("streaming-realities");
    assertThat(names.nearest("run-disc")).isEmpty();
    assertThat(names.nearest("migration")).isEmpty();
  }

  @Test
  void breaksTiesTowardTheSmallerId() {
    Suggestions stories = new Suggestions(List.of("46AB", "46AA", "46AC"));
    assertThat(stories.nearest("46AZ")).contains("46AA");
  }

  @Test
  void agreesWithAFullScanOnManyIds() {
    List<String> ids = IntStream.range(0, 3000).mapToObj(i -> Integer.toString(i * 7, 36)).collect(Collectors.toList());
    Suggestions index = new Suggestions(ids);
    for (int i = 0; i < 300; i++) {
      String unknown = Integer.toString(i * 11 + 5, 36) + (i % 3 == 0 ? "x" : "");
      String best = null;
      int bestDistance = 3;
      for (String id : ids) {
        int d = Suggestions.distance(unknown, id);
        if (d < bestDistance || (d == bestDistance && d <= 2 && id.compareTo(best) < 0)) {
          best = id;
          bestDistance = d;
        }
      }
      assertThat(index.nearest(unknown)).as("nearest to %s", unknown).isEqualTo(java.util.Optional.ofNullable(best));
    }
  }
}
