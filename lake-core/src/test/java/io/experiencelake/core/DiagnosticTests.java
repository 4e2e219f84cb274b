package io.experiencelake.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class DiagnosticTests {

  @Nested
  class Format {

    @Test
    void readsLikeACompilersOutput() {
      Diagnostic d = Diagnostic.of(Rule.NO_VERIFIABLE_EVIDENCE, "/entries/3/status", "entry 'x' has no evidence", "add some")
          .at("lake.json", 41, 9);

      assertThat(d.format()).isEqualTo("lake.json:41:9 /entries/3/status error LAKE-I002: entry 'x' has no evidence; add some.");
    }

    @Test
    void quotesAPointerWithASpaceSoTheLineStillSplitsIntoItsParts() {
      Diagnostic d = Diagnostic.of(Rule.UNKNOWN_FIELD, "/owne: {r", "m", "h").at("lake.json", 1, 2);

      assertThat(d.format()).isEqualTo("lake.json:1:2 \"/owne: {r\" error LAKE-S002: m; h.");
    }

    @Test
    void escapesQuotesBackslashesControlCharactersAndOtherWhitespaceInAQuotedPointer() {
      Diagnostic d = Diagnostic.of(Rule.UNKNOWN_FIELD, "/a\"b\\c\td\u001be\u00a0f", "m", "h");

      assertThat(d.format()).startsWith("\"/a\\\"b\\\\c\\u0009d\\u001be\\u00a0f\" error ");
    }

    @Test
    void leavesOtherPointersAsTheyAre() {
      assertThat(Diagnostic.of(Rule.UNKNOWN_FIELD, "/é€/~1x/0", "m", "h").format()).startsWith("/é€/~1x/0 error ");
      assertThat(Diagnostic.of(Rule.UNKNOWN_FIELD, "", "m", "h").format()).startsWith("/ error ");
    }
  }

  @Nested
  class Json {

    @Test
    void roundTripsThroughAStrictMapperWithoutADerivedErrorField() {
      tools.jackson.databind.json.JsonMapper strict = tools.jackson.databind.json.JsonMapper.builder()
          .enable(tools.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
      Diagnostic d = Diagnostic.of(Rule.UNKNOWN_FIELD, "/a", "m", "h").at("lake.json", 3, 4);

      String json = strict.writeValueAsString(d);

      assertThat(json).doesNotContain("\"error\"");
      assertThat(strict.readValue(json, Diagnostic.class)).isEqualTo(d);
    }
  }
}
