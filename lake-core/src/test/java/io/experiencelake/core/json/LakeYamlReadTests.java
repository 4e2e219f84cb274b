package io.experiencelake.core.json;

import static io.experiencelake.core.json.LakeJsonReadTests.OPTIONS;
import static io.experiencelake.core.json.LakeJsonReadTests.positionOf;
import static io.experiencelake.core.json.LakeJsonReadTests.replaceOnce;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.experiencelake.core.Diagnostic;
import io.experiencelake.core.Lake;
import io.experiencelake.core.LakeException;
import io.experiencelake.core.Rule;
import io.experiencelake.core.hash.LakeHashes;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code lake.yaml}: every case of {@link LakeJsonReadTests} in YAML, located in the YAML text, and YAML's own hostile input. */
class LakeYamlReadTests {

  /** The full sample lake's YAML text, as written. */
  static final String FULL = LakeYaml.write(SampleLakes.full());

  static List<Diagnostic> problems(String yaml) {
    return catchThrowableOfType(LakeException.class, () -> LakeYaml.read(yaml, "lake.yaml", OPTIONS)).diagnostics();
  }

  static Diagnostic problem(String yaml) {
    List<Diagnostic> problems = problems(yaml);
    assertThat(problems).hasSize(1);
    return problems.get(0);
  }

  /** The diagnostic has the rule and pointer, and starts where {@code needle} starts in {@code yaml}. */
  static void assertLocated(Diagnostic diagnostic, Rule rule, String pointer, String yaml, String needle) {
    int[] at = positionOf(yaml, needle);
    assertThat(diagnostic.code()).isEqualTo(rule.code());
    assertThat(diagnostic.pointer()).isEqualTo(pointer);
    assertThat(diagnostic.source()).contains("lake.yaml");
    assertThat(diagnostic.line()).as("line of %s", diagnostic).hasValue(at[0]);
    assertThat(diagnostic.column()).as("column of %s", diagnostic).hasValue(at[1]);
    assertThat(diagnostic.message()).isNotBlank().doesNotContain("\n");
    assertThat(diagnostic.hint()).isNotBlank();
  }

  @Nested
  class ValidLakes {

    @Test
    void loadsASmallLakeEqualToTheValueWritten() {
      Lake lake = SampleLakes.small();

      assertThat(LakeYaml.read(LakeYaml.write(lake), "lake.yaml", OPTIONS).lake()).isEqualTo(lake);
    }

    @Test
    void roundTripsEveryFieldAndEveryAnchorAndStatusKindWithTheSameHash() {
      Lake read = LakeYaml.read(FULL, "lake.yaml", OPTIONS).lake();

      assertThat(read).isEqualTo(SampleLakes.full());
      assertThat(LakeYaml.write(read)).isEqualTo(FULL);
      assertThat(LakeHashes.of(read)).isEqualTo(LakeHashes.of(SampleLakes.full()));
    }

    @Test
    void readsTheSameLakeFromAStreamAFileAndLakeFiles(@TempDir Path folder) throws IOException {
      Path yaml = folder.resolve("lake.yaml");
      Path yml = folder.resolve("lake.yml");
      Files.writeString(yaml, FULL, StandardCharsets.UTF_8);
      Files.writeString(yml, FULL, StandardCharsets.UTF_8);

      Lake fromStream;
      try (InputStream in = new ByteArrayInputStream(FULL.getBytes(StandardCharsets.UTF_8))) {
        fromStream = LakeYaml.read(in, "lake.yaml", OPTIONS).lake();
      }

      assertThat(LakeYaml.read(yaml, OPTIONS).lake()).isEqualTo(SampleLakes.full());
      assertThat(LakeFiles.read(yaml, OPTIONS).lake()).isEqualTo(SampleLakes.full());
      assertThat(LakeFiles.read(yml, OPTIONS).lake()).isEqualTo(SampleLakes.full());
      assertThat(fromStream).isEqualTo(SampleLakes.full());
    }

    @Test
    void acceptsALakeWithoutSchemaInAnyOrderWithCommentsAndFlowStyle() {
      String yaml = "# my lake\nentries: []   # none yet\nowner: {headline: ML platform engineer, name: Alex Example}\n";

      Lake lake = LakeYaml.read(yaml, "lake.yaml", OPTIONS).lake();

      assertThat(lake.owner().name()).isEqualTo("Alex Example");
      assertThat(lake.entries()).isEmpty();
    }

