package io.experiencelake.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordsTests {

  @Test
  void suggestsTheNearestCandidateWithinTwoEditsIgnoringCase() {
    List<String> fields = List.of("claim", "constraint", "decision", "evidence", "status");

    assertThat(Words.nearest("Claim", fields)).hasValue("claim");
    assertThat(Words.nearest("evidense", fields)).hasValue("evidence");
    assertThat(Words.nearest("outcome", fields)).isEmpty();
    assertThat(Words.nearest("stauts", fields)).as("a swap is two edits").hasValue("status");
  }

  @Test
  void quotesOnOneLineAndShortensLongText() {
    assertThat(Words.quote("a\nb\t\u0001")).isEqualTo("'a\\nb\\t\\u0001'");
    assertThat(Words.quote("x".repeat(200))).hasSize(82).endsWith("...'");
  }

  @Test
  void listsNamesWithAConjunction() {
    assertThat(Words.listed(List.of("a"), "or")).isEqualTo("'a'");
    assertThat(Words.listed(List.of("a", "b", "c"), "or")).isEqualTo("'a', 'b' or 'c'");
  }
}
