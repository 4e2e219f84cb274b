package io.experiencelake.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.experiencelake.core.Diagnostic;
import io.experiencelake.core.LakeException;
import io.experiencelake.core.Rule;
import io.experiencelake.core.check.CheckOptions;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Inputs a hostile or careless writer can make that once took far more work than their size
 * (issue 13, finding 8): each must load, or fail with located diagnostics, in time linear in its
 * size. The 30-second bounds are guards against a quadratic path coming back, not benchmarks.
 */
class HostileInputTests {

  private static final CheckOptions OPTIONS = CheckOptions.today(LocalDate.of(2026, 11, 27));
  private static final Duration GUARD = Duration.ofSeconds(30);

  /**
   * The sample lake's JSON on one line, as a minifier writes it, with {@code extra} members after
   * the lake's own: every diagnostic is on that line, far from its start.
   */
  private static String withMembers(String extra) {
    String lake = oneLine(LakeJson.write(SampleLakes.small()));
    return lake.substring(0, lake.lastIndexOf('}')) + "," + extra + "}";
  }

  /** The JSON text without its line breaks and indentation (the sample lake's strings hold no line breaks). */
  private static String oneLine(String json) {
    return json.replaceAll("\\n\\s*", "");
  }

  /** Loads {@code json} as a file's bytes are loaded. */
  private static LoadedLake load(String json) {
    return LakeJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "lake.json", OPTIONS);
  }

  private static List<Diagnostic> problems(String json) {
    return catchThrowableOfType(LakeException.class, () -> load(json)).diagnostics();
  }

  @Test
  void aHundredAndTwentyEightThousandUnknownTopLevelFieldsAreReportedQuickly() {
    StringBuilder extra = new StringBuilder();
    for (int i = 0; i < 128_000; i++) {
      extra.append(i == 0 ? "" : ",").append("\"f").append(i).append("\":1");
    }
    List<Diagnostic> found = assertTimeoutPreemptively(GUARD, () -> problems(withMembers(extra.toString())));
    assertThat(found.get(0).code()).isEqualTo(Rule.UNKNOWN_FIELD.code());
    assertThat(found.get(0).pointer()).isEqualTo("/f0");
    assertThat(found.get(0).line()).hasValue(1);
    assertThat(found).hasSize(LakeException.MOST_REPORTED + 1);
    Diagnostic rest = found.get(LakeException.MOST_REPORTED);
    assertThat(rest.rule()).isEqualTo(Rule.TOO_MANY_PROBLEMS);
    assertThat(rest.isError()).isTrue();
    assertThat(rest.message()).isEqualTo("127,000 more problems are not listed; only the first 1,000 are");
    assertThat(rest.source()).hasValue("lake.json");
  }

  @Test
  void aHundredAndSixtyThousandNumbersInStoriesAreReportedQuickly() {
    StringBuilder numbers = new StringBuilder();
    for (int i = 0; i < 160_000; i++) {
      numbers.append(i == 0 ? "" : ",").append(i);
    }
    String lake = oneLine(LakeJson.write(SampleLakes.small()));
    int stories = lake.indexOf("\"stories\": [") + "\"stories\": [".length();
    int end = lake.indexOf(']', stories);
    String json = lake.substring(0, end) + "," + numbers + lake.substring(end);
    List<Diagnostic> found = assertTimeoutPreemptively(GUARD, () -> problems(json));
    assertThat(found.get(0).code()).isEqualTo(Rule.SCHEMA.code());
    assertThat(found.get(0).pointer()).isEqualTo("/stories/1");
  }

  @Test
  void twentyThousandEntriesWithTheSameClaimAreCheckedQuickly() {
    String lake = LakeJson.write(SampleLakes.small());
    int open = lake.indexOf("\"entries\": [") + "\"entries\": [".length();
    int close = lake.lastIndexOf(']');
    String entry = lake.substring(open, close).strip();
    StringBuilder entries = new StringBuilder();
    for (int i = 0; i < 20_000; i++) {
      entries.append(i == 0 ? "" : ",").append(entry.replace("\"phase-gates\"", "\"phase-gates-" + i + "\""));
    }
    String json = lake.substring(0, open) + entries + lake.substring(close);
    List<Diagnostic> warnings = assertTimeoutPreemptively(GUARD, () -> load(json).warnings());
    assertThat(warnings).hasSize(LakeException.MOST_REPORTED + 1);
    assertThat(warnings.get(0).rule()).isEqualTo(Rule.NEAR_DUPLICATE_CLAIM);
    assertThat(warnings.get(LakeException.MOST_REPORTED).rule()).isEqualTo(Rule.TOO_MANY_PROBLEMS);
    assertThat(warnings.get(LakeException.MOST_REPORTED).isError()).as("only warnings were left out").isFalse();
  }

  @Test
  void aLoneSurrogateEscapeIsALocatedErrorNotAQuestionMark() {
    String lake = LakeJson.write(SampleLakes.small());
    String json = lake.replace("\"Alex Example\"", "\"Alex \\ud800Example\"");
    List<Diagnostic> found = problems(json);
    assertThat(found).singleElement().satisfies(d -> {
      assertThat(d.rule()).isEqualTo(Rule.JSON_SYNTAX);
      assertThat(d.pointer()).isEqualTo("/owner/name");
      assertThat(d.message()).contains("\\ud800").contains("surrogate");
      assertThat(d.line()).hasValue(LakeJsonReadTests.positionOf(json, "\"Alex \\ud800")[0]);
    });
  }

  @Test
  void aLoneSurrogateInATextIsALocatedError() {
    String lake = LakeJson.write(SampleLakes.small());
    String json = lake.replace("Alex Example", "Alex \udc00Example");
    Diagnostic d = catchThrowableOfType(LakeException.class, () -> LakeJson.read(json, "lake.json", OPTIONS)).diagnostics().get(0);
    int[] at = LakeJsonReadTests.positionOf(json, "\udc00");
    assertThat(d.rule()).isEqualTo(Rule.JSON_SYNTAX);
    assertThat(d.line()).hasValue(at[0]);
    assertThat(d.column()).hasValue(at[1]);
  }

  @Test
  void aPairedSurrogateEscapeIsACharacter() {
    String lake = LakeJson.write(SampleLakes.small());
    String json = lake.replace("\"Alex Example\"", "\"Alex \\ud83d\\ude00\"");
    assertThat(load(json).lake().owner().name()).isEqualTo("Alex \ud83d\ude00");
  }
}
