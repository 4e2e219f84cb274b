package io.experiencelake.render.cv;

import static org.assertj.core.api.Assertions.assertThat;

import io.experiencelake.core.Lake;
import io.experiencelake.core.StatusKind;
import io.experiencelake.render.Goldens;
import io.experiencelake.render.ImmutableRenderOptions;
import io.experiencelake.render.RenderFixtures;
import io.experiencelake.render.RenderOptions;
import io.experiencelake.render.RenderRun;
import io.experiencelake.render.Renderers;
import io.experiencelake.render.Rendering;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CvRendererTests {

  private final Lake lake = RenderFixtures.smallLake();

  private String markdown(RenderOptions options) {
    return Rendering.run(lake, options, CvRenderer.NAME).artifact(CvRenderer.MARKDOWN).text();
  }

  private String text(RenderOptions options) {
    return Rendering.run(lake, options, CvRenderer.NAME).artifact(CvRenderer.TEXT).text();
  }

  @Test
  void isFoundByName() {
    assertThat(Renderers.named("cv")).isInstanceOf(CvRenderer.class);
  }

  @Nested
  class Golden {

    @Test
    void markdownMatchesTheGoldenFile() {
      String actual = markdown(RenderFixtures.options());
      assertThat(actual).isEqualTo(Goldens.read(CvRendererTests.class, "small-cv.md", actual));
    }

    @Test
    void textMatchesTheGoldenFile() {
      String actual = text(RenderFixtures.options());
      assertThat(actual).isEqualTo(Goldens.read(CvRendererTests.class, "small-cv.txt", actual));
    }

    @Test
    void markdownWithTargetsMatchesTheGoldenFile() {
      String actual = markdown(RenderFixtures.withTargets());
      assertThat(actual).isEqualTo(Goldens.read(CvRendererTests.class, "small-cv-next.md", actual));
    }
  }

  @Nested
  class Honesty {

    @Test
    void labelsACurrentEntryInProgressWithItsAsOfDate() {
      assertThat(text(RenderFixtures.options()))
          .contains("- Making ledger replays idempotent across 5 services (in progress, as of 2026-11-01: 3 of 5 services keyed)");
    }

    @Test
    void leavesTargetsOutByDefault() {
      assertThat(markdown(RenderFixtures.options())).doesNotContain("Will trace every ledger row", "## Next");
      assertThat(text(RenderFixtures.options())).doesNotContain("Will trace every ledger row").doesNotContain("\nNext\n");
    }

    @Test
    void putsIncludedTargetsOnlyUnderNext() {
      String md = markdown(RenderFixtures.withTargets());
      String text = text(RenderFixtures.withTargets());

      assertThat(md.substring(0, md.indexOf("\n## Next\n"))).doesNotContain("Will trace");
      assertThat(md.substring(md.indexOf("\n## Next\n"))).contains("- Will trace every ledger row to the commit that wrote it (target, by 2027-03-31)");
      assertThat(text.substring(0, text.indexOf("\nNext\n"))).doesNotContain("Will trace");
      assertThat(text.substring(text.indexOf("\nNext\n"))).contains("Will trace every ledger row");
    }
  }

  @Nested
  class Layout {

    @Test
    void listsEngagementsLatestFirstAndLooseEntriesUnderSelectedWork() {
      String text = text(RenderFixtures.options());

      assertThat(text).containsSubsequence("\nExperience\n", "Maintainer — Open ledger", "Data engineer — Acme Ltd",
          "\nSelected work\n", "- Gave a talk on idempotent ingestion to 120 engineers");
    }

    @Test
    void listsEveryEngagementEvenWhenTheSelectionLeavesItNoBullet() {
      RenderOptions achieved = ImmutableRenderOptions.builder().today(RenderFixtures.TODAY).addStatuses(StatusKind.ACHIEVED).build();

      String text = text(achieved);

      assertThat(text).contains("Maintainer — Open ledger\nJul 2023 – present\nAn open-source append-only ledger.\n\nData engineer — Acme Ltd")
          .doesNotContain("Making ledger replays");
    }

    @Test
    void quotesTheStrongestFigureAfterTheClaim() {
      assertThat(text(RenderFixtures.options()))
          .contains("- Cut *failed* nightly loads from 12 to 0 a week with [bounded] batches (failed loads per week: 0 loads)");
    }

    @Test
    void escapesMarkdownInUserTextButNotInThePlainText() {
      assertThat(markdown(RenderFixtures.options())).contains("Cut \\*failed\\* nightly loads from 12 to 0 a week with \\[bounded\\] batches");
      assertThat(text(RenderFixtures.options())).contains("Cut *failed* nightly loads");
    }

    @Test
    void keepsThePlainTextToOneColumnWithoutTables() {
      String text = text(RenderFixtures.withTargets());

      assertThat(text).doesNotContain("|  ", "\t", "+--", "---|").doesNotContain("\r");
      assertThat(text.lines()).allSatisfy(line -> assertThat(line).doesNotStartWith(" ").doesNotEndWith(" "));
    }

    @Test
    void recordsTheEntriesItUsed() {
      RenderRun run = Rendering.run(lake, RenderFixtures.withTargets(), CvRenderer.NAME);

      assertThat(run.entriesUsed()).containsExactly("loads", "talk", "replay", "lineage");
    }
  }

  @Nested
  class Determinism {

    @Test
    void writesTheSameBytesOnEveryRun() {
      RenderRun one = Rendering.run(lake, RenderFixtures.withTargets(), CvRenderer.NAME);
      RenderRun two = Rendering.run(lake, RenderFixtures.withTargets(), CvRenderer.NAME);

      assertThat(one.artifact(CvRenderer.MARKDOWN).bytes()).isEqualTo(two.artifact(CvRenderer.MARKDOWN).bytes());
      assertThat(one.artifact(CvRenderer.TEXT).bytes()).isEqualTo(two.artifact(CvRenderer.TEXT).bytes());
      assertThat(one.manifest().bytes()).isEqualTo(two.manifest().bytes());
    }

    @ParameterizedTest
    @CsvSource({"tr-TR, Pacific/Kiritimati", "ja-JP, America/Los_Angeles"})
    void writesTheSameBytesWhateverTheDefaultLocaleAndTimeZone(String locale, String zone) {
      String expected = io.experiencelake.render.Determinism.texts(Rendering.run(lake, RenderFixtures.withTargets(), CvRenderer.NAME));
      String actual = io.experiencelake.render.Determinism.under(locale, zone,
          () -> io.experiencelake.render.Determinism.texts(Rendering.run(RenderFixtures.smallLake(), RenderFixtures.withTargets(), CvRenderer.NAME)));
      assertThat(actual).isEqualTo(expected);
    }
  }
}
