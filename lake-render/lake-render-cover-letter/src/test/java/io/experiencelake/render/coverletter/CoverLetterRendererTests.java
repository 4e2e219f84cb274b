package io.experiencelake.render.coverletter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.experiencelake.core.ImmutableLake;
import io.experiencelake.core.ImmutableLetter;
import io.experiencelake.core.ImmutableOwner;
import io.experiencelake.core.ImmutableRoleProfile;
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
import java.net.URI;
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
    void namesTheRoleAndDatesTheLetter() {
      assertThat(letter(forRole(false))).contains("\n27 November 2026\n\n**Re: Data Platform Engineer**\n\nDear hiring manager,\n");
    }

    @Test
    void tellsTheBestRankedEntriesInTheFirstPerson() {
      // loads and talk demonstrate the required capability; loads pins a report, talk has a receipt only
      assertThat(letter(forRole(false))).containsSubsequence("I cut \\*failed\\* nightly loads from 12 to 0 a week",
          "I gave a talk on idempotent ingestion to 120 engineers.",
          "I am making ledger replays idempotent across 5 services (in progress, as of 1 Nov 2026: 3 of 5 services keyed).");
    }

    @Test
    void tellsWhatMadeEachPieceOfWorkHardInWordsThatContinueTheSentence() {
      assertThat(letter(forRole(false))).contains("The hard part was that loads timed out under the shared warehouse's limits.");
    }

    @Test
    void defaultsToTheLakesFirstRoleWhenNoneIsGiven() {
      assertThat(letter(RenderFixtures.options())).isEqualTo(letter(forRole(false)));
    }

    @Test
    void writesAGeneralLetterForALakeWithoutRoles() {
      Lake noRoles = ImmutableLake.copyOf(lake).withRoles();

      assertThat(letter(noRoles, RenderFixtures.options())).doesNotContain("**Re:")
          .contains("I am writing to introduce my work. Builds data pipelines that can prove what they did.")
          .contains("I would welcome the chance to talk about how I could help your team.");
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
  class OwnersWords {

    @Test
    void addressesTheContactTheOptionsName() {
      RenderOptions options = ImmutableRenderOptions.builder().today(RenderFixtures.TODAY).contact("Sam Rivera").build();

      assertThat(letter(options)).contains("\nDear Sam Rivera,\n").doesNotContain("hiring manager");
    }

    @Test
    void opensAndClosesWithTheParagraphsTheOwnerWroteForTheRole() {
      Lake written = ImmutableLake.copyOf(lake).withRoles(ImmutableRoleProfile.copyOf(lake.roles().get(0))
          .withLetter(ImmutableLetter.builder().opening("Your platform team ships the data my pipelines feed.")
              .closing("I am free to talk any afternoon.").build()));

      String letter = letter(written, RenderFixtures.options());

      assertThat(letter).containsSubsequence("Dear hiring manager,\n\nYour platform team ships the data my pipelines feed.\n\nI cut",
          "\n\nI am free to talk any afternoon.\n\nKind regards,\n\nAda Example\n");
      assertThat(letter).doesNotContain("I am writing to apply", "I would welcome");
    }

    @Test
    void withoutTheOwnersParagraphsOpensWithTheRoleAndTheSummary() {
      assertThat(letter(forRole(false))).contains("Dear hiring manager,\n\nI am writing to apply for the Data Platform Engineer role. "
          + "Builds data pipelines that can prove what they did.\n\n");
    }
  }

  @Nested
  class Evidence {

    private final Lake published = ImmutableLake.copyOf(lake)
        .withOwner(ImmutableOwner.copyOf(lake.owner()).withSite(URI.create("https://ada.example.org/work/")));

    @Test
    void linksEachEntryToItsPortfolioPageWhenTheOwnerPublishesOne() {
      assertThat(letter(published, forRole(false)))
          .contains("I cut \\*failed\\* nightly loads from 12 to 0 a week with \\[bounded\\] batches"
              + " ([evidence](<https://ada.example.org/work/entries/loads.html>)). The hard part was that")
          .contains("([evidence](<https://ada.example.org/work/entries/talk.html>)). What made it hard was that");
    }

    @Test
    void neverShowsPathsPointersAnchorKindsOrDigests() {
      for (Lake l : new Lake[] {lake, published}) {
        assertThat(letter(l, forRole(true))).doesNotContain("reports/", "runs/", "receipts/", "failed_per_week", "failed\\_per\\_week",
            "report-stat", "run-output", "receipt ", "sha256", "a".repeat(64), "Evidence:");
      }
    }

    @Test
    void saysNothingAboutEvidenceWithoutAPortfolio() {
      assertThat(letter(forRole(false))).doesNotContain("evidence", "portfolio", ".html");
    }
  }

  @Nested
  class Length {

    @Test
    void keepsToItsWords() {
      CoverLetterDocument letter = CoverLetterDocument.of(lake, forRole(true));

      assertThat(letter.words()).isLessThanOrEqualTo(400);
      assertThat(letter.body()).hasSize(3);
      assertThat(letter.warnings()).isEmpty();
    }

    @Test
    void tellsFewerEntriesThenShorterOnesToKeepToFewerWords() {
      int full = CoverLetterDocument.of(lake, forRole(false)).words();
      RenderOptions tight = ImmutableRenderOptions.copyOf(forRole(false)).withLetterWords(full - 1);

      CoverLetterDocument letter = CoverLetterDocument.of(lake, tight);

      assertThat(letter.body()).hasSize(2);
      assertThat(letter.words()).isLessThanOrEqualTo(full - 1);
      assertThat(letter.shown()).containsExactly("loads", "talk");
    }

    @Test
    void warnsWhenEvenItsShortestFormRunsOver() {
      RenderOptions tiny = ImmutableRenderOptions.copyOf(forRole(false)).withLetterWords(20);

      RenderRun run = Rendering.run(lake, tiny, CoverLetterRenderer.NAME);

      assertThat(run.warnings()).singleElement().satisfies(w -> {
        assertThat(w.code()).isEqualTo("LAKE-R003");
        assertThat(w.message()).startsWith("the cover letter runs to ").endsWith("words, over the 20 that fit on a page");
      });
    }

    @Test
    void recordsOnlyTheEntriesItTells() {
      RenderOptions tight = ImmutableRenderOptions.copyOf(forRole(false)).withLetterWords(CoverLetterDocument.of(lake, forRole(false)).words() - 1);

      assertThat(Rendering.run(lake, tight, CoverLetterRenderer.NAME).entriesUsed()).containsExactly("loads", "talk");
    }
  }

  @Nested
  class Honesty {

    @Test
    void leavesTargetsOutByDefaultAndTellsOneUnderNextAsAPlan() {
      String plain = letter(forRole(false));
      String next = letter(forRole(true));

      assertThat(plain).doesNotContain("trace every ledger row", "## Next");
      assertThat(next.substring(0, next.indexOf("\n## Next\n"))).doesNotContain("trace every ledger row");
      assertThat(next.substring(next.indexOf("\n## Next\n")))
          .contains("\n## Next\n\nI plan to trace every ledger row to the commit that wrote it by 31 Mar 2027.\n");
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
