package io.experiencelake.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.List;
import org.junit.jupiter.api.Test;

class StoryIdProperties {

  @Test
  void formattingThenParsingGivesTheSameId() {
    qt().withExamples(1000).forAll(LakeGenerators.storyIds())
        .checkAssert(id -> assertThat(StoryId.parse(id.toString())).isEqualTo(id));
  }

  @Test
  void orderingIsConsistentWithEquals() {
    qt().withExamples(1000).forAll(LakeGenerators.storyIds(), LakeGenerators.storyIds())
        .checkAssert((a, b) -> {
          assertThat(a.compareTo(b) == 0).isEqualTo(a.equals(b));
          assertThat(Integer.signum(a.compareTo(b))).isEqualTo(-Integer.signum(b.compareTo(a)));
        });
  }

  @Test
  void orderingIsByNumberThenSuffix() {
    qt().withExamples(1000).forAll(LakeGenerators.storyIds(), LakeGenerators.storyIds())
        .checkAssert((a, b) -> {
          int expected = a.number() != b.number() ? Long.compare(a.number(), b.number()) : a.suffix().compareTo(b.suffix());
          assertThat(Integer.signum(a.compareTo(b))).isEqualTo(Integer.signum(expected));
        });
  }

  @Test
  void aSubEntryRangeHoldsEveryIdBetweenItsEndsInOrder() {
    qt().withExamples(1000)
        .forAll(integers().between(1, 5000), integers().between(0, 675), integers().between(0, 675))
        .checkAssert((number, x, y) -> {
          StoryId lo = StoryId.of(number, suffix(Math.min(x, y)));
          StoryId hi = StoryId.of(number, suffix(Math.max(x, y)));
          List<StoryId> ids = StoryId.expand(lo + "\u2013" + hi);
          assertThat(ids).hasSize(Math.abs(x - y) + 1);
          assertThat(ids).first().isEqualTo(lo);
          assertThat(ids).last().isEqualTo(hi);
          assertThat(ids).isSorted().doesNotHaveDuplicates().allMatch(id -> id.parent().equals(lo.parent()));
        });
  }

  private static String suffix(int index) {
    return "" + (char) ('A' + index / 26) + (char) ('A' + index % 26);
  }
}
