package io.experiencelake.render.cv;

import static org.assertj.core.api.Assertions.assertThat;

import io.experiencelake.core.ImmutableLake;
import io.experiencelake.core.ImmutableLakeEntry;
import io.experiencelake.core.ImmutableReportStat;
import io.experiencelake.core.Lake;
import io.experiencelake.core.LakeEntry;
import io.experiencelake.core.StatusKind;
import io.experiencelake.render.Goldens;
import io.experiencelake.render.ImmutableRenderOptions;
import io.experiencelake.render.RenderFixtures;
import io.experiencelake.render.RenderOptions;
import io.experiencelake.render.RenderRun;
import io.experiencelake.render.Renderers;
import io.experiencelake.render.Rendering;
import java.util.ArrayList;
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
          .contains("- Making ledger replays idempotent across 5 services (in progress, as of 1 Nov 2026: 3 of 5 services keyed)");
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
      assertThat(md.substring(md.indexOf("\n## Next\n"))).contains("- Will trace every ledger row to the commit that wrote it (target, by 31 Mar 2027)");
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
    void aFigureTheClaimStatesIsNotRepeatedAfterIt() {
      assertThat(text(RenderFixtures.options()))
          .contains("- Cut *failed* nightly loads from 12 to 0 a week with [bounded] batches\n");
    }

    @Test
    void aFigureTheClaimDoesNotStateFollowsItOnceWithItsUnitAgreeing() {
      LakeEntry loads = ImmutableLakeEntry.copyOf(lake.entries().get(0)).withClaim("Cut failed nightly loads with bounded batches")
          .withEvidence(ImmutableReportStat.builder().path("reports/loads.json")
              .metric("failed loads in the last week").value(1).unit("loads").pointer("/failed_per_week").build());
      Lake changed = ImmutableLake.copyOf(lake).withEntries(loads, lake.entries().get(1), lake.entries().get(2), lake.entries().get(3));

      assertThat(Rendering.run(changed, RenderFixtures.options(), CvRenderer.NAME).artifact(CvRenderer.TEXT).text())
          .contains("- Cut failed nightly loads with bounded batches (failed loads in the last week: 1 load)\n");
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

    @Test
    void listsAsSkillsOnlyTheCapabilitiesAchievedWorkDemonstrates() {
      // reliability: loads and talk, both ACHIEVED; run-discipline: only replay (CURRENT) and lineage (TARGET).
      assertThat(markdown(RenderFixtures.withTargets())).contains("\n## Skills\n\nReliability rails\n").doesNotContain("Run discipline");
      assertThat(text(RenderFixtures.withTargets())).contains("\nSkills\nReliability rails\n");
    }
  }

  @Nested
  class Budget {

    /** The small lake with two more ACHIEVED entries at Acme, one ranked below the other. */
    private Lake crowded() {
      LakeEntry loads = lake.entries().get(0);
      LakeEntry second = ImmutableLakeEntry.copyOf(loads).withId("schemas").withClaim("Moved 40 tables onto checked schemas");
      LakeEntry third = ImmutableLakeEntry.copyOf(lake.entries().get(1)).withId("runbook").withEngagement("acme")
          .withClaim("Wrote the on-call runbook for the nightly loads");
      return ImmutableLake.copyOf(lake).withEntries(loads, second, third, lake.entries().get(1), lake.entries().get(2), lake.entries().get(3));
    }

    @Test
    void showsAtMostTheBulletsPerEngagementBestFirstAndNamesWhatItLeftOut() {
      RenderOptions options = ImmutableRenderOptions.builder().today(RenderFixtures.TODAY).bulletsPerEngagement(2).build();

      RenderRun run = Rendering.run(crowded(), options, CvRenderer.NAME);

      assertThat(run.artifact(CvRenderer.TEXT).text()).containsSubsequence("Data engineer — Acme Ltd", "- Cut *failed*", "- Moved 40 tables")
          .doesNotContain("runbook");
      assertThat(run.warnings()).singleElement().satisfies(w -> {
        assertThat(w.code()).isEqualTo("LAKE-R001");
        assertThat(w.message()).isEqualTo("the CV leaves out 1 entry to keep to 2 bullets per engagement: 'runbook'");
      });
      assertThat(run.entriesUsed()).doesNotContain("runbook").contains("loads", "schemas");
      assertThat(run.manifest().text()).doesNotContain("\"runbook\"");
    }

    /** The small lake's loads entry {@code count} times at Acme, each claim {@code clauses} clauses long. */
    private Lake wordy(int count, int clauses) {
      List<LakeEntry> entries = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        entries.add(ImmutableLakeEntry.copyOf(lake.entries().get(0)).withId("load-" + i)
            .withClaim("Cut failed nightly loads " + "with bounded batches and a checkpoint each, ".repeat(clauses) + "in run " + i));
      }
      return ImmutableLake.copyOf(lake).withEntries(entries);
    }

    private final RenderOptions onePage = ImmutableRenderOptions.builder().today(RenderFixtures.TODAY).pages(1).build();

    @Test
    void showsFewerBulletsPerEngagementUntilTheCvFitsItsPages() {
      CvDocument document = CvDocument.fit(wordy(5, 12), onePage, d -> d.estimatedPages() <= 1);
      RenderRun run = Rendering.run(wordy(5, 12), onePage, CvRenderer.NAME);

      assertThat(document.bulletsPerEngagement()).isLessThan(5);
      assertThat(document.estimatedPages()).isEqualTo(1);
      assertThat(run.warnings()).anySatisfy(w -> assertThat(w.message()).startsWith("the CV leaves out").contains("to fit the CV on 1 page"));
    }

    @Test
    void warnsWhenEvenOneBulletPerEngagementRunsOverThePages() {
      assertThat(Rendering.run(wordy(3, 150), onePage, CvRenderer.NAME).warnings())
          .anySatisfy(w -> assertThat(w.code()).isEqualTo("LAKE-R003"));
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
