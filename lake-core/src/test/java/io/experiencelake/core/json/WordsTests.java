package io.experiencelake.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordsTests {

  @Test
  void measuresEditDistanceUpToALimit() {
    assertThat(Words.distance("keywrds", "keywords", 3)).isEqualTo(1);
    assertThat(Words.distance("claimm", "claim", 3)).isEqualTo(1);
    assertThat(Words.distance("hedline", "headline", 3)).isEqualTo(1);
    assertThat(Words.distance("stauts", "status", 3)).isEqualTo(2);
    assertThat(Words.distance("priority", "weight", 3)).isEqualTo(3);
    assertThat(Words.distance("", "abcdef", 3)).isEqualTo(3);
  }

  @Test
  void suggestsTheNearestCandidateWithinTwoEditsIgnoringCase() {
    List<String> fields = List.of("claim", "constraint", "decision", "evidence", "status");

    assertThat(Words.nearest("Claim", fields)).hasValue("claim");
    assertThat(Words.nearest("evidense", fields)).hasValue("evidence");
    assertThat(Words.nearest("outcome", fields)).isEmpty();
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
