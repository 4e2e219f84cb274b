package io.experiencelake.render.linkedin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class OccurrencesProperties {

  /** Few letters, so that needles often occur, overlap and share prefixes; one is a surrogate pair. */
  private static final String[] LETTERS = {"a", "b", "c", "ab", " ", "\u00e9", "\ud83d\ude80"};

  private static Gen<String> strings(int maxLetters) {
    return lists().of(integers().between(0, LETTERS.length - 1)).ofSizeBetween(0, maxLetters)
        .map(letters -> letters.stream().map(i -> LETTERS[i]).collect(Collectors.joining()));
  }

  @Test
  void answersAsStringContainsDoesForEveryNeedle() {
    qt().withExamples(2_000)
        .forAll(lists().of(strings(6)).ofSizeBetween(0, 12), lists().of(strings(30)).ofSizeBetween(0, 4))
        .checkAssert((needles, texts) -> assertAnswersAsContains(needles, texts, Occurrences.in(needles, texts)));
  }

  /** The filter by runs of chars only ever passes needles on: with short runs it acts on most needles here. */
  @Test
  void answersAsStringContainsDoesWhateverTheFilterRunLength() {
    qt().withExamples(2_000)
        .forAll(lists().of(strings(8)).ofSizeBetween(0, 12), lists().of(strings(30)).ofSizeBetween(0, 4), integers().between(1, 6))
        .checkAssert((needles, texts, window) -> assertAnswersAsContains(needles, texts, Occurrences.in(needles, texts, window)));
  }

  private static void assertAnswersAsContains(List<String> needles, List<String> texts, boolean[] found) {
    assertThat(found).hasSize(needles.size());
    for (int i = 0; i < needles.size(); i++) {
      String needle = needles.get(i);
      assertThat(found[i]).as("%s in %s", needle, texts).isEqualTo(texts.stream().anyMatch(t -> t.contains(needle)));
    }
  }
}
