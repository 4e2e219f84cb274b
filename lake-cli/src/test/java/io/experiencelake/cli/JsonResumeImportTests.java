package io.experiencelake.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.experiencelake.core.Diagnostic;
import io.experiencelake.core.Engagement;
import io.experiencelake.core.EngagementKind;
import io.experiencelake.core.Lake;
import io.experiencelake.core.Story;
import io.experiencelake.core.StoryId;
import io.experiencelake.core.check.CheckOptions;
import io.experiencelake.core.json.LakeJson;
import io.experiencelake.core.json.LoadedLake;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonResumeImportTests {

  static final Path SAMPLE = Cli.resource("resume/sample.json");

  static Cli.Run importInto(Path out, String... more) {
    String[] args = new String[4 + more.length];
    args[0] = "import";
    args[1] = "jsonresume";
    args[2] = SAMPLE.toString();
    args[3] = "--out=" + out;
    System.arraycopy(more, 0, args, 4, more.length);
    return Cli.run(args);
  }

  static LoadedLake imported(@TempDir Path folder) {
    Path out = folder.resolve("lake.json");
    Cli.Run run = importInto(out);
    assertThat(run.exitCode()).as(run.all()).isEqualTo(LakeCli.OK);
    return LakeJson.read(out, CheckOptions.today(Cli.TODAY));
  }

  @Nested
  class TheLake {

    @Test
    void loadsWithOnlyTheWarningsOfAStartingLakeAndHasNoEntryAndNoEvidence(@TempDir Path folder) {
      LoadedLake loaded = imported(folder);

      assertThat(loaded.lake().entries()).isEmpty();
      assertThat(loaded.warnings()).extracting(Diagnostic::code).containsOnly("LAKE-L002", "LAKE-L003");
      assertThat(loaded.warnings()).allMatch(w -> !w.isError());
    }

    @Test
    void takesTheOwnerFromBasics(@TempDir Path folder) {
      Lake lake = imported(folder).lake();

      assertThat(lake.owner().name()).isEqualTo("Alex Example");
      assertThat(lake.owner().headline()).isEqualTo("ML platform engineer");
      assertThat(lake.owner().email()).hasValue("alex@example.org");
      assertThat(lake.owner().location()).hasValue("Manchester, England, GB");
      assertThat(lake.owner().url()).map(Object::toString).hasValue("https://example.org/alex");
    }

    @Test
    void makesAnEngagementPerItemWithItsKindRoleAndMonths(@TempDir Path folder) {
      List<Engagement> engagements = imported(folder).lake().engagements();

      assertThat(engagements).extracting(Engagement::id)
          .containsExactly("acme-payments", "pied-piper-inc", "lake-tools", "university-of-manchester", "code-club");
      assertThat(engagements).extracting(Engagement::kind).containsExactly(
          EngagementKind.JOB, EngagementKind.JOB, EngagementKind.PROJECT, EngagementKind.STUDY, EngagementKind.VOLUNTEER);
      assertThat(engagements).extracting(Engagement::role)
          .containsExactly("Senior platform engineer", "Data engineer", "Maintainer, Author", "BSc, Computer Science", "Mentor");
      assertThat(engagements.get(0).start()).isEqualTo(YearMonth.of(2024, 9));
      assertThat(engagements.get(0).end()).isEmpty();
      assertThat(engagements.get(1).end()).hasValue(YearMonth.of(2024, 8));
      assertThat(engagements.get(1).location()).hasValue("London");
    }

    @Test
    void numbersOneStoryPerHighlightInResumeOrderAndGroupsThemInOneCluster(@TempDir Path folder) {
      Lake lake = imported(folder).lake();

      assertThat(lake.stories()).extracting(Story::title).containsExactly(
          "Gated 6 run phases on committed receipts",
          "Cut p99 scoring latency from 900 ms to 180 ms",
          "Moved 40 nightly ETL jobs to streaming",
          "Wrote an evidence verifier that never follows a symlink out",
          "Shipped a CLI in a weekend",
          "Ran 30 sessions for 11-year-olds");
      assertThat(lake.stories()).extracting(s -> s.id().toString()).containsExactly("1", "2", "3", "4", "5", "6");
      assertThat(lake.stories().get(0).tags()).containsExactly("acme-payments");
      assertThat(lake.stories().get(4).tags()).isEmpty();
      assertThat(lake.clusters()).singleElement().satisfies(c -> {
        assertThat(c.id()).isEqualTo(JsonResumeImporter.CLUSTER_ID);
        assertThat(c.stories()).extracting(StoryId::toString).containsExactly("1", "2", "3", "4", "5", "6");
      });
    }

    @Test
    void makesACapabilityPerSkill(@TempDir Path folder) {
      Lake lake = imported(folder).lake();

      assertThat(lake.capabilities()).extracting(c -> c.id() + "=" + c.title()).containsExactly("kubernetes=Kubernetes", "python=Python");
      assertThat(lake.capabilities().get(0).description()).hasValue("Helm, Operators");
    }
  }

  @Nested
  class TheCommand {

    @Test
    void saysWhatItWroteAndNotesWhatItLeftOut(@TempDir Path folder) {
      Path out = folder.resolve("lake.json");

      Cli.Run run = importInto(out);

      List<Diagnostic> warnings = LakeJson.read(out, CheckOptions.today(Cli.TODAY)).warnings();
      assertThat(run.exitCode()).isEqualTo(LakeCli.OK);
      assertThat(run.out()).startsWith("wrote " + out + ": owner Alex Example, 5 engagements, 6 stories in 1 cluster, 2 capabilities, 0 entries\n")
          .contains("2 resume items were left out")
          .contains(out + " loads with " + warnings.size() + " warnings (1 LAKE-L002, " + (warnings.size() - 1) + " LAKE-L003)");
      assertThat(run.err().lines()).hasSize(2);
      assertThat(run.err()).contains(SAMPLE + " /projects/1 warning LAKE-M001: project 'Side thing' has no roles")
          .contains("(its highlights still became stories)")
          .contains(SAMPLE + " /education/1 warning LAKE-M001: study 'Open University' starts on '2025', which is not a month");
    }

    @Test
    void refusesToReplaceAnExistingFileUnlessForced(@TempDir Path folder) throws IOException {
      Path out = folder.resolve("lake.json");
      Files.writeString(out, "my own lake\n");

      Cli.Run refused = importInto(out);

      assertThat(refused.exitCode()).isEqualTo(LakeCli.USAGE);
      assertThat(refused.err()).contains("--out " + out + " exists; pass --force to replace it");
      assertThat(Files.readString(out)).isEqualTo("my own lake\n");

      Cli.Run forced = importInto(out, "--force");

      assertThat(forced.exitCode()).isEqualTo(LakeCli.OK);
      assertThat(LakeJson.read(out, CheckOptions.today(Cli.TODAY)).lake().owner().name()).isEqualTo("Alex Example");
      assertThat(folder.toFile().list()).containsExactly("lake.json");
    }

    @Test
    void refusesAnOutputInAFolderThatDoesNotExist(@TempDir Path folder) {
      Path out = folder.resolve("missing/lake.json");

      Cli.Run run = importInto(out);

      assertThat(run.exitCode()).isEqualTo(LakeCli.USAGE);
      assertThat(run.err()).startsWith("lake: --out " + out + ": the folder " + out.getParent() + " does not exist");
      assertThat(folder.toFile().list()).isEmpty();
    }

    @Test
    void writesNothingAndSaysWhyWhenTheFolderCannotBeWritten(@TempDir Path folder) throws IOException {
      Path locked = Files.createDirectory(folder.resolve("locked"));
      java.nio.file.Files.setPosixFilePermissions(locked, java.nio.file.attribute.PosixFilePermissions.fromString("r-xr-xr-x"));
      org.junit.jupiter.api.Assumptions.assumeFalse(Files.isWritable(locked), "this user (root) can write into a read-only folder");

      Cli.Run run = importInto(locked.resolve("lake.json"));

      assertThat(run.exitCode()).isEqualTo(LakeCli.FAILED);
      assertThat(run.err()).startsWith("lake: cannot write ").contains("permission denied; nothing was written");
      assertThat(locked.toFile().list()).isEmpty();
    }

    @Test
    void writesNothingForAResumeWithoutAName(@TempDir Path folder) throws IOException {
      Path resume = folder.resolve("resume.json");
      Files.writeString(resume, "{\"basics\": {\"label\": \"Engineer\"}, \"work\": []}");
      Path out = folder.resolve("lake.json");

      Cli.Run run = Cli.run("import", "jsonresume", resume.toString(), "--out", out.toString());

      assertThat(run.exitCode()).isEqualTo(LakeCli.FAILED);
      assertThat(run.err()).contains(resume + " /basics/name error LAKE-S003: the resume has no basics.name")
          .contains("nothing was written");
      assertThat(out).doesNotExist();
    }

    @Test
    void takesTheHeadlineFromTheOptionWhenTheResumeHasNone(@TempDir Path folder) throws IOException {
      Path resume = folder.resolve("resume.json");
      Files.writeString(resume, "{\"basics\": {\"name\": \"Sam Doe\"}}");
      Path out = folder.resolve("lake.json");

      Cli.Run without = Cli.run("import", "jsonresume", resume.toString(), "--out", out.toString());
      Cli.Run with = Cli.run("import", "jsonresume", resume.toString(), "--out", out.toString(), "--headline", "Data engineer");

      assertThat(without.exitCode()).isEqualTo(LakeCli.FAILED);
      assertThat(without.err()).contains("pass --headline");
      assertThat(with.exitCode()).isEqualTo(LakeCli.OK);
      assertThat(LakeJson.read(out, CheckOptions.today(Cli.TODAY)).lake().owner().headline()).isEqualTo("Data engineer");
    }

    @Test
    void reportsAResumeThatIsNotJsonWithItsLocationAndWritesNothing(@TempDir Path folder) throws IOException {
      Path resume = folder.resolve("resume.json");
      Files.writeString(resume, "{\n  \"basics\": {\"name\": \"Sam\",}\n}", StandardCharsets.UTF_8);
      Path out = folder.resolve("lake.json");

      Cli.Run run = Cli.run("import", "jsonresume", resume.toString(), "--out", out.toString());

      assertThat(run.exitCode()).isEqualTo(LakeCli.FAILED);
      assertThat(run.err()).startsWith(resume + ":2:").contains(" / error LAKE-J001: the resume is not valid JSON: ");
      assertThat(run.all()).doesNotContain("Exception");
      assertThat(out).doesNotExist();
    }

    @Test
    void importsAnEndAfterTodayAsStillGoingOnWithANote(@TempDir Path folder) throws IOException {
      Path resume = folder.resolve("resume.json");
      Files.writeString(resume, "{\"basics\": {\"name\": \"Sam\", \"label\": \"Student\"}, \"education\": [{\"institution\": \"Uni\","
          + " \"studyType\": \"MSc\", \"startDate\": \"2026-09\", \"endDate\": \"2027-06\"}]}");
      Path out = folder.resolve("lake.json");

      Cli.Run run = Cli.run("import", "jsonresume", resume.toString(), "--out", out.toString());

      assertThat(run.exitCode()).isEqualTo(LakeCli.OK);
      assertThat(run.err()).contains("/education/0/endDate warning LAKE-M001: ").contains("imported as still going on");
      assertThat(LakeJson.read(out, CheckOptions.today(Cli.TODAY)).lake().engagements().get(0).end()).isEmpty();
    }
  }

  @Nested
  class Words {

    @Test
    void makesSlugsFromNames() {
      assertThat(JsonResumeImporter.slug("Pied Piper, Inc.", "job")).isEqualTo("pied-piper-inc");
      assertThat(JsonResumeImporter.slug("Société Générale", "job")).isEqualTo("societe-generale");
      assertThat(JsonResumeImporter.slug("株式会社", "job")).isEqualTo("job");
      assertThat(JsonResumeImporter.slug("a".repeat(60) + " b", "job")).hasSizeLessThanOrEqualTo(40);
    }

    @Test
    void readsMonthsButNotYearsAloneOrImpossibleDays() {
      assertThat(JsonResumeImporter.month("2024-09-15")).hasValue(YearMonth.of(2024, 9));
      assertThat(JsonResumeImporter.month("2024-09")).hasValue(YearMonth.of(2024, 9));
      assertThat(JsonResumeImporter.month("2024")).isEqualTo(Optional.empty());
      assertThat(JsonResumeImporter.month("2024-02-30")).isEmpty();
      assertThat(JsonResumeImporter.month("2024-13")).isEmpty();
      assertThat(JsonResumeImporter.month("soon")).isEmpty();
    }
  }
}
