package io.experiencelake.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.Arrays;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The values' hand-written text checks agree with the regular expressions that define them. */
class TextsProperties {

  private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
  private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

  /** Strings over the characters where the rules have their edges. */
  private static Gen<String> over(String alphabet, int maxLength) {
    return lists().of(integers().between(0, alphabet.length() - 1)).ofSizeBetween(0, maxLength)
        .map(indexes -> indexes.stream().map(i -> String.valueOf(alphabet.charAt(i))).collect(Collectors.joining()));
  }

  @Test
  void isSlugMatchesItsRegularExpression() {
    qt().withExamples(20_000)
        .forAll(over("az09-A_ .é", 8))
        .checkAssert(text -> assertThat(Texts.isSlug(text)).as("'%s'", text).isEqualTo(SLUG.matcher(text).matches()));
  }

  @Test
  void isSha256MatchesItsRegularExpression() {
    qt().withExamples(5_000)
        .forAll(over("0123456789abcdef", 64), integers().between(-1, 63), integers().between(0, 5))
        .checkAssert((hex, at, pick) -> {
          String text = hex;
          if (at >= 0 && at < text.length()) {
            char replacement = "gAF-/ ".charAt(pick);
            text = text.substring(0, at) + replacement + text.substring(at + 1);
          }
          assertThat(Texts.isSha256(text)).as("'%s'", text).isEqualTo(SHA256.matcher(text).matches());
        });
  }

  @Test
  void aPathClimbsOutExactlyWhenOneOfItsSegmentsIsDotDot() {
    qt().withExamples(20_000)
        .forAll(over("a./", 9))
        .checkAssert(path -> {
          boolean climbs = Arrays.asList(path.split("/", -1)).contains("..");
          assertThat("climbs out with '..'".equals(Texts.unsafePathReason(path)))
              .as("'%s'", path)
              .isEqualTo(climbs && !path.isBlank() && !path.startsWith("/"));
        });
  }
}
