package io.experiencelake.render.linkedin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class OccurrencesTests {

  @Test
  void findsNeedlesInsideOtherNeedlesAndAcrossTexts() {
    assertThat(Occurrences.in(List.of("she", "he", "hers", "his", "her", "s"), List.of("ushers")))
        .containsExactly(true, true, true, false, true, true);
    assertThat(Occurrences.in(List.of("abc", "cab", "bca"), List.of("xab", "cabx")))
        .containsExactly(false, true, false);
  }

  @Test
  void findsNothingAcrossTheBoundaryOfTwoTexts() {
    assertThat(Occurrences.in(List.of("ab"), List.of("xa", "by"))).containsExactly(false);
  }

  @Test
  void findsTheEmptyNeedleOnlyWhenThereIsAText() {
    assertThat(Occurrences.in(List.of("", "a"), List.of(""))).containsExactly(true, false);
    assertThat(Occurrences.in(List.of(""), List.of())).containsExactly(false);
  }

  @Test
  void answersEveryCopyOfARepeatedNeedle() {
    assertThat(Occurrences.in(List.of("gate", "gate", "gates"), List.of("phase gate"))).containsExactly(true, true, false);
  }

  @Test
  void filtersOutLongNeedlesWhoseRunsAreInNoTextAndKeepsThoseThatOccur() {
    String text = "cut the p99 latency of the ranking service from 480 ms to 120 ms";
    assertThat(Occurrences.in(List.of(
            "the p99 latency of the ranking service",          // occurs
            "the p99 latency of the ranking services",         // its last run is in no text
            "cut the p99 latency of the ranking service from 480 ms to 120 ms and more"),
        List.of("x", text), 8))
        .containsExactly(true, false, false);
  }
}
