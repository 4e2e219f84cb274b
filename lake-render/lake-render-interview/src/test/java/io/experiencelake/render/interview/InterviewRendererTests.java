package io.experiencelake.render.interview;

import static org.assertj.core.api.Assertions.assertThat;

import io.experiencelake.core.ImmutableLake;
import io.experiencelake.core.ImmutableLakeEntry;
import io.experiencelake.core.ImmutableStory;
import io.experiencelake.core.Lake;
import io.experiencelake.core.LakeEntry;
import io.experiencelake.render.Determinism;
import io.experiencelake.render.Goldens;
import io.experiencelake.render.RenderDiagnostics;
import io.experiencelake.render.RenderFixtures;
import io.experiencelake.render.RenderOptions;
import io.experiencelake.render.RenderRun;
import io.experiencelake.render.Renderers;
import io.experiencelake.render.Rendering;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InterviewRendererTests {

  private final Lake lake = RenderFixtures.smallLake();

  private static String answers(Lake lake, RenderOptions options) {
    return Rendering.run(lake, options, InterviewRenderer.NAME).artifact(InterviewRenderer.PATH).text();
  }

  /** The small lake with entry {@code id}'s constraint made {@code words} words long. */
  private static Lake withConstraintOf(Lake lake, String id, int words) {
    List<LakeEntry> entries = new ArrayList<>();
    for (LakeEntry entry : lake.entries()) {
      entries.add(entry.id().equals(id) ? ImmutableLakeEntry.copyOf(entry).withConstraint("word ".repeat(words).strip()) : entry);
    }
    return ImmutableLake.copyOf(lake).withEntries(entries);
  }

  @Test
  void isFoundByName() {
    assertThat(Renderers.named("interview")).isInstanceOf(InterviewRenderer.class);
  }

  @Nested
  class Golden {

    @Test
    void answersMatchTheGoldenFile() {
      String actual = answers(lake, RenderFixtures.options());
      assertThat(actual).isEqualTo(Goldens.read(InterviewRendererTests.class, "small-interview.md", actual));
    }

    @Test
    void answersWithTargetsMatchTheGoldenFile() {
      String actual = answers(lake, RenderFixtures.withTargets());
      assertThat(actual).isEqualTo(Goldens.read(InterviewRendererTests.class, "small-interview-next.md", actual));
    }
  }

  @Nested
  class Star {

    private final LakeEntry loads = lake.entries().get(0);
    private final InterviewRenderer.Answer answer = InterviewRenderer.answer(lake, loads);

    @Test
    void takesTheSituationFromTheConstraintAndTheStoriesChallengeNeverTheClustersBlurb() {
      Lake withChallenge = ImmutableLake.copyOf(lake).withStories(lake.stories().stream()
          .map(s -> s.id().toString().equals("1") ? ImmutableStory.copyOf(s).withChallenge("the warehouse killed the nightly load three nights running") : s)
          .collect(Collectors.toList()));

      assertThat(answer.situation()).isEqualTo("Loads timed out under the shared warehouse's limits.");
      assertThat(InterviewRenderer.answer(withChallenge, loads).situation())
          .isEqualTo("Loads timed out under the shared warehouse's limits. The warehouse killed the nightly load three nights running.")
          .doesNotContain("Every run is provable");
    }

    @Test
    void takesTheTaskFromWhatTheClaimSetOutToDo() {
      assertThat(answer.task()).isEqualTo("I set out to cut *failed* nightly loads from 12 to 0 a week with [bounded] batches.");
      assertThat(InterviewRenderer.answer(lake, lake.entries().get(2)).task()).isEqualTo("I set out to make ledger replays idempotent across 5 services.");
    }

    @Test
    void takesTheActionFromTheDecisionWhyTheAlternativesLostAndWhatItCost() {
      assertThat(answer.action()).isEqualTo("My decision: bounded batches with a checkpoint each."
          + " A bigger warehouse? It costs more and only moves the limit. The trade-off: loads take 10 minutes longer.");
      assertThat(InterviewRenderer.answer(lake, lake.entries().get(2)).action())
          .isEqualTo("I chose one deterministic event key. The trade-off: every producer must carry the key.");
    }

    @Test
    void takesTheResultFromTheClaimItsFiguresAndItsStatusWithNoEvidencePlumbing() {
      assertThat(answer.result()).isEqualTo("I cut *failed* nightly loads from 12 to 0 a week with [bounded] batches. Achieved on 31 May 2023.");
    }

    @Test
    void quotesAFigureTheClaimDoesNotStateInTheResult() {
      LakeEntry quieter = ImmutableLakeEntry.copyOf(loads).withClaim("Cut failed nightly loads with bounded batches");

      assertThat(InterviewRenderer.answer(lake, quieter).result())
          .isEqualTo("I cut failed nightly loads with bounded batches. Failed loads per week: 0 loads. Achieved on 31 May 2023.");
    }

    @Test
    void asksWhyNotEachAlternativeSentenceCasedAndAnswersWithItsWhyNot() {
      assertThat(answers(lake, RenderFixtures.options()))
          .contains("Likely follow-ups:\n\n- **Why not a bigger warehouse?** It costs more and only moves the limit.\n");
    }
  }

  @Nested
  class Length {

    /** The words of the talk entry's constraint, which the tests replace. */
    private int constraintWords() {
      return lake.entries().get(1).constraint().split(" ").length;
    }

    @Test
    void warnsWhenAnAnswerRunsOverThreeHundredWords() {
      int others = InterviewRenderer.answer(lake, lake.entries().get(1)).words() - constraintWords();
      Lake longer = withConstraintOf(lake, "talk", InterviewRenderer.WORDS - others + 1);

      RenderRun run = Rendering.run(longer, RenderFixtures.options(), InterviewRenderer.NAME);

      assertThat(InterviewRenderer.answer(longer, longer.entries().get(1)).words()).isEqualTo(InterviewRenderer.WORDS + 1);
      assertThat(run.warnings()).singleElement().satisfies(w -> {
        assertThat(w.code()).isEqualTo(RenderDiagnostics.TOO_LONG);
        assertThat(w.pointer()).isEqualTo("/entries/1");
        assertThat(w.message()).isEqualTo("the interview answer for entry 'talk' runs to 301 words, over about two minutes spoken (300 words)");
      });
      assertThat(run.artifact(InterviewRenderer.PATH).text()).contains("301 words, about 2 minutes");
    }

    @Test
    void doesNotWarnAtExactlyThreeHundredWords() {
      int others = InterviewRenderer.answer(lake, lake.entries().get(1)).words() - constraintWords();
      Lake longer = withConstraintOf(lake, "talk", InterviewRenderer.WORDS - others);

      assertThat(Rendering.run(longer, RenderFixtures.options(), InterviewRenderer.NAME).warnings()).isEmpty();
    }
  }

  @Nested
  class Honesty {

    @Test
    void labelsACurrentResultInProgressWithItsAsOfDate() {
      assertThat(answers(lake, RenderFixtures.options()))
          .contains("**Result.** In progress, as of 1 Nov 2026: 3 of 5 services keyed.");
    }

    @Test
    void leavesTargetsOutByDefaultAndPutsThemUnderNextAsNotDone() {
      String plain = answers(lake, RenderFixtures.options());
      String next = answers(lake, RenderFixtures.withTargets());

      assertThat(plain).doesNotContain("Will trace", "## Next");
      assertThat(next.substring(0, next.indexOf("\n## Next\n"))).doesNotContain("Will trace");
      assertThat(next.substring(next.indexOf("\n## Next\n")))
          .contains("**Task.** I plan to trace every ledger row to the commit that wrote it.")
          .contains("**Result.** Not done yet (target, by 31 Mar 2027).");
    }
  }

  @Nested
  class Determinism {

    @Test
    void writesTheSameBytesOnEveryRun() {
      RenderRun one = Rendering.run(lake, RenderFixtures.withTargets(), InterviewRenderer.NAME);
      RenderRun two = Rendering.run(RenderFixtures.smallLake(), RenderFixtures.withTargets(), InterviewRenderer.NAME);

      assertThat(one.artifact(InterviewRenderer.PATH).bytes()).isEqualTo(two.artifact(InterviewRenderer.PATH).bytes());
      assertThat(one.manifest().bytes()).isEqualTo(two.manifest().bytes());
    }

    @ParameterizedTest
    @CsvSource({"tr-TR, Pacific/Kiritimati", "ja-JP, America/Los_Angeles"})
    void writesTheSameBytesWhateverTheDefaultLocaleAndTimeZone(String locale, String zone) {
      String expected = io.experiencelake.render.Determinism.texts(Rendering.run(lake, RenderFixtures.withTargets(), InterviewRenderer.NAME));

      String actual = io.experiencelake.render.Determinism.under(locale, zone,
          () -> io.experiencelake.render.Determinism.texts(Rendering.run(RenderFixtures.smallLake(), RenderFixtures.withTargets(), InterviewRenderer.NAME)));

      assertThat(actual).isEqualTo(expected);
    }
  }
}
