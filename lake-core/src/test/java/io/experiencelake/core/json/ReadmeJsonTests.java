package io.experiencelake.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.experiencelake.core.Achieved;
import io.experiencelake.core.LakeException;
import io.experiencelake.core.ReportStat;
import io.experiencelake.core.check.CheckOptions;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/** The JSON shown in the README loads; the broken lake shown there fails exactly as shown. */
class ReadmeJsonTests {

  static final CheckOptions OPTIONS = CheckOptions.today(LocalDate.of(2026, 11, 27));

  @Test
  void theReadmeLakeLoadsWithoutDiagnostics() throws URISyntaxException {
    LoadedLake loaded = LakeJson.read(resource("readme-lake.json"), OPTIONS);

    assertThat(loaded.warnings()).isEmpty();
    assertThat(loaded.lake().entries()).singleElement().satisfies(entry -> {
      assertThat(entry.id()).isEqualTo("phase-gates");
      assertThat(entry.status()).isEqualTo(Achieved.on(LocalDate.of(2025, 3, 14)));
      assertThat(entry.evidence()).hasSize(2).last().isInstanceOf(ReportStat.class);
    });
  }

  @Test
  void theBrokenLakeReportsItsFiveMistakesInOneLoad() throws URISyntaxException {
    LakeException e = catchThrowableOfType(LakeException.class, () -> LakeJson.read(resource("broken-lake.json"), OPTIONS));

    assertThat(e.errors()).hasSize(5)
        .extracting(d -> d.code())
        .containsExactly("LAKE-I009", "LAKE-I008", "LAKE-S004", "LAKE-S002", "LAKE-I001");
    assertThat(e.errors()).allSatisfy(d -> {
      assertThat(d.source()).get().asString().endsWith("broken-lake.json");
      assertThat(d.line()).isPresent();
    });
  }

  @Test
  void theReadmeShowsTheBrokenLakesRealMessageAndTheLakeThatLoads() throws Exception {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    String broken = Files.readString(resource("broken-lake.json"), StandardCharsets.UTF_8);
    LakeException e = catchThrowableOfType(LakeException.class, () -> LakeJson.read(broken, "broken-lake.json", OPTIONS));

    assertThat(block(readme, "has five mistakes")).isEqualTo(e.getMessage().strip());
    assertThat(block(readme, "A small lake that loads"))
        .isEqualTo(Files.readString(resource("readme-lake.json"), StandardCharsets.UTF_8).strip());
  }

  /** The first fenced code block after the line containing {@code marker}. */
  static String block(String markdown, String marker) {
    int at = markdown.indexOf(marker);
    assertThat(at).as("README mentions '%s'", marker).isNotNegative();
    int open = markdown.indexOf("```", at);
    int start = markdown.indexOf('\n', open) + 1;
    int end = markdown.indexOf("```", start);
    return markdown.substring(start, end).strip();
  }

  static Path resource(String name) throws URISyntaxException {
    return Path.of(Objects.requireNonNull(ReadmeJsonTests.class.getResource(name)).toURI());
  }
}
