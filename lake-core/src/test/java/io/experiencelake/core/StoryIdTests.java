package io.experiencelake.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StoryIdTests {

  @Nested
  class Parsing {

    @Test
    void readsAPlainStoryNumber() {
      StoryId id = StoryId.parse("110");
      assertThat(id.number()).isEqualTo(110);
      assertThat(id.suffix()).isEmpty();
      assertThat(id.isSubEntry()).isFalse();
      assertThat(id).hasToString("110");
    }

    @Test
    void readsASubEntry() {
      StoryId id = StoryId.parse("46AA");
      assertThat(id.number()).isEqualTo(46);
      assertThat(id.suffix()).isEqualTo("AA");
      assertThat(id.parent()).contains(StoryId.of(46));
      assertThat(StoryId.of(46).parent()).isEmpty();
    }

    @ParameterizedTest(name = "''{0}'' is rejected at character {1}")
    @CsvSource({
      "0, 1",
      "046, 1",
      "46A, 3",
      "46aa, 3",
      "46AAA, 3",
      "AA46, 1",
      "'', 1",
      "46-AA, 3"
    })
    void rejectsMalformedIdsWithTheirPosition(String text, int column) {
      assertThatThrownBy(() -> StoryId.parse(text))
          .isInstanceOf(LakeException.class)
          .satisfies(e -> {
            Diagnostic d = ((LakeException) e).diagnostics().get(0);
            assertThat(d.code()).isEqualTo(Rule.BAD_FORMAT.code());
            assertThat(d.message()).contains("'" + text + "'").contains("at character " + column + ":");
            assertThat(d.hint()).contains("46AA");
          });
    }
  }

  @Nested
  class Ranges {

    @Test
    void expandsASubEntryRangeWrittenWithAnEnDash() {
      List<StoryId> ids = StoryId.expand("46AA\u201346AQ");
      assertThat(ids).hasSize(17);
      assertThat(ids.get(0)).hasToString("46AA");
      assertThat(ids.get(16)).hasToString("46AQ");
      assertThat(ids).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void expandsTheSameRangeWrittenWithAHyphen() {
      assertThat(StoryId.expand("248AA-248AP")).hasSize(16).isEqualTo(StoryId.expand("248AA\u2013248AP"));
    }

    @Test
    void expandsAcrossTheFirstLetter() {
      assertThat(StoryId.expand("7AY-7BB")).extracting(StoryId::toString).containsExactly("7AY", "7AZ", "7BA", "7BB");
    }

    @Test
    void expandsPlainNumbers() {
      assertThat(StoryId.expand("120-123")).extracting(StoryId::toString).containsExactly("120", "121", "122", "123");
    }

    @Test
    void aSingleIdExpandsToItself() {
      assertThat(StoryId.expand("110")).containsExactly(StoryId.of(110));
    }

    @Test
    void rejectsABackwardsRange() {
      assertThatThrownBy(() -> StoryId.expand("46AR\u201346AA"))
          .isInstanceOf(LakeException.class)
          .hasMessageContaining("'46AR\u201346AA'")
          .hasMessageContaining("runs backwards");
    }

    @Test
    void rejectsARangeAcrossStories() {
      assertThatThrownBy(() -> StoryId.expand("46AA-47AB"))
          .isInstanceOf(LakeException.class)
          .hasMessageContaining("sub-entries of one story");
    }

    @Test
    void locatesAnErrorInTheSecondEnd() {
      assertThatThrownBy(() -> StoryId.expand("46AA-46aq"))
          .isInstanceOf(LakeException.class)
          .hasMessageContaining("at character 8:");
    }
  }

  @Test
  void ordersByNumberThenSuffix() {
    List<StoryId> ids = new ArrayList<>(List.of(
        StoryId.parse("110"), StoryId.parse("46AQ"), StoryId.parse("46"), StoryId.parse("9"), StoryId.parse("46AA")));
    Collections.sort(ids);
    assertThat(ids).extracting(StoryId::toString).containsExactly("9", "46", "46AA", "46AQ", "110");
  }
}
