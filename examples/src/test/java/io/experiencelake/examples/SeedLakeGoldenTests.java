package io.experiencelake.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.experiencelake.core.Lake;
import io.experiencelake.render.Goldens;
import io.experiencelake.render.ImmutableRenderOptions;
import io.experiencelake.render.RenderOptions;
import io.experiencelake.render.RenderRun;
import io.experiencelake.render.Rendering;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Golden files of every renderer on the seed lake, kept short enough to read by selecting one
 * cluster that has every status: {@code dev-min-migration} (two ACHIEVED entries, one CURRENT,
 * one TARGET), with targets included so the "Next" section shows. Rewrite them with
 * {@code -Dgolden.update=true} when the seed lake or a renderer changes on purpose.
 */
class SeedLakeGoldenTests {

  private static final Lake LAKE = SeedLake.lake();
  private static final RenderOptions OPTIONS = ImmutableRenderOptions.builder()
      .today(SeedLake.TODAY)
      .addClusters("dev-min-migration")
      .includeTargets(true)
      .role("mlops-platform")
      .build();
  private static final RenderRun RUN = Rendering.run(LAKE, OPTIONS, RunExample.RENDERERS.toArray(new String[0]));

  @ParameterizedTest
  @ValueSource(strings = {"cv.md", "cv.txt", "cover-letter.md", "linkedin.txt", "interview.md", "portfolio.md", "resume.json"})
  void rendersTheMigrationClusterAsTheGoldenFileShows(String path) {
    String actual = RUN.artifact(path).text();

    assertThat(actual).isEqualTo(Goldens.read(SeedLakeGoldenTests.class, "dev-min-migration-" + path, actual));
  }

  @ParameterizedTest
  @ValueSource(strings = {"cv.md", "resume.json", "linkedin.txt", "interview.md", "cover-letter.md"})
  void theReadmeQuotesTheRenderedOutput(String path) throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
    int section = readme.indexOf("## Rendering");
    assertThat(section).isNotNegative();
    java.util.regex.Matcher excerpt = java.util.regex.Pattern
        .compile(java.util.regex.Pattern.quote("`" + path + "`") + ":?\n\n```[a-z]*\n(.*?)```\n", java.util.regex.Pattern.DOTALL)
        .matcher(readme);
    assertThat(excerpt.find(section)).as("the README's Rendering section quotes %s", path).isTrue();
    String block = excerpt.group(1);
    String rendered = RUN.artifact(path).text();
    assertThat(block).isNotBlank();

    for (String part : block.split("\n…\n")) {
      assertThat(rendered).as("README excerpt of %s", path).contains(part);
    }
  }
}