    @Test
    void leavesTheDefaultsOfOmittedFieldsToTheModel() {
      String yaml = replaceOnce(FULL, "        workingDir: .\n        expectedExit: 0\n", "");

      assertThat(LakeYaml.read(yaml, "lake.yaml", OPTIONS).lake()).isEqualTo(SampleLakes.full());
    }

    @Test
    void readsYaml12CoreScalarsSoDatesAndYesNoOnStayText() {
      String yaml = replaceOnce(FULL, "    title: Run promoted without its READY marker", "    title: no");
      yaml = replaceOnce(yaml, "      \"on\": 2025-03-14", "      on: 2025-03-14");

      Lake lake = LakeYaml.read(yaml, "lake.yaml", OPTIONS).lake();

      assertThat(lake.stories().get(2).title()).isEqualTo("no");
    }

    @Test
    void readsMultiLineTextAsLiteralAndFoldedBlocks() {
      String yaml = replaceOnce(FULL, "    claim: Will publish the replay tooling\n",
          "    claim: >-\n      Will publish\n      the replay tooling\n");
      yaml = replaceOnce(yaml, "    constraint: It is entangled with private code\n",
          "    constraint: |\n      It is entangled\n      with private code\n");

      Lake lake = LakeYaml.read(yaml, "lake.yaml", OPTIONS).lake();

      assertThat(lake.entries().get(3).claim()).isEqualTo("Will publish the replay tooling");
      assertThat(lake.entries().get(3).constraint()).isEqualTo("It is entangled\nwith private code\n");
    }

    @Test
    void takesStandardTagsAndTheNonSpecificTagAtTheirWord() {
      String yaml = replaceOnce(FULL, "  - id: \"110\"\n", "  - id: !!str 110\n");
      yaml = replaceOnce(yaml, "    rank: 1\n", "    rank: !!int \"1\"\n");
      yaml = replaceOnce(yaml, "      - \"46\"\n    capabilities:\n      - run-discipline", "      - ! 46\n    capabilities:\n      - run-discipline");

      assertThat(LakeYaml.read(yaml, "lake.yaml", OPTIONS).lake()).isEqualTo(SampleLakes.full());
    }

    @Test
    void expandsAliasesAndMergeKeysThatHideNothing() {
      String yaml = replaceOnce(FULL, "      - \"46\"\n    capabilities:\n      - run-discipline\n",
          "      - \"46\"\n    capabilities: &gated\n      - run-discipline\n");
      yaml = replaceOnce(yaml, "    capabilities:\n      - run-discipline\n    keywords:", "    capabilities: *gated\n    keywords:");
      yaml = replaceOnce(yaml, "    status:\n      state: TARGET\n      by: 2026-01-31\n", "    status: &planned\n      state: TARGET\n      by: 2026-01-31\n");
      yaml = replaceOnce(yaml, "    status:\n      state: TARGET\n", "    status:\n      <<: *planned\n");

      Lake lake = LakeYaml.read(yaml, "lake.yaml", OPTIONS).lake();

      assertThat(lake.entries().get(0).capabilities()).isEqualTo(SampleLakes.full().entries().get(0).capabilities());
      assertThat(lake.entries().get(3).status()).isEqualTo(lake.entries().get(2).status());
    }
  }

  @Nested
  class LocatingLaterDiagnostics {

    @Test
    void locatesADiagnosticAtItsPointerInTheYamlFile(@TempDir Path folder) throws IOException {
      Path file = folder.resolve("lake.yaml");
      Files.writeString(file, FULL, StandardCharsets.UTF_8);

      List<Diagnostic> located = LakeFiles.locate(file, List.of(Diagnostic.of(Rule.UNKNOWN_REFERENCE, "/entries/0/evidence/1/sha256", "m", "h")));

      int[] at = positionOf(FULL, "sha256: 60303ae");
      assertThat(located).singleElement().satisfies(d -> {
        assertThat(d.source()).hasValue(file.toString());
        assertThat(d.line()).hasValue(at[0]);
        assertThat(d.column()).hasValue(at[1]);
      });
    }

