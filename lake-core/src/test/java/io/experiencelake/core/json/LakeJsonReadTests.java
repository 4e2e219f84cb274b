package io.experiencelake.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.experiencelake.core.Diagnostic;
import io.experiencelake.core.Lake;
import io.experiencelake.core.LakeException;
import io.experiencelake.core.Rule;
import io.experiencelake.core.check.CheckOptions;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LakeJsonReadTests {

  static final CheckOptions OPTIONS = CheckOptions.today(LocalDate.of(2026, 11, 27));

  /** The full sample lake's JSON text, as written. */
  static final String FULL = LakeJson.write(SampleLakes.full());

  /** The diagnostics of loading {@code json}, which must fail. */
  static List<Diagnostic> problems(String json) {
    return catchThrowableOfType(LakeException.class, () -> LakeJson.read(json, "lake.json", OPTIONS)).diagnostics();
  }

  /** The only diagnostic of loading {@code json}, which must fail with exactly one. */
  static Diagnostic problem(String json) {
    List<Diagnostic> problems = problems(json);
    assertThat(problems).hasSize(1);
    return problems.get(0);
  }

  /** The 1-based line and column where {@code needle} first starts in {@code text}. */
  static int[] positionOf(String text, String needle) {
    int offset = text.indexOf(needle);
    assertThat(offset).as("'%s' in the text", needle).isNotNegative();
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < offset; i++) {
      if (text.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return new int[] {line, offset - lineStart + 1};
  }

  /** {@code text} with the one occurrence of {@code from} replaced; fails when it is not there exactly once. */
  static String replaceOnce(String text, String from, String to) {
    int first = text.indexOf(from);
    assertThat(first).as("'%s' in the text", from).isNotNegative();
    assertThat(text.indexOf(from, first + 1)).as("a second '%s'", from).isNegative();
    return text.substring(0, first) + to + text.substring(first + from.length());
  }

  static void assertLocated(Diagnostic diagnostic, Rule rule, String pointer, String text, String needle) {
    int[] at = positionOf(text, needle);
    assertThat(diagnostic.code()).isEqualTo(rule.code());
    assertThat(diagnostic.pointer()).isEqualTo(pointer);
    assertThat(diagnostic.source()).contains("lake.json");
    assertThat(diagnostic.line()).hasValue(at[0]);
    assertThat(diagnostic.column()).hasValue(at[1]);
    assertThat(diagnostic.message()).isNotBlank();
    assertThat(diagnostic.hint()).isNotBlank();
  }

  @Nested
  class ValidLakes {

    @Test
    void loadsASmallLakeEqualToTheValueWritten() {
      Lake lake = SampleLakes.small();

      LoadedLake loaded = LakeJson.read(LakeJson.write(lake), "lake.json", OPTIONS);

      assertThat(loaded.lake()).isEqualTo(lake);
      assertThat(loaded.warnings()).allMatch(w -> !w.isError());
    }

    @Test
    void roundTripsEveryFieldAndEveryAnchorAndStatusKind() {
      Lake lake = SampleLakes.full();

      Lake read = LakeJson.read(LakeJson.write(lake), "lake.json", OPTIONS).lake();

      assertThat(read).isEqualTo(lake);
      assertThat(LakeJson.write(read)).isEqualTo(LakeJson.write(lake));
    }

    @Test
    void readsTheSameLakeFromAStreamAndFromAFile(@TempDir Path folder) throws IOException {
      Path file = folder.resolve("lake.json");
      Files.writeString(file, FULL, StandardCharsets.UTF_8);

      Lake fromFile = LakeJson.read(file, OPTIONS).lake();
      Lake fromStream;
      try (InputStream in = new ByteArrayInputStream(FULL.getBytes(StandardCharsets.UTF_8))) {
        fromStream = LakeJson.read(in, "lake.json", OPTIONS).lake();
      }

      assertThat(fromFile).isEqualTo(SampleLakes.full());
      assertThat(fromStream).isEqualTo(SampleLakes.full());
    }

    @Test
    void acceptsALakeWithoutSchemaAndInAnyFieldOrder() {
      String json = "{\"entries\": [], \"owner\": {\"headline\": \"ML platform engineer\", \"name\": \"Alex Example\"}}";

      Lake lake = LakeJson.read(json, "lake.json", OPTIONS).lake();

      assertThat(lake.owner().name()).isEqualTo("Alex Example");
      assertThat(lake.entries()).isEmpty();
    }

    @Test
    void leavesTheDefaultsOfOmittedFieldsToTheModel() {
      String json = replaceOnce(replaceOnce(FULL, "      \"workingDir\": \".\",\n", ""), "      \"expectedExit\": 0,\n", "");

      assertThat(LakeJson.read(json, "lake.json", OPTIONS).lake()).isEqualTo(SampleLakes.full());
    }
  }

  @Nested
  class LocatingLaterDiagnostics {

    @Test
    void locatesADiagnosticAtItsPointerInTheFile(@TempDir Path folder) throws IOException {
      Path file = folder.resolve("lake.json");
      Files.writeString(file, FULL, StandardCharsets.UTF_8);
      Diagnostic found = Diagnostic.of(Rule.UNKNOWN_REFERENCE, "/owner/headline", "m", "h");

      List<Diagnostic> located = LakeJson.locate(file, List.of(found));

      int[] at = positionOf(FULL, "\"headline\"");
      assertThat(located).singleElement().satisfies(d -> {
        assertThat(d.source()).hasValue(file.toString());
        assertThat(d.line()).hasValue(at[0]);
        assertThat(d.column()).hasValue(at[1]);
        assertThat(d.pointer()).isEqualTo("/owner/headline");
      });
    }

    @Test
    void namesOnlyTheFileWhenItCannotBeReadAnyMore(@TempDir Path folder) {
      Path missing = folder.resolve("gone.json");

      List<Diagnostic> located = LakeJson.locate(missing, List.of(Diagnostic.of(Rule.UNKNOWN_REFERENCE, "/owner", "m", "h")));

      assertThat(located).singleElement().satisfies(d -> {
        assertThat(d.source()).hasValue(missing.toString());
        assertThat(d.line()).isEmpty();
      });
    }
  }

  @Nested
  class SyntaxProblems {

    @Test
    void reportsEveryDuplicateKeyWithBothLocations() {
      String json = "{\n  \"owner\": {\"name\": \"A\", \"headline\": \"B\", \"name\": \"C\"},\n"
          + "  \"entries\": [],\n  \"entries\": []\n}";
      int firstName = json.indexOf("\"name\"") - json.indexOf('\n') ;
      int secondName = json.indexOf("\"name\": \"C\"") - json.indexOf('\n');

      List<Diagnostic> problems = problems(json);

      assertThat(problems).hasSize(2);
      assertThat(problems.get(0).code()).isEqualTo(Rule.DUPLICATE_KEY.code());
      assertThat(problems.get(0).pointer()).isEqualTo("/owner/name");
      assertThat(problems.get(0).line()).hasValue(2);
      assertThat(problems.get(0).column()).hasValue(secondName);
      assertThat(problems.get(0).message())
          .contains("first at line 2, column " + firstName).contains("again at line 2, column " + secondName);
      assertThat(problems.get(1).code()).isEqualTo(Rule.DUPLICATE_KEY.code());
      assertThat(problems.get(1).pointer()).isEqualTo("/entries");
      assertThat(problems.get(1).line()).hasValue(4);
      assertThat(problems.get(1).column()).hasValue(3);
      assertThat(problems.get(1).message()).contains("line 3, column 3").contains("line 4, column 3");
    }

    @Test
    void reportsDuplicateKeysTogetherWithSchemaErrors() {
      String json = "{\"owner\": {\"name\": \"A\", \"name\": \"B\", \"headline\": \"C\", \"nam\": 1}}";

      assertThat(problems(json)).extracting(Diagnostic::code)
          .containsExactly(Rule.DUPLICATE_KEY.code(), Rule.UNKNOWN_FIELD.code());
    }

    @Test
    void reportsTrailingContentAfterTheRoot() {
      String json = FULL + "\n{\"owner\": {}}";

      Diagnostic problem = problem(json);

      assertThat(problem.code()).isEqualTo(Rule.TRAILING_CONTENT.code());
      assertThat(problem.line()).hasValue((int) FULL.lines().count() + 2);
      assertThat(problem.column()).hasValue(1);
    }

    @Test
    void reportsTrailingGarbageThatIsNotJson() {
      assertThat(problem("{\"owner\": {\"name\": \"A\", \"headline\": \"B\"}} }").code())
          .isEqualTo(Rule.TRAILING_CONTENT.code());
    }

    @Test
    void reportsAMissingCommaWithItsLineAndColumn() {
      String json = replaceOnce(FULL, "\"name\": \"Alex Example\",", "\"name\": \"Alex Example\"");

      Diagnostic problem = problem(json);

      int[] at = positionOf(json, "\"headline\"");
      assertThat(problem.code()).isEqualTo(Rule.JSON_SYNTAX.code());
      assertThat(problem.line()).hasValue(at[0]);
      assertThat(problem.column()).hasValue(at[1]);
      assertThat(problem.pointer()).isEqualTo("/owner");
    }

    @Test
    void rejectsNaNAndInfinity() {
      for (String token : List.of("NaN", "Infinity", "-Infinity")) {
        String json = replaceOnce(FULL, "\"value\": 120.5", "\"value\": " + token);

        Diagnostic problem = problem(json);

        int[] at = positionOf(json, token);
        assertThat(problem.code()).isEqualTo(Rule.JSON_SYNTAX.code());
        assertThat(problem.message()).contains("is not a JSON number");
        assertThat(problem.line()).hasValue(at[0]);
      }
    }

    @Test
    void rejectsANumberTooLargeForADouble() {
      // 2e2147483648: an exponent beyond an int, which BigDecimal cannot hold either.
      for (String number : List.of("1e999", "2e2147483648", "-20E55555555555555555")) {
        String json = replaceOnce(FULL, "\"value\": 120.5", "\"value\": " + number);

        assertLocated(problem(json), Rule.JSON_SYNTAX, "/entries/0/evidence/4/value", json, number);
      }
    }

    @Test
    void rejectsComments() {
      String json = replaceOnce(FULL, "\"value\": 120.5,", "\"value\": 120.5, // measured twice");

      Diagnostic problem = problem(json);

      assertThat(problem.code()).isEqualTo(Rule.JSON_SYNTAX.code());
      assertThat(problem.message()).contains("comments");
      assertThat(problem.line()).hasValue(positionOf(json, "// measured")[0]);
    }

    @Test
    void rejectsAByteOrderMark() {
      Diagnostic problem = problem("\uFEFF" + FULL);

      assertThat(problem.code()).isEqualTo(Rule.JSON_SYNTAX.code());
      assertThat(problem.message()).contains("byte-order mark");
      assertThat(problem.line()).hasValue(1);
      assertThat(problem.column()).hasValue(1);
    }

    @Test
    void rejectsInvalidUtf8WithItsLineAndColumn() {
      byte[] good = FULL.getBytes(StandardCharsets.UTF_8);
      int offset = FULL.indexOf("Alex Example");
      byte[] bad = good.clone();
      bad[offset] = (byte) 0xC3;
      bad[offset + 1] = (byte) 0x28;

      LakeException e = catchThrowableOfType(LakeException.class,
          () -> LakeJson.read(new ByteArrayInputStream(bad), "lake.json", OPTIONS));

      int[] at = positionOf(FULL, "Alex Example");
      assertThat(e.diagnostics()).singleElement().satisfies(d -> {
        assertThat(d.code()).isEqualTo(Rule.JSON_SYNTAX.code());
        assertThat(d.message()).contains("UTF-8").contains("0xC3");
        assertThat(d.line()).hasValue(at[0]);
        assertThat(d.column()).hasValue(at[1]);
      });
    }

    @Test
    void rejectsEmptyInput() {
      Diagnostic problem = problem("  \n");

      assertThat(problem.code()).isEqualTo(Rule.JSON_SYNTAX.code());
      assertThat(problem.message()).contains("empty");
    }

    @Test
    void turnsTheParsersNestingLimitIntoADiagnostic() {
      String json = "{\"owner\": " + "[".repeat(2_000) + "]".repeat(2_000) + "}";

      Diagnostic problem = problem(json);

      assertThat(problem.code()).isEqualTo(Rule.JSON_SYNTAX.code());
      assertThat(problem.message()).contains("parser limit");
      assertThat(problem.pointer()).startsWith("/owner/0/0/0");
    }

    @Test
    void reportsAMissingFileAsUnreadable(@TempDir Path folder) {
      Path missing = folder.resolve("nowhere.json");

      LakeException e = catchThrowableOfType(LakeException.class, () -> LakeJson.read(missing, OPTIONS));

      assertThat(e.diagnostics()).singleElement().satisfies(d -> {
        assertThat(d.code()).isEqualTo(Rule.UNREADABLE.code());
        assertThat(d.source()).hasValue(missing.toString());
        assertThat(d.message()).contains("no such file");
      });
    }

    @Test
    void reportsAFolderAsUnreadable(@TempDir Path folder) {
      assertThatThrownBy(() -> LakeJson.read(folder, OPTIONS))
          .isInstanceOfSatisfying(LakeException.class,
              e -> assertThat(e.diagnostics()).extracting(Diagnostic::code).containsExactly(Rule.UNREADABLE.code()));
    }

    @Test
    void reportsAFailingStreamAsUnreadable() {
      InputStream failing = new InputStream() {
        @Override
        public int read() throws IOException {
          throw new IOException("device gone");
        }
      };

      LakeException e = catchThrowableOfType(LakeException.class, () -> LakeJson.read(failing, "stdin", OPTIONS));

      assertThat(e.diagnostics()).singleElement().satisfies(d -> {
        assertThat(d.code()).isEqualTo(Rule.UNREADABLE.code());
        assertThat(d.message()).contains("device gone");
        assertThat(d.format()).startsWith("stdin /");
      });
    }

    @Test
    void rejectsAStringLongerThanTheLimitFromBytesWithItsLocation() {
      byte[] json = ("{\"owner\": {\"name\": \"" + "x".repeat(Mappers.MAX_STRING_LENGTH + 1) + "\"}}").getBytes(StandardCharsets.UTF_8);

      LakeException e = catchThrowableOfType(LakeException.class, () -> LakeJson.read(new ByteArrayInputStream(json), "big.json", OPTIONS));

      assertThat(e.diagnostics()).singleElement().satisfies(d -> {
        assertThat(d.code()).isEqualTo(Rule.JSON_SYNTAX.code());
        assertThat(d.message()).contains("parser limit").contains(String.valueOf(Mappers.MAX_STRING_LENGTH));
        assertThat(d.pointer()).isEqualTo("/owner/name");
        assertThat(d.line()).hasValue(1);
      });
    }

    @Test
    void refusesAnInputLargerThanTheDocumentLimitBeforeParsingIt() {
      long[] served = {0};
      InputStream endless = new InputStream() {
        @Override
        public int read() {
          served[0]++;
          return ' ';
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
          java.util.Arrays.fill(buffer, offset, offset + length, (byte) ' ');
          served[0] += length;
          return length;
        }
      };

      LakeException e = catchThrowableOfType(LakeException.class, () -> LakeJson.read(endless, "endless", OPTIONS));

      assertThat(e.diagnostics()).singleElement().satisfies(d -> {
        assertThat(d.code()).isEqualTo(Rule.UNREADABLE.code());
        assertThat(d.message()).contains("larger than " + (Mappers.MAX_DOCUMENT_LENGTH >> 20) + " MiB");
      });
      assertThat(served[0]).isEqualTo(Mappers.MAX_DOCUMENT_LENGTH + 1L);
    }
  }

  @Nested
  class SchemaProblems {

    @ParameterizedTest
    @ValueSource(strings = {"\"rank\": 2|\"rank\": 1e300", "\"rank\": 2|\"rank\": -4e19",
        "\"expectedExit\": 3|\"expectedExit\": 1e300", "\"expectedExit\": 3|\"expectedExit\": -1e300"})
    void reportsAWholeNumberTooLargeForItsFieldAtTheNumber(String change) {
      String[] fromTo = change.split("\\|", 2);
      String json = replaceOnce(FULL, fromTo[0], fromTo[1]);
      String field = fromTo[1].substring(0, fromTo[1].indexOf(':'));

      Diagnostic problem = problem(json);

      assertThat(problem.code()).isEqualTo(Rule.SCHEMA.code());
      assertThat(problem.pointer()).endsWith("/" + field.replace("\"", ""));
      assertThat(problem.message()).contains("too large");
      assertThat(problem.line()).hasValue(positionOf(json, fromTo[1])[0]);
    }

    @Test
    void suggestsTheNearestKnownFieldForAnUnknownOne() {
      String json = replaceOnce(FULL, "\"keywords\": [\n        \"phase gates\"", "\"keywrds\": [\n        \"phase gates\"");

      Diagnostic problem = problem(json);

      assertLocated(problem, Rule.UNKNOWN_FIELD, "/entries/0/keywrds", json, "\"keywrds\"");
      assertThat(problem.message()).contains("'keywrds'").contains("entry 'phase-gates'");
      assertThat(problem.hint()).contains("did you mean 'keywords'?");
    }

    @Test
    void reportsAMisspeltRequiredFieldOnceAsUnknownWithASuggestion() {
      String json = replaceOnce(FULL, "\"headline\":", "\"hedline\":");

      Diagnostic problem = problem(json);

      assertLocated(problem, Rule.UNKNOWN_FIELD, "/owner/hedline", json, "\"hedline\"");
      assertThat(problem.hint()).contains("did you mean 'headline'?");
    }

    @Test
    void listsTheKnownFieldsWhenNoneIsNear() {
      String json = replaceOnce(FULL, "\"weight\": 0.5", "\"weight\": 0.5, \"priority\": 1");

      Diagnostic problem = problem(json);

      assertLocated(problem, Rule.UNKNOWN_FIELD, "/roles/0/requires/1/priority", json, "\"priority\"");
      assertThat(problem.hint()).contains("'capability' and 'weight'");
    }

    @Test
    void reportsAllSchemaErrorsOfALakeInOneLoadInDocumentOrder() {
      String json = FULL;
      json = replaceOnce(json, "\"tier\": \"CORE\"", "\"tier\": \"core\"");
      json = replaceOnce(json, "\"start\": \"2024-09\"", "\"start\": \"2024-13\"");
      json = replaceOnce(json, "\"on\": \"2025-03-14\"", "\"on\": \"14/03/2025\"");
      json = replaceOnce(json, "\"state\": \"CURRENT\"", "\"state\": \"CURENT\"");
      json = replaceOnce(json, "\"rank\": 2", "\"rank\": 0");

      List<Diagnostic> problems = problems(json);

      assertThat(problems).extracting(Diagnostic::pointer).containsExactly(
          "/engagements/0/start", "/clusters/0/tier", "/clusters/1/rank", "/entries/0/status/on", "/entries/1/status/state");
      assertThat(problems).extracting(Diagnostic::code).containsExactly(
          Rule.BAD_FORMAT.code(), Rule.SCHEMA.code(), Rule.SCHEMA.code(), Rule.BAD_FORMAT.code(), Rule.SCHEMA.code());
      assertThat(problems.get(1).hint()).contains("did you mean 'CORE'?");
      assertThat(problems.get(4).hint()).contains("did you mean 'CURRENT'?");
      assertThat(problems).allSatisfy(d -> assertThat(d.line()).isPresent());
    }

    @Test
    void reportsAMissingFieldAtTheEnclosingObject() {
      String json = replaceOnce(FULL, "      \"role\": \"Lead\",\n", "");

      Diagnostic problem = problem(json);

      int[] engagement = positionOf(json, "{\n      \"id\": \"platform\"");
      assertThat(problem.code()).isEqualTo(Rule.MISSING_FIELD.code());
      assertThat(problem.pointer()).isEqualTo("/engagements/0/role");
      assertThat(problem.line()).hasValue(engagement[0]);
      assertThat(problem.column()).hasValue(engagement[1]);
      assertThat(problem.message()).isEqualTo("engagement 'platform' has no 'role'");
    }

    @Test
    void reportsAMissingEntryPartAsBlank() {
      String json = replaceOnce(FULL, "      \"constraint\": \"Replays compete with live traffic\",\n", "");

      Diagnostic problem = problem(json);

      assertThat(problem.code()).isEqualTo(Rule.BLANK_PART.code());
      assertThat(problem.pointer()).isEqualTo("/entries/2/constraint");
      assertThat(problem.hint()).contains("all five parts");
    }

    @Test
    void acceptsAPlannedEntryWithNoEvidence() {
      String json = replaceOnce(FULL,
          "\"evidence\": [\n        {\n          \"kind\": \"link\",\n          \"uri\": \"https://example.org/replay-plan\"\n        }\n      ],",
          "\"evidence\": [],");

      Lake lake = LakeJson.read(json, "lake.json", OPTIONS).lake();

      assertThat(lake.entries().get(2).evidence()).isEmpty();
    }

    @Test
    void reportsABlankClaim() {
      String json = replaceOnce(FULL, "\"Will publish the replay tooling\"", "\" \\t \"");

      assertLocated(problem(json), Rule.BLANK_PART, "/entries/3/claim", json, "\"claim\": \" \\t \"");
    }

    @Test
    void reportsABadDigest() {
      String json = replaceOnce(FULL, "\"outputSha256\": \"9f86d0", "\"outputSha256\": \"9F86D0");

      Diagnostic problem = problem(json);

      assertLocated(problem, Rule.BAD_DIGEST, "/entries/0/evidence/5/outputSha256", json, "\"outputSha256\"");
      assertThat(problem.message()).contains("not 64 lowercase hex characters");
    }

    @Test
    void reportsUnsafePathsWithTheReason() {
      String absolute = replaceOnce(FULL, "\"runs/2025-03-14/gates.log\"", "\"/etc/passwd\"");
      String climbing = replaceOnce(FULL, "\"receipts/phase-6.json\"", "\"receipts/../../secret\"");
      String drive = replaceOnce(FULL, "\"workingDir\": \"tools\"", "\"workingDir\": \"C:tools\"");
      String backslash = replaceOnce(FULL, "\"reports/latency.csv\"", "\"reports\\\\latency.csv\"");

      assertLocated(problem(absolute), Rule.UNSAFE_PATH, "/entries/0/evidence/0/path", absolute, "\"path\": \"/etc");
      assertThat(problem(absolute).message()).endsWith("is absolute");
      assertThat(problem(climbing).message()).endsWith("climbs out with '..'");
      assertThat(problem(drive).message()).endsWith("is absolute");
      assertThat(problem(backslash).message()).endsWith("uses a backslash");
    }

    @Test
    void reportsInvalidDatesMonthsAndStoryIds() {
      String date = replaceOnce(FULL, "\"asOf\": \"2025-06-01\"", "\"asOf\": \"2025-06-31\"");
      String month = replaceOnce(FULL, "\"end\": \"2024-12\"", "\"end\": \"2024-00\"");
      String storyId = replaceOnce(FULL, "\"id\": \"46AA\"", "\"id\": \"46aa\"");

      assertLocated(problem(date), Rule.BAD_FORMAT, "/entries/1/status/asOf", date, "\"asOf\"");
      assertLocated(problem(month), Rule.BAD_FORMAT, "/stories/0/end", month, "\"end\": \"2024-00\"");
      assertLocated(problem(storyId), Rule.BAD_FORMAT, "/stories/1/id", storyId, "\"id\": \"46aa\"");
      assertThat(problem(storyId).message()).contains("at character 3");
    }

    @Test
    void reportsANonSlugId() {
      String json = replaceOnce(FULL, "\"id\": \"phase-gates\"", "\"id\": \"Phase Gates\"");

      assertLocated(problem(json), Rule.BAD_ID, "/entries/0/id", json, "\"id\": \"Phase Gates\"");
    }

    @Test
    void reportsAReceiptWithBothPathAndIdOnce() {
      String json = replaceOnce(FULL, "\"id\": \"CHG-1042\",", "\"id\": \"CHG-1042\", \"path\": \"receipts/chg.json\",");

      Diagnostic problem = problem(json);

      assertThat(problem.code()).isEqualTo(Rule.BAD_ANCHOR.code());
      assertThat(problem.pointer()).isEqualTo("/entries/0/evidence/2");
      assertThat(problem.message()).contains("both 'path' and 'id'");
    }

    @Test
    void reportsAReportStatWithNeitherPointerNorCellOnce() {
      String json = replaceOnce(FULL, "      \"pointer\": \"/partial_promotions\",\n", "");

      Diagnostic problem = problem(json);

      assertThat(problem.code()).isEqualTo(Rule.BAD_ANCHOR.code());
      assertThat(problem.pointer()).isEqualTo("/entries/0/evidence/3");
      assertThat(problem.message()).contains("exactly one of 'pointer' and 'cell'");
    }

    @Test
    void reportsAReproStepThatSaysNothingAboutItsOutputOnce() {
      String json = replaceOnce(FULL, ",\n          \"outputContains\": \"0 skipped\"", "");

      Diagnostic problem = problem(json);

      assertThat(problem.code()).isEqualTo(Rule.BAD_ANCHOR.code());
      assertThat(problem.pointer()).isEqualTo("/entries/1/evidence/0");
      assertThat(problem.message()).contains("at least one of 'outputSha256' and 'outputContains'");
    }

    @Test
    void reportsAnUnknownEvidenceKindOnce() {
      String json = replaceOnce(FULL, "\"kind\": \"run-output\"", "\"kind\": \"run-outptu\"");

      Diagnostic problem = problem(json);

      assertLocated(problem, Rule.SCHEMA, "/entries/0/evidence/0/kind", json, "\"kind\": \"run-outptu\"");
      assertThat(problem.hint()).contains("did you mean 'run-output'?");
    }

    @Test
    void reportsAWrongTypeInPlainWords() {
      String json = replaceOnce(FULL, "\"rank\": 1", "\"rank\": \"1\"");

      Diagnostic problem = problem(json);

      assertLocated(problem, Rule.SCHEMA, "/clusters/0/rank", json, "\"rank\"");
      assertThat(problem.message()).isEqualTo("'rank' of cluster 'evidence-gated-runs' is a string, but must be an integer");
      assertThat(problem.hint()).isEqualTo("write an integer without quotes");
    }

    @Test
    void reportsARelativeLinkAsABadFormat() {
      String json = replaceOnce(FULL, "\"https://example.org/tooling\"", "\"tooling.html\"");

      assertLocated(problem(json), Rule.BAD_FORMAT, "/entries/3/evidence/0/uri", json, "\"uri\": \"tooling.html\"");
    }

    @Test
    void rejectsAnotherSchemaUri() {
      String json = replaceOnce(FULL, "\"$schema\": \"https://experiencelake.io/schema/v1/lake.json\"",
          "\"$schema\": \"https://experiencelake.io/schema/v2/lake.json\"");

      assertLocated(problem(json), Rule.SCHEMA, "/$schema", json, "\"$schema\"");
    }

    @Test
    void rejectsARootThatIsNotAnObject() {
      Diagnostic problem = problem("[]");

      assertThat(problem.code()).isEqualTo(Rule.SCHEMA.code());
      assertThat(problem.message()).isEqualTo("the lake is an array, but must be an object");
    }
  }

  @Nested
  class BindingProblems {

    @Test
    void locatesAValuesOwnCheckUnderItsPointer() {
      String json = replaceOnce(FULL, "\"end\": \"2025-06\"", "\"end\": \"2023-06\"");

      Diagnostic problem = problem(json);

      assertLocated(problem, Rule.BAD_FORMAT, "/engagements/0/end", json, "\"end\": \"2023-06\"");
      assertThat(problem.message()).contains("ends (2023-06) before it starts (2024-09)");
    }

    @Test
    void locatesAStoryIdTheModelRejectsAfterTheSchemaLetItThrough() {
      // A JDK regular expression's '$' also matches before a final line break, so the model's parser is the last guard.
      String json = replaceOnce(FULL, "\"id\": \"110\",", "\"id\": \"110\\n\",");

      Diagnostic problem = problem(json);

      assertLocated(problem, Rule.BAD_FORMAT, "/stories/2/id", json, "\"id\": \"110\\n\"");
      assertThat(problem.message()).doesNotContain("\n");
    }
  }

  @Nested
  class BrokenLake {

    @Test
    void reportsFiveLocatedDiagnosticsForFiveMistakesInOneLoad() throws IOException {
      String text;
      try (InputStream in = LakeJsonReadTests.class.getResourceAsStream("broken-lake.json")) {
        text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }

      LakeException e = catchThrowableOfType(LakeException.class,
          () -> LakeJson.read(text, "broken-lake.json", OPTIONS));

      List<Diagnostic> problems = e.diagnostics();
      assertThat(problems).extracting(Diagnostic::code).containsExactly(
          Rule.UNSAFE_PATH.code(), Rule.BAD_DIGEST.code(), Rule.BAD_FORMAT.code(), Rule.UNKNOWN_FIELD.code(), Rule.BLANK_PART.code());
      assertThat(problems).extracting(Diagnostic::pointer).containsExactly(
          "/entries/0/evidence/0/path", "/entries/0/evidence/1/sha256", "/entries/0/status/on", "/entries/0/keywrds",
          "/entries/1/claim");
      List<String> needles = List.of("\"path\": \"/home", "\"sha256\": \"60303AE", "\"on\": \"2025-02-30\"", "\"keywrds\"",
          "\"claim\": \"   \"");
      for (int i = 0; i < needles.size(); i++) {
        int[] at = positionOf(text, needles.get(i));
        assertThat(problems.get(i).source()).hasValue("broken-lake.json");
        assertThat(problems.get(i).line()).hasValue(at[0]);
        assertThat(problems.get(i).column()).hasValue(at[1]);
      }
      assertThat(e.getMessage()).startsWith("broken-lake.json:" + positionOf(text, needles.get(0))[0] + ":")
          .endsWith("5 errors, 0 warnings");
      assertThat(e.getMessage().lines()).hasSize(6);
    }
  }
}
