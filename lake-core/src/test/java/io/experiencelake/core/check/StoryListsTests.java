package io.experiencelake.core.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.experiencelake.core.StoryId;
import java.util.Arrays;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class StoryListsTests {

  private static String format(String... ids) {
    return StoryLists.format(Arrays.stream(ids).map(StoryId::parse).collect(Collectors.toCollection(TreeSet::new)));
  }

  @Test
  void foldsRunsOfThreeOrMoreIntoRanges() {
    assertThat(format("46AC", "46AA", "46AB", "110", "112", "113", "120", "121", "122", "123"))
        .isEqualTo("46AA\u201346AC, 110, 112, 113, 120\u2013123");
  }

  @Test
  void runsAcrossTheSecondSuffixLetterButNotAcrossStories() {
    assertThat(format("46AY", "46AZ", "46BA", "47AA")).isEqualTo("46AY\u201346BA, 47AA");
    assertThat(format("46", "46AA", "46AB")).isEqualTo("46, 46AA, 46AB");
  }

  @Test
  void expandsBackToTheSameIds() {
    String written = format("248AA", "248AB", "248AC", "248AD", "249");
    assertThat(StoryId.expand(written.split(", ")[0])).extracting(StoryId::toString)
        .containsExactly("248AA", "248AB", "248AC", "248AD");
  }
}