    @Test
    void aLoadedYamlLakeLocatesLaterDiagnosticsFromWhatItReadAsReadingAgainWould(@TempDir Path folder) throws IOException {
      Path file = folder.resolve("lake.yaml");
      Files.writeString(file, FULL, StandardCharsets.UTF_8);
      List<Diagnostic> later = List.of(Diagnostic.of(Rule.EVIDENCE_MISSING, "/entries/0/evidence/1/sha256", "m", "h"),
          Diagnostic.of(Rule.EVIDENCE_MISSING, "/entries/1/evidence/0", "m", "h"));
      List<Diagnostic> readAgain = LakeFiles.locate(file, later);

      LoadedLake loaded = LakeFiles.read(file, OPTIONS);
      Files.delete(file);

      assertThat(loaded.locate(later)).isEqualTo(readAgain).allSatisfy(d -> assertThat(d.line()).isPresent());
    }

    @Test
    void namesOnlyTheFileWhenItCannotBeReadAnyMore(@TempDir Path folder) {
      Path missing = folder.resolve("gone.yaml");

      assertThat(LakeYaml.locate(missing, List.of(Diagnostic.of(Rule.UNKNOWN_REFERENCE, "/owner", "m", "h"))))
          .singleElement().satisfies(d -> {
            assertThat(d.source()).hasValue(missing.toString());
            assertThat(d.line()).isEmpty();
          });
    }
  }

  @Nested
  class SyntaxProblems {

    @Test
    void reportsEveryDuplicateKeyWithBothLocations() {
      String yaml = "owner:\n  name: A\n  headline: B\n  name: C\nentries: []\nentries: []\n";

      List<Diagnostic> problems = problems(yaml);

      assertThat(problems).hasSize(2);
      assertLocated(problems.get(0), Rule.DUPLICATE_KEY, "/owner/name", yaml, "name: C");
      assertThat(problems.get(0).message()).contains("first at line 2, column 3").contains("again at line 4, column 3");
      assertThat(problems.get(1).pointer()).isEqualTo("/entries");
      assertThat(problems.get(1).line()).hasValue(6);
      assertThat(problems.get(1).column()).hasValue(1);
    }

    @Test
    void reportsDuplicateKeysTogetherWithSchemaErrors() {
      String yaml = "owner: {name: A, name: B, headline: C, nam: 1}\n";

      assertThat(problems(yaml)).extracting(Diagnostic::code)
          .containsExactly(Rule.DUPLICATE_KEY.code(), Rule.UNKNOWN_FIELD.code());
    }

    @Test
    void reportsASecondDocumentAsTrailingContent() {
      String yaml = FULL + "---\nowner: {}\n";

      Diagnostic problem = problem(yaml);

      assertThat(problem.code()).isEqualTo(Rule.TRAILING_CONTENT.code());
      assertThat(problem.line()).hasValue((int) FULL.lines().count() + 1);
      assertThat(problem.column()).hasValue(1);
    }

    @Test
    void reportsBadIndentationWithItsLineAndColumn() {
      String yaml = replaceOnce(FULL, "  headline: ML platform engineer\n", "   headline: ML platform engineer\n");

      Diagnostic problem = problem(yaml);

      assertThat(problem.code()).isEqualTo(Rule.JSON_SYNTAX.code());
      assertThat(problem.message()).startsWith("the input is not valid YAML");
      assertThat(problem.line()).hasValue(positionOf(yaml, "   headline")[0]);
      assertThat(problem.pointer()).isEmpty();
    }

    @Test
    void rejectsNanAndInfinityAtTheNumber() {
      for (String token : List.of(".nan", ".inf", "-.Inf")) {
        String yaml = replaceOnce(FULL, "value: 120.5", "value: " + token);

        assertLocated(problem(yaml), Rule.UNSUPPORTED_YAML, "/entries/0/evidence/4/value", yaml, token + "\n");
      }
    }

