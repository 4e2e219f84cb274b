package io.experiencelake.core.hash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.experiencelake.core.Diagnostic;
import io.experiencelake.core.LakeException;
import io.experiencelake.core.Rule;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ContentHashTests {

  private static final String ABC = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

  @Test
  void hashesBytesWithSha256AsPublishedInFips180() {
    assertThat(ContentHash.sha256Of("abc".getBytes(StandardCharsets.US_ASCII)).hex()).isEqualTo(ABC);
    assertThat(ContentHash.sha256Of(new byte[0]).hex())
        .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  }

  @Test
  void printsAsAlgorithmColonHex() {
    ContentHash hash = ContentHash.sha256Of("abc".getBytes(StandardCharsets.US_ASCII));
    assertThat(hash.algorithm()).isEqualTo(ContentHash.SHA256);
    assertThat(hash).hasToString("sha256:" + ABC);
  }

  @Test
  void parsesWhatItPrints() {
    ContentHash hash = ContentHash.sha256Of("lake".getBytes(StandardCharsets.UTF_8));
    assertThat(ContentHash.parse(hash.toString())).isEqualTo(hash);
  }

  @Test
  void travelsThroughJsonAsItsText() {
    ContentHash hash = ContentHash.sha256(ABC);
    String json = HashSamples.READER.writeValueAsString(hash);
    assertThat(json).isEqualTo("\"sha256:" + ABC + "\"");
    assertThat(HashSamples.READER.readValue(json, ContentHash.class)).isEqualTo(hash);
  }

  @Nested
  class RejectsBadText {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "'" + ABC + "', LAKE-S004, 1",
        "'md5:" + ABC + "', LAKE-S004, 1",
        "'SHA256:" + ABC + "', LAKE-S004, 1",
        "'sha256:" + ABC + "0', LAKE-I008, 72",
        "'sha256:ba7816bf', LAKE-I008, 16",
        "'sha256:', LAKE-I008, 8",
        "'sha256:Ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad', LAKE-I008, 8",
        "'sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f2001 5ad', LAKE-I008, 69"})
    void withTheCharacterWhereItGoesWrong(String text, String code, int column) {
      assertThatThrownBy(() -> ContentHash.parse(text))
          .isInstanceOfSatisfying(LakeException.class, e -> {
            assertThat(e.diagnostics()).hasSize(1);
            Diagnostic d = e.diagnostics().get(0);
            assertThat(d.code()).isEqualTo(code);
            assertThat(d.message()).contains("at character " + column + ":");
            assertThat(d.hint()).contains("sha256:");
          });
    }

    @Test
    void evenWhenBuiltFromParts() {
      assertThatThrownBy(() -> ContentHash.sha256(ABC.toUpperCase(java.util.Locale.ROOT)))
          .isInstanceOfSatisfying(LakeException.class, e -> assertThat(e.diagnostics().get(0).code()).isEqualTo(Rule.BAD_DIGEST.code()));
      assertThatThrownBy(() -> ImmutableContentHash.of("md5", ABC))
          .isInstanceOfSatisfying(LakeException.class, e -> assertThat(e.diagnostics().get(0).code()).isEqualTo(Rule.BAD_FORMAT.code()));
    }
  }
}
