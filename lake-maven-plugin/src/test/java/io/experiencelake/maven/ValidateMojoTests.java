package io.experiencelake.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.experiencelake.core.check.CheckOptions;
import io.experiencelake.core.json.LakeFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.regex.Pattern;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ValidateMojoTests {

  @TempDir
  Path dir;

  static JsonNode results(Path sarif) throws Exception {
    return JsonMapper.builder().build().readTree(Files.readString(sarif)).at("/runs/0/results");
  }

  @Test
  void aValidLakePassesAndWritesAnEmptySarifLog() throws Exception {
    TestProject project = TestProject.in(dir);

    project.validate().execute();

    assertThat(project.log.at("info")).contains(dir.resolve("lake.json") + ": valid, 2 entries, 0 errors, 0 warnings");
    assertThat(project.log.at("error")).isEmpty();
    assertThat(results(project.sarif())).isEmpty();
  }

  @Test
  void aLakeWithErrorsFailsWithEveryErrorLocatedAndNoStackTrace() throws Exception {
    TestProject project = TestProject.in(dir);
    project.edit("\"keywords\"", "\"keywrds\"");
    project.edit("\"on\": \"2025-03-14\"", "\"on\": \"2025-02-30\"");

    assertThatThrownBy(() -> project.validate().execute())
        .isInstanceOf(MojoFailureException.class)
        .hasNoCause()
        .hasMessageStartingWith(dir.resolve("lake.json") + ": 2 errors, 0 warnings\n")
        .hasMessageContaining("lake.json:26:38 /entries/0/status/on error LAKE-S004: ")
        .hasMessageContaining("lake.json:27:43 /entries/0/keywrds error LAKE-S002: entry 'phase-gates' has an unknown field 'keywrds'");

    assertThat(project.log.at("error")).hasSize(2).allSatisfy(line -> assertThat(line).startsWith(dir.resolve("lake.json") + ":2"));
    assertThat(results(project.sarif())).hasSize(2);
    assertThat(results(project.sarif()).get(0).at("/locations/0/physicalLocation/region/startLine").asInt()).isEqualTo(26);
  }

  @Test
  void aMissingLakeFileIsALocatedError() {
    TestProject project = TestProject.in(dir);
    ValidateMojo validate = project.validate();
    validate.lakeFile = dir.resolve("no-such-lake.json").toFile();

    assertThatThrownBy(validate::execute)
        .isInstanceOf(MojoFailureException.class)
        .hasMessageContaining("no-such-lake.json / error LAKE-");
  }

  @Test
  void warningsAreLoggedAndFailTheBuildOnlyWithFailOnWarnings() throws Exception {
    TestProject project = TestProject.in(dir);
    project.edit("\"stories\": [ \"110\", \"121\" ]", "\"stories\": [ \"110\", \"121\", \"122\" ]");
    project.edit("{ \"id\": \"121\", \"title\": \"Replay filled a window twice\" }",
        "{ \"id\": \"121\", \"title\": \"Replay filled a window twice\" }, { \"id\": \"122\", \"title\": \"Unused\" }");

    assertThatCode(() -> project.validate().execute()).doesNotThrowAnyException();
    assertThat(project.log.at("warn")).singleElement().asString().contains("warning LAKE-L003");

    ValidateMojo strict = project.validate();
    strict.failOnWarnings = true;
    assertThatThrownBy(strict::execute)
        .isInstanceOf(MojoFailureException.class)
        .hasMessageStartingWith(dir.resolve("lake.json") + ": 0 errors, 1 warning, and failOnWarnings is set\n")
        .hasMessageContaining("warning LAKE-L003");
  }

  @Test
  void todayComesFromTheConfigurationAndABadOneIsRefused() {
    TestProject project = TestProject.in(dir);
    ValidateMojo earlier = project.validate();
    earlier.today = "2025-03-01";

    assertThatThrownBy(earlier::execute).hasMessageContaining("LAKE-I003");

    ValidateMojo bad = project.validate();
    bad.today = "2026-13-01";
    assertThatThrownBy(bad::execute)
        .isInstanceOf(MojoFailureException.class)
        .hasMessage("<today> is '2026-13-01', which is not a date; write it as YYYY-MM-DD, e.g. 2026-11-27, or leave it out for the system date");
  }

  @Test
  void withoutTodayTheDateComesFromTheClock() throws Exception {
    TestProject project = TestProject.in(dir);
    ValidateMojo validate = project.validate();
    validate.today = null;
    validate.clock = Clock.fixed(LocalDate.parse(TestProject.TODAY).atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);
    ValidateMojo tooEarly = project.validate();
    tooEarly.today = null;
    tooEarly.clock = Clock.fixed(LocalDate.parse("2025-03-01").atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);

    validate.execute();

    assertThat(project.log.at("error")).isEmpty();
    assertThatThrownBy(tooEarly::execute).hasMessageContaining("LAKE-I003");
  }

  @Test
  void skipDoesNothing() throws Exception {
    TestProject project = TestProject.in(dir);
    project.edit("\"keywords\"", "\"keywrds\"");
    ValidateMojo validate = project.validate();
    validate.skip = true;

    validate.execute();

    assertThat(project.log.lines()).containsExactly("[info] Skipping lake:validate: lake.skip is set");
    assertThat(project.sarif()).doesNotExist();
  }

  @Test
  void controlCharactersFromTheLakeReachTheLogEscaped() throws Exception {
    TestProject project = TestProject.in(dir);
    project.edit("\"keywords\"", "\"key\\u001b[31mwords\"");

    assertThatThrownBy(() -> project.validate().execute()).hasMessageContaining("key\\u001b[31mwords");
    assertThat(project.log.lines()).noneMatch(line -> line.indexOf('\u001b') >= 0);
  }

  @Test
  void aYamlLakeIsReadAndItsErrorsAreLocatedInTheYaml() throws Exception {
    TestProject project = TestProject.in(dir);
    Path yaml = dir.resolve("lake.yaml");
    LakeFiles.write(LakeFiles.read(dir.resolve("lake.json"), CheckOptions.today(LocalDate.parse(TestProject.TODAY))).lake(), yaml);
    ValidateMojo validate = project.validate();
    validate.lakeFile = yaml.toFile();

    validate.execute();
    assertThat(project.log.at("info")).contains(yaml + ": valid, 2 entries, 0 errors, 0 warnings");

    Files.writeString(yaml, Files.readString(yaml).replace("keywords:", "keywrds:"));
    ValidateMojo broken = project.validate();
    broken.lakeFile = yaml.toFile();
    assertThatThrownBy(broken::execute)
        .isInstanceOf(MojoFailureException.class)
        .hasMessageMatching("(?s).*\\n" + Pattern.quote(yaml.toString()) + ":\\d+:\\d+ /entries/0/keywrds error LAKE-S002: .*");
  }
}