    @Test
    void rejectsANumberTooLargeForADouble() {
      // 2e2147483648: an exponent beyond an int, which BigDecimal cannot hold either.
      for (String number : List.of("1e999", "2e2147483648", "-20E55555555555555555")) {
        String yaml = replaceOnce(FULL, "value: 120.5", "value: " + number);

        assertLocated(problem(yaml), Rule.JSON_SYNTAX, "/entries/0/evidence/4/value", yaml, number);
      }
    }

    @Test
    void rejectsAWholeNumberTooLargeForADoubleAsJsonDoes() {
      String number = "9".repeat(400);
      String yaml = replaceOnce(FULL, "    rank: 1\n", "    rank: " + number + "\n");

      Diagnostic problem = problems(yaml).get(0);

      assertLocated(problem, Rule.JSON_SYNTAX, "/clusters/0/rank", yaml, number);
      assertThat(problem.message()).contains("is too large to use");
    }

    @Test
    void rejectsANumberOfMoreCharactersThanJsonAllowsWithoutReadingIt() {
      // Reading a whole number takes time that grows with the square of its digits: a million took 20 s.
      String number = "7".repeat(Mappers.MAX_NUMBER_LENGTH + 1);
      String yaml = replaceOnce(FULL, "    rank: 1\n", "    rank: " + number + "\n");

      Diagnostic problem = problem(yaml);

      assertLocated(problem, Rule.JSON_SYNTAX, "/clusters/0/rank", yaml, number);
      assertThat(problem.message()).isEqualTo("the input exceeds a parser limit: a number of 1001 characters is longer than 1000");
    }

    @Test
    void reportsAnEscapeCutShortByTheEndOfTheInputAfterTheLastValueRead() {
      // SnakeYAML's scanner fails on these with a NumberFormatException, which has no position.
      for (String escape : List.of("\\u", "\\x", "\\U")) {
        String yaml = "owner:\n  name: \"Al" + escape;

        Diagnostic problem = problem(yaml);

        assertLocated(problem, Rule.JSON_SYNTAX, "", yaml, "name:");
        assertThat(problem.message()).isEqualTo("the input is not valid YAML after this point");
      }
    }

    @Test
    void acceptsAByteOrderMark() {
      assertThat(LakeYaml.read("\uFEFF" + FULL, "lake.yaml", OPTIONS).lake()).isEqualTo(SampleLakes.full());
    }

    @Test
    void rejectsInvalidUtf8WithItsLineAndColumn() {
      int offset = FULL.indexOf("Alex Example");
      byte[] bad = FULL.getBytes(StandardCharsets.UTF_8);
      bad[offset] = (byte) 0xC3;
      bad[offset + 1] = (byte) 0x28;

      LakeException e = catchThrowableOfType(LakeException.class,
          () -> LakeYaml.read(new ByteArrayInputStream(bad), "lake.yaml", OPTIONS));

      int[] at = positionOf(FULL, "Alex Example");
      assertThat(e.diagnostics()).singleElement().satisfies(d -> {
        assertThat(d.code()).isEqualTo(Rule.JSON_SYNTAX.code());
        assertThat(d.message()).contains("UTF-8").contains("0xC3");
        assertThat(d.line()).hasValue(at[0]);
        assertThat(d.column()).hasValue(at[1]);
      });
    }

    @Test
    void rejectsAControlCharacterYamlDoesNotAllowWithItsPosition() {
      String yaml = replaceOnce(FULL, "name: Alex Example", "name: Alex\u0007Example");

      Diagnostic problem = problem(yaml);

      assertThat(problem.code()).isEqualTo(Rule.JSON_SYNTAX.code());
      assertThat(problem.message()).contains("U+0007");
      assertThat(problem.line()).hasValue(positionOf(yaml, "\u0007")[0]);
    }

    @Test
    void rejectsEmptyInput() {
      for (String empty : List.of("", "  \n", "# only a comment\n")) {
        Diagnostic problem = problem(empty);

        assertThat(problem.code()).isEqualTo(Rule.JSON_SYNTAX.code());
        assertThat(problem.message()).contains("empty");
        assertThat(problem.line()).isPresent();
      }
    }

    @Test
    void turnsTheNestingLimitIntoADiagnostic() {
      String yaml = "owner: " + "[".repeat(2_000) + "]".repeat(2_000) + "\n";

      Diagnostic problem = problem(yaml);

      assertThat(problem.code()).isEqualTo(Rule.JSON_SYNTAX.code());
      assertThat(problem.message()).contains("parser limit");
      assertThat(problem.pointer()).startsWith("/owner/0/0/0");
    }

