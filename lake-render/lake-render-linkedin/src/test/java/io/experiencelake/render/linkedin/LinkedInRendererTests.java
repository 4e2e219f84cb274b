package io.experiencelake.render.linkedin;

import static org.assertj.core.api.Assertions.assertThat;

import io.experiencelake.core.Diagnostic;
import io.experiencelake.core.ImmutableLake;
import io.experiencelake.core.ImmutableOwner;
import io.experiencelake.core.ImmutableLakeEntry;
import io.experiencelake.core.Lake;
import io.experiencelake.core.LakeEntry;
import io.experiencelake.render.Determinism;
import io.experiencelake.render.Goldens;
import io.experiencelake.render.ImmutableRenderOptions;
import io.experiencelake.render.RenderDiagnostics;
import io.experiencelake.render.RenderFixtures;
import io.experiencelake.render.RenderOptions;
import io.experiencelake.render.RenderRun;
import io.experiencelake.render.Renderers;
import io.experiencelake.render.Rendering;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LinkedInRendererTests {

  private final Lake lake = RenderFixtures.smallLake();

  private static String text(Lake lake, RenderOptions options) {
    return Rendering.run(lake, options, LinkedInRenderer.NAME).artifact(LinkedInRenderer.PATH).text();
  }

  private static Lake withOwner(Lake lake, String headline, String summary) {
    return ImmutableLake.copyOf(lake).withOwner(ImmutableOwner.copyOf(lake.owner()).withHeadline(headline).withSummary(summary));
  }

  @Test
  void isFoundByName() {
    assertThat(Renderers.named("linkedin")).isInstanceOf(LinkedInRenderer.class);
  }

  @Nested
  class Golden {

    @Test
    void sectionsMatchTheGoldenFile() {
      String actual = text(lake, RenderFixtures.options());
      assertThat(actual).isEqualTo(Goldens.read(LinkedInRendererTests.class, "small-linkedin.txt", actual));
    }

    @Test
    void sectionsWithTargetsMatchTheGoldenFile() {
      String actual = text(lake, RenderFixtures.withTargets());
      assertThat(actual).isEqualTo(Goldens.read(LinkedInRendererTests.class, "small-linkedin-next.txt", actual));
    }
  }

  @Nested
  class Budgets {

    private final String sentence = "Every load writes a receipt that a reviewer can check against the run output."; // 78 code points

    @Test
    void cutsTheAboutAtASentenceEndAndWarnsNamingWhatWasLeftOut() {
      Lake longer = withOwner(lake, "Data engineer", (sentence + " ").repeat(40).strip());

      RenderRun run = Rendering.run(longer, RenderFixtures.options(), LinkedInRenderer.NAME);
      LinkedIn linkedIn = new LinkedIn(longer, RenderFixtures.options());
      LinkedIn.Section about = linkedIn.sections().get(1);

      assertThat(about.title()).isEqualTo("About");
      assertThat(about.length()).isLessThanOrEqualTo(LinkedIn.ABOUT).isGreaterThan(LinkedIn.ABOUT - sentence.length() - 1);
      assertThat(about.body()).endsWith(sentence).doesNotContain("Cut *failed*");
      assertThat(run.warnings()).filteredOn(w -> w.pointer().equals("/owner")).singleElement().satisfies(w -> {
        assertThat(w.code()).isEqualTo(RenderDiagnostics.OVER_BUDGET);
        assertThat(w.message()).isEqualTo("LinkedIn About would run over 2,600 characters; left out: "
            + "the end of the owner's summary, entry 'loads', entry 'talk', entry 'replay'");
      });
    }

    @Test
    void countsCodePointsNotCharsSoEmojiDoNotCountTwice() {
      String rocket = "\uD83D\uDE80"; // one code point, two chars
      Lake emoji = withOwner(lake, rocket.repeat(LinkedIn.HEADLINE), "Short.");

      LinkedIn.Section headline = new LinkedIn(emoji, RenderFixtures.options()).sections().get(0);

      assertThat(headline.body().codePointCount(0, headline.body().length())).isEqualTo(LinkedIn.HEADLINE);
      assertThat(headline.body().length()).isGreaterThan(LinkedIn.HEADLINE);
      assertThat(headline.body()).isEqualTo(rocket.repeat(LinkedIn.HEADLINE));
    }

    @Test
    void cutsAHeadlineWithoutSentenceEndsAtAWordEndWithAnEllipsis() {
      String full = "Data engineer building pipelines ".repeat(10).strip();
      Lake longer = withOwner(lake, full, "Short.");

      RenderRun run = Rendering.run(longer, RenderFixtures.options(), LinkedInRenderer.NAME);
      LinkedIn.Section headline = new LinkedIn(longer, RenderFixtures.options()).sections().get(0);

      assertThat(headline.length()).isLessThanOrEqualTo(LinkedIn.HEADLINE);
      assertThat(headline.body()).endsWith("\u2026");
      assertThat(full).startsWith(headline.body().substring(0, headline.body().length() - 1) + " ");
      assertThat(headline.length()).isGreaterThan(LinkedIn.HEADLINE - "pipelines ".length());
      assertThat(run.warnings()).extracting(Diagnostic::pointer).contains("/owner/headline");
      assertThat(run.warnings()).filteredOn(w -> w.pointer().equals("/owner/headline")).singleElement()
          .extracting(Diagnostic::message).asString()
          .contains("the end of the owner's headline", "capability 'reliability'");
    }

    @Test
    void warnsOfNothingWhenEverythingFits() {
      assertThat(Rendering.run(lake, RenderFixtures.withTargets(), LinkedInRenderer.NAME).warnings()).isEmpty();
    }
  }

  @Nested
  class Order {

    @Test
    void putsTheStrongestFirstWhateverTheLakeOrder() {
      List<LakeEntry> reversed = new ArrayList<>(lake.entries());
      Collections.reverse(reversed);
      Lake backwards = ImmutableLake.copyOf(lake).withEntries(reversed);
      RenderOptions forRole = ImmutableRenderOptions.builder().today(RenderFixtures.TODAY).role("data-platform").build();

      for (RenderOptions options : new RenderOptions[] {RenderFixtures.options(), forRole}) {
        assertThat(new LinkedIn(backwards, options).sections().get(1).body())
            .containsSubsequence("• Cut *failed*", "• Gave a talk", "• Making ledger replays");
      }
    }

    @Test
    void aboutHighlightsAtMostFiveEntriesAndEachExperienceShowsAtMostFive() {
      List<LakeEntry> many = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        many.add(ImmutableLakeEntry.copyOf(lake.entries().get(0)).withId("load-" + i).withClaim("Cut failed loads in region " + i));
      }
      Lake crowded = ImmutableLake.copyOf(lake).withEntries(many);

      RenderRun run = Rendering.run(crowded, RenderFixtures.options(), LinkedInRenderer.NAME);
      List<LinkedIn.Section> sections = new LinkedIn(crowded, RenderFixtures.options()).sections();

      assertThat(sections.get(1).body().lines().filter(l -> l.startsWith("• "))).hasSize(5);
      assertThat(sections.get(2).title()).startsWith("Experience: Data engineer — Acme Ltd");
      assertThat(sections.get(2).body().lines().filter(l -> l.startsWith("• "))).hasSize(5);
      assertThat(run.entriesUsed()).containsExactly("load-0", "load-1", "load-2", "load-3", "load-4");
      assertThat(run.warnings()).isEmpty();
    }

    @Test
    void opensAboutWithTheOwnersSummary() {
      assertThat(new LinkedIn(lake, RenderFixtures.options()).sections().get(1).body())
          .startsWith("Builds data pipelines that can prove what they did.\n\n• ");
    }
  }

  @Nested
  class Honesty {

    @Test
    void labelsACurrentEntryInProgressWithItsAsOfDate() {
      assertThat(text(lake, RenderFixtures.options()))
          .contains("• Making ledger replays idempotent across 5 services (in progress, as of 1 Nov 2026: 3 of 5 services keyed)");
    }

    @Test
    void leavesTargetsOutByDefaultAndPutsThemInALastNextSection() {
      String plain = text(lake, RenderFixtures.options());
      String next = text(lake, RenderFixtures.withTargets());

      assertThat(plain).doesNotContain("Will trace", "== Next");
      assertThat(next.substring(0, next.indexOf("\n== Next"))).doesNotContain("Will trace");
      assertThat(next.substring(next.indexOf("\n== Next"))).contains("• Will trace every ledger row to the commit that wrote it (target, by 31 Mar 2027)");
    }
  }

  @Nested
  class Determinism {

    @Test
    void writesTheSameBytesOnEveryRun() {
      RenderRun one = Rendering.run(lake, RenderFixtures.withTargets(), LinkedInRenderer.NAME);
      RenderRun two = Rendering.run(RenderFixtures.smallLake(), RenderFixtures.withTargets(), LinkedInRenderer.NAME);

      assertThat(one.artifact(LinkedInRenderer.PATH).bytes()).isEqualTo(two.artifact(LinkedInRenderer.PATH).bytes());
      assertThat(one.manifest().bytes()).isEqualTo(two.manifest().bytes());
    }

    @ParameterizedTest
    @CsvSource({"tr-TR, Pacific/Kiritimati", "ja-JP, America/Los_Angeles"})
    void writesTheSameBytesWhateverTheDefaultLocaleAndTimeZone(String locale, String zone) {
      String expected = io.experiencelake.render.Determinism.texts(Rendering.run(lake, RenderFixtures.withTargets(), LinkedInRenderer.NAME));

      String actual = io.experiencelake.render.Determinism.under(locale, zone,
          () -> io.experiencelake.render.Determinism.texts(Rendering.run(RenderFixtures.smallLake(), RenderFixtures.withTargets(), LinkedInRenderer.NAME)));

      assertThat(actual).isEqualTo(expected);
    }
  }
}
