package io.experiencelake.render.coverletter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.experiencelake.core.ImmutableLake;
import io.experiencelake.core.Lake;
import io.experiencelake.core.LakeException;
import io.experiencelake.core.Rule;
import io.experiencelake.render.Determinism;
import io.experiencelake.render.Goldens;
import io.experiencelake.render.ImmutableRenderOptions;
import io.experiencelake.render.RenderFixtures;
import io.experiencelake.render.RenderOptions;
import io.experiencelake.render.RenderRun;
import io.experiencelake.render.Renderers;
import io.experiencelake.render.Rendering;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CoverLetterRendererTests {

  private final Lake lake = RenderFixtures.smallLake();

  private String letter(Lake lake, RenderOptions options) {
    return Rendering.run(lake, options, CoverLetterRenderer.NAME).artifact(CoverLetterRenderer.PATH).text();
  }

  private String letter(RenderOptions options) {
    return letter(lake, options);
  }

  private static RenderOptions forRole(boolean targets) {
    return ImmutableRenderOptions.builder().today(RenderFixtures.TODAY).role("data-platform").includeTargets(targets).build();
  }

  @Test
  void isFoundByName() {
    assertThat(Renderers.named("cover-letter")).isInstanceOf(CoverLetterRenderer.class);
  }

  @Nested
  class Golden {

    @Test
    void letterForTheRoleMatchesTheGoldenFile() {
      String actual = letter(forRole(false));
      assertThat(actual).isEqualTo(Goldens.read(CoverLetterRendererTests.class, "small-cover-letter.md", actual));
    }

    @Test
    void letterWithTargetsMatchesTheGoldenFile() {
      String actual = letter(forRole(true));
      assertThat(actual).isEqualTo(Goldens.read(CoverLetterRendererTests.class, "small-cover-letter-next.md", actual));
    }
  }

  @Nested
  class Role {

    @Test
    void namesTheRoleAndWhatItRequires() {
      assertThat(letter(forRole(false))).contains("**Re: Data Platform Engineer**")
          .contains("The role asks for Reliability rails;");
    }

    @Test
    void putsTheStrongestMatchFirstThenAchievedBeforeCurrent() {
      // loads and talk both demonstrate the required capability; loads pins a report, talk has a receipt only
      assertThat(letter(forRole(false))).containsSubsequence("Cut \\*failed\\* nightly loads",
          "Gave a talk on idempotent ingestion", "In progress (as of 2026-11-01: 3 of 5 services keyed): Making ledger replays");
    }

    @Test
    void defaultsToTheLakesFirstRoleWhenNoneIsGiven() {
      assertThat(letter(RenderFixtures.options())).isEqualTo(letter(forRole(false)));
    }

    @Test
    void writesAGeneralLetterInLakeOrderForALakeWithoutRoles() {
      Lake noRoles = ImmutableLake.copyOf(lake).withRoles();

      assertThat(letter(noRoles, RenderFixtures.options())).doesNotContain("**Re:")
          .contains("I am writing to introduce my work.")
          .containsSubsequence("Cut \\*failed\\*", "Gave a talk", "In progress (as of 2026-11-01");
    }

    @Test
    void refusesARoleTheLakeLacksWithALocatedError() {
      RenderOptions options = ImmutableRenderOptions.builder().today(RenderFixtures.TODAY).role("astronaut").build();

      LakeException refused = catchThrowableOfType(LakeException.class, () -> letter(options));

      assertThat(refused.errors()).singleElement().satisfies(d -> {
        assertThat(d.code()).isEqualTo(Rule.UNKNOWN_REFERENCE.code());
        assertThat(d.pointer()).isEqualTo("/roles");
        assertThat(d.hint()).contains("'data-platform'");
      });
    }
  }

  @Nested
  class Honesty {

    @Test
    void writesEachEntryAsClaimConstraintDecisionEvidence() {
      assertThat(letter(forRole(false))).contains("Cut \\*failed\\* nightly loads from 12 to 0 a week with \\[bounded\\] batches."
          + " The constraint: Loads timed out under the shared warehouse's limits."
          + " The decision: Bounded batches with a checkpoint each."
          + " Set aside: A bigger warehouse (It costs more and only moves the limit)."
          + " The cost: Loads take 10 minutes longer."
          + " Evidence: failed loads per week: 0 loads (report-stat reports/loads.json /failed\\_per\\_week).");
    }

    @Test
    void leavesTargetsOutByDefaultAndPutsThemUnderNextAsPlans() {
      String plain = letter(forRole(false));
      String next = letter(forRole(true));

      assertThat(plain).doesNotContain("Will trace", "## Next");
      assertThat(next.substring(0, next.indexOf("\n## Next\n"))).doesNotContain("Will trace");
      assertThat(next.substring(next.indexOf("\n## Next\n")))
          .contains("Planned (by 2027-03-31): Will trace every ledger row to the commit that wrote it.");
    }
  }

  @Nested
  class Determinism {

    @Test
    void writesTheSameBytesOnEveryRun() {
      RenderRun one = Rendering.run(lake, forRole(true), CoverLetterRenderer.NAME);
      RenderRun two = Rendering.run(RenderFixtures.smallLake(), forRole(true), CoverLetterRenderer.NAME);

      assertThat(one.artifact(CoverLetterRenderer.PATH).bytes()).isEqualTo(two.artifact(CoverLetterRenderer.PATH).bytes());
      assertThat(one.manifest().bytes()).isEqualTo(two.manifest().bytes());
    }

    @ParameterizedTest
    @CsvSource({"tr-TR, Pacific/Kiritimati", "ja-JP, America/Los_Angeles"})
    void writesTheSameBytesWhateverTheDefaultLocaleAndTimeZone(String locale, String zone) {
      String expected = io.experiencelake.render.Determinism.texts(Rendering.run(lake, forRole(true), CoverLetterRenderer.NAME));

      String actual = io.experiencelake.render.Determinism.under(locale, zone,
          () -> io.experiencelake.render.Determinism.texts(Rendering.run(RenderFixtures.smallLake(), forRole(true), CoverLetterRenderer.NAME)));

      assertThat(actual).isEqualTo(expected);
    }
  }
}