    @Test
    void reportsAMissingFileAndAFolderAsUnreadable(@TempDir Path folder) {
      Path missing = folder.resolve("nowhere.yaml");

      assertThat(catchThrowableOfType(LakeException.class, () -> LakeFiles.read(missing, OPTIONS)).diagnostics())
          .singleElement().satisfies(d -> {
            assertThat(d.code()).isEqualTo(Rule.UNREADABLE.code());
            assertThat(d.message()).contains("no such file");
          });
      assertThat(catchThrowableOfType(LakeException.class, () -> LakeYaml.read(folder, OPTIONS)).diagnostics())
          .extracting(Diagnostic::code).containsExactly(Rule.UNREADABLE.code());
    }

    @Test
    void reportsAFailingStreamAsUnreadable() {
      InputStream failing = new InputStream() {
        @Override
        public int read() throws IOException {
          throw new IOException("device gone");
        }
      };

      assertThat(catchThrowableOfType(LakeException.class, () -> LakeYaml.read(failing, "stdin", OPTIONS)).diagnostics())
          .singleElement().satisfies(d -> assertThat(d.message()).contains("device gone"));
    }

    @Test
    void rejectsAStringLongerThanTheLimitWithItsLocation() {
      String yaml = "owner:\n  name: " + "x".repeat(Mappers.MAX_STRING_LENGTH + 1) + "\n";

      Diagnostic problem = problem(yaml);

      assertThat(problem.code()).isEqualTo(Rule.JSON_SYNTAX.code());
      assertThat(problem.message()).contains("parser limit").contains(String.valueOf(Mappers.MAX_STRING_LENGTH));
      assertThat(problem.pointer()).isEqualTo("/owner/name");
      assertThat(problem.line()).hasValue(2);
    }

    @Test
    void refusesAnInputLargerThanTheDocumentLimitBeforeParsingIt() {
      InputStream endless = new InputStream() {
        @Override
        public int read() {
          return ' ';
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
          java.util.Arrays.fill(buffer, offset, offset + length, (byte) ' ');
          return length;
        }
      };

      assertThat(catchThrowableOfType(LakeException.class, () -> LakeYaml.read(endless, "endless", OPTIONS)).diagnostics())
          .singleElement().satisfies(d -> assertThat(d.code()).isEqualTo(Rule.UNREADABLE.code()));
    }
  }

  @Nested
  class HostileYaml {

    @Test
    void aLoneSurrogateEscapeIsALocatedErrorNotAQuestionMark() {
      String yaml = FULL.replaceFirst("name: Alex Example", "name: \"Alex \\\\ud800Example\"");

      Diagnostic problem = problem(yaml);

      assertLocated(problem, Rule.JSON_SYNTAX, "/owner/name", yaml, "\"Alex");
      assertThat(problem.message()).contains("\\ud800").contains("surrogate");
    }

    @Test
    void aLoneSurrogateInTheTextIsALocatedError() {
      String yaml = FULL.replaceFirst("name: Alex Example", "name: Alex \udc00Example");

      Diagnostic problem = problem(yaml);

      assertThat(problem.code()).isEqualTo(Rule.JSON_SYNTAX.code());
      assertThat(problem.line()).hasValue(positionOf(yaml, "\udc00")[0]);
    }

    @Test
    void refusesABillionLaughsBeforeExpandingIt() {
      StringBuilder yaml = new StringBuilder("owner:\n  name: Alex\n  headline: x\nlaughs:\n  a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
      for (int i = 1; i <= 9; i++) {
        yaml.append("  a").append(i).append(": &a").append(i).append(" [");
        for (int k = 0; k < 10; k++) {
          yaml.append(k == 0 ? "" : ", ").append("*a").append(i - 1);
        }
        yaml.append("]\n");
      }

      Diagnostic problem = problem(yaml.toString());

      assertThat(problem.code()).isEqualTo(Rule.UNSUPPORTED_YAML.code());
      assertThat(problem.message()).contains("aliases repeat more than " + YamlTrees.MAX_ALIAS_VALUES);
      assertThat(problem.pointer()).startsWith("/laughs/a");
      assertThat(problem.line()).isPresent();
    }

    @Test
    void refusesMoreAliasesThanTheBound() {
      StringBuilder yaml = new StringBuilder("owner: {name: &n Alex, headline: x}\nmany: [");
      for (int i = 0; i <= YamlTrees.MAX_ALIASES; i++) {
        yaml.append(i == 0 ? "" : ", ").append("*n");
      }
      yaml.append("]\n");

      Diagnostic problem = problem(yaml.toString());

      assertThat(problem.code()).isEqualTo(Rule.UNSUPPORTED_YAML.code());
      assertThat(problem.message()).contains("more than " + YamlTrees.MAX_ALIASES + " aliases");
      assertThat(problem.pointer()).isEqualTo("/many/" + YamlTrees.MAX_ALIASES);
    }

    @Test
    void refusesAnAliasWithNoAnchorAndAnAnchorUsedInsideItself() {
      String undefined = "owner: {name: *who, headline: x}\n";
      String recursive = "owner: &me {name: Alex, headline: x, self: *me}\n";

      assertLocated(problem(undefined), Rule.UNSUPPORTED_YAML, "/owner/name", undefined, "*who");
      assertLocated(problem(recursive), Rule.UNSUPPORTED_YAML, "/owner/self", recursive, "*me");
    }

    @Test
    void refusesCustomAndUnsupportedTagsAtTheTaggedValue() {
      // '!%0A' and '!%20' are tags whose text ends in white space once unescaped, which SnakeYAML's Tag refuses with an exception.
      for (String tag : List.of("!secret", "!!binary", "!!timestamp", "!<tag:example.com,2026:x>", "!%0A", "!%20")) {
        String yaml = replaceOnce(FULL, "  name: Alex Example", "  name: " + tag + " Alex Example");

        Diagnostic problem = problem(yaml);

        assertLocated(problem, Rule.UNSUPPORTED_YAML, "/owner/name", yaml, tag);
        assertThat(problem.message()).contains("tag");
      }
      String set = replaceOnce(FULL, "    keywords:\n      - MLOps", "    keywords: !!set\n      - MLOps");
      assertLocated(problem(set), Rule.UNSUPPORTED_YAML, "/roles/0/keywords", set, "!!set");
    }

    @Test
    void refusesAStandardTagTheValueDoesNotFit() {
      String yaml = replaceOnce(FULL, "    rank: 1\n", "    rank: !!int one\n");

      assertLocated(problems(yaml).get(0), Rule.UNSUPPORTED_YAML, "/clusters/0/rank", yaml, "!!int one");
    }

    @Test
    void refusesAMergeKeyThatWouldHideAWrittenKey() {
      String yaml = "owner:\n  <<: &base {name: Base, headline: x}\n  name: Alex\n";

      Diagnostic problem = problem(yaml);

      assertLocated(problem, Rule.DUPLICATE_KEY, "/owner/name", yaml, "name: Alex");
      assertThat(problem.message()).contains("merged in by '<<' at line 2, column 3");
    }

    @Test
    void refusesTwoMergedMappingsThatShareAKey() {
      String yaml = "a: &a {name: A}\nb: &b {name: B, headline: x}\nowner:\n  <<: [*a, *b]\n";

      List<Diagnostic> problems = problems(yaml);

      assertThat(problems).extracting(Diagnostic::code).contains(Rule.DUPLICATE_KEY.code());
      Diagnostic twice = problems.stream().filter(d -> d.code().equals(Rule.DUPLICATE_KEY.code())).findFirst().orElseThrow();
      assertLocated(twice, Rule.DUPLICATE_KEY, "/owner/name", yaml, "<<: [");
    }

    @Test
    void refusesAMergeKeyOfSomethingOtherThanMappings() {
      String yaml = "owner:\n  <<: [1, 2]\n  name: A\n  headline: B\n";

      assertLocated(problem(yaml), Rule.UNSUPPORTED_YAML, "/owner/<<", yaml, "[1, 2]");
    }

    @Test
    void refusesKeysThatAreNotText() {
      String complex = "owner: {name: A, headline: B}\n? [a, b]\n: c\n";
      String alias = "owner: &o {name: A, headline: B}\n*o : c\n";

      assertLocated(problem(complex), Rule.UNSUPPORTED_YAML, "", complex, "[a, b]");
      assertLocated(problem(alias), Rule.UNSUPPORTED_YAML, "", alias, "*o :");
    }
  }

  @Nested
  class SchemaProblems {

    @Test
    void suggestsTheNearestKnownFieldForAnUnknownOne() {
      String yaml = replaceOnce(FULL, "    keywords:\n      - phase gates", "    keywrds:\n      - phase gates");

      Diagnostic problem = problem(yaml);

      assertLocated(problem, Rule.UNKNOWN_FIELD, "/entries/0/keywrds", yaml, "keywrds:");
      assertThat(problem.hint()).contains("did you mean 'keywords'?");
    }

    @Test
    void reportsAMisspeltRequiredFieldOnceAsUnknownWithASuggestion() {
      String yaml = replaceOnce(FULL, "  headline:", "  hedline:");

      Diagnostic problem = problem(yaml);

      assertLocated(problem, Rule.UNKNOWN_FIELD, "/owner/hedline", yaml, "hedline:");
      assertThat(problem.hint()).contains("did you mean 'headline'?");
    }

    @Test
    void reportsAllSchemaErrorsOfALakeInOneLoadInDocumentOrder() {
      String yaml = FULL;
      yaml = replaceOnce(yaml, "tier: CORE", "tier: core");
      yaml = replaceOnce(yaml, "start: 2024-09", "start: 2024-13");
      yaml = replaceOnce(yaml, "\"on\": 2025-03-14", "\"on\": 14/03/2025");
      yaml = replaceOnce(yaml, "state: CURRENT", "state: CURENT");
      yaml = replaceOnce(yaml, "rank: 2", "rank: 0");

      List<Diagnostic> problems = problems(yaml);

      assertThat(problems).extracting(Diagnostic::pointer).containsExactly(
          "/engagements/0/start", "/clusters/0/tier", "/clusters/1/rank", "/entries/0/status/on", "/entries/1/status/state");
      assertLocated(problems.get(0), Rule.BAD_FORMAT, "/engagements/0/start", yaml, "start: 2024-13");
      assertLocated(problems.get(1), Rule.SCHEMA, "/clusters/0/tier", yaml, "tier: core");
      assertLocated(problems.get(3), Rule.BAD_FORMAT, "/entries/0/status/on", yaml, "\"on\": 14/03");
      assertThat(problems.get(4).hint()).contains("did you mean 'CURRENT'?");
    }

    @Test
    void reportsAMissingFieldAtTheEnclosingMapping() {
      String yaml = replaceOnce(FULL, "    role: Lead\n", "");

      Diagnostic problem = problem(yaml);

      assertLocated(problem, Rule.MISSING_FIELD, "/engagements/0/role", yaml, "id: platform");
      assertThat(problem.message()).isEqualTo("engagement 'platform' has no 'role'");
    }

    @Test
    void reportsAMissingEntryPartAsBlank() {
      String yaml = replaceOnce(FULL, "    constraint: Replays compete with live traffic\n", "");

      Diagnostic problem = problem(yaml);

      assertThat(problem.code()).isEqualTo(Rule.BLANK_PART.code());
      assertThat(problem.pointer()).isEqualTo("/entries/2/constraint");
    }

    @Test
    void reportsABlankClaimABadDigestAndAnUnsafePath() {
      String blank = replaceOnce(FULL, "claim: Will publish the replay tooling", "claim: \" \\t \"");
      String digest = replaceOnce(FULL, "outputSha256: 9f86d0", "outputSha256: 9F86D0");
      String path = replaceOnce(FULL, "path: runs/2025-03-14/gates.log", "path: /etc/passwd");

      assertLocated(problem(blank), Rule.BLANK_PART, "/entries/3/claim", blank, "claim: \" \\t");
      assertLocated(problem(digest), Rule.BAD_DIGEST, "/entries/0/evidence/5/outputSha256", digest, "outputSha256: 9F86");
      assertLocated(problem(path), Rule.UNSAFE_PATH, "/entries/0/evidence/0/path", path, "path: /etc");
      assertThat(problem(path).message()).endsWith("is absolute");
    }

    @Test
    void reportsInvalidDatesMonthsAndStoryIds() {
      String date = replaceOnce(FULL, "asOf: 2025-06-01", "asOf: 2025-06-31");
      String storyId = replaceOnce(FULL, "  - id: 46AA\n", "  - id: 46aa\n");

      assertLocated(problem(date), Rule.BAD_FORMAT, "/entries/1/status/asOf", date, "asOf:");
      assertLocated(problem(storyId), Rule.BAD_FORMAT, "/stories/1/id", storyId, "id: 46aa");
    }

    @Test
    void reportsAnUnquotedNumericStoryIdAsANumberWhereTextBelongs() {
      String yaml = replaceOnce(FULL, "  - id: \"110\"\n", "  - id: 110\n");

      Diagnostic problem = problem(yaml);

      assertLocated(problem, Rule.SCHEMA, "/stories/2/id", yaml, "id: 110\n");
      assertThat(problem.message()).contains("must be a string");
    }

    @Test
    void reportsAWrongTypeInPlainWords() {
      String yaml = replaceOnce(FULL, "    rank: 1\n", "    rank: \"1\"\n");

      Diagnostic problem = problem(yaml);

      assertLocated(problem, Rule.SCHEMA, "/clusters/0/rank", yaml, "rank: \"1\"");
      assertThat(problem.message()).isEqualTo("'rank' of cluster 'evidence-gated-runs' is a string, but must be an integer");
    }

    @Test
    void reportsAnEmptyValueAsNull() {
      String yaml = replaceOnce(FULL, "  headline: ML platform engineer\n", "  headline:\n");

      Diagnostic problem = problem(yaml);

      assertLocated(problem, Rule.SCHEMA, "/owner/headline", yaml, "headline:");
      assertThat(problem.message()).contains("null");
    }

    @Test
    void rejectsARootThatIsNotAMapping() {
      assertThat(problem("- a\n- b\n").message()).isEqualTo("the lake is an array, but must be an object");
    }
  }

  @Nested
  class BindingProblems {

    @Test
    void locatesAValuesOwnCheckUnderItsPointer() {
      String yaml = replaceOnce(FULL, "end: 2025-06", "end: 2023-06");

      Diagnostic problem = problem(yaml);

      assertLocated(problem, Rule.BAD_FORMAT, "/engagements/0/end", yaml, "end: 2023-06");
      assertThat(problem.message()).contains("ends (2023-06) before it starts (2024-09)");
    }

    @Test
    void locatesAStoryIdTheModelRejectsAfterTheSchemaLetItThrough() {
      String yaml = replaceOnce(FULL, "  - id: \"110\"\n", "  - id: \"110\\n\"\n");

      Diagnostic problem = problem(yaml);

      assertLocated(problem, Rule.BAD_FORMAT, "/stories/2/id", yaml, "id: \"110\\n\"");
    }
  }

  @Nested
  class BrokenLake {

    @Test
    void reportsFiveLocatedDiagnosticsForFiveMistakesInOneLoad() throws IOException {
      String text;
      try (InputStream in = LakeYamlReadTests.class.getResourceAsStream("broken-lake.yaml")) {
        text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }

      List<Diagnostic> problems = catchThrowableOfType(LakeException.class,
          () -> LakeYaml.read(text, "lake.yaml", OPTIONS)).diagnostics();

      assertThat(problems).hasSize(5);
      assertLocated(problems.get(0), Rule.UNSAFE_PATH, "/entries/0/evidence/0/path", text, "path: /home");
      assertLocated(problems.get(1), Rule.BAD_DIGEST, "/entries/0/evidence/1/sha256", text, "sha256: 60303AE");
      assertLocated(problems.get(2), Rule.BAD_FORMAT, "/entries/0/status/on", text, "on: 2025-02-30");
      assertLocated(problems.get(3), Rule.UNKNOWN_FIELD, "/entries/0/keywrds", text, "keywrds");
      assertLocated(problems.get(4), Rule.BLANK_PART, "/entries/1/claim", text, "claim: \"   \"");
    }
  }
}
