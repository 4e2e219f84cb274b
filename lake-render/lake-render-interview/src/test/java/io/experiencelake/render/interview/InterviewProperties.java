package io.experiencelake.render.interview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.experiencelake.core.Alternative;
import io.experiencelake.core.Cluster;
import io.experiencelake.core.EvidenceAnchor;
import io.experiencelake.core.ImmutableLake;
import io.experiencelake.core.ImmutableLakeEntry;
import io.experiencelake.core.Lake;
import io.experiencelake.core.LakeEntry;
import io.experiencelake.core.LakeGenerators;
import io.experiencelake.core.verify.AnchorResult;
import io.experiencelake.render.Honesty;
import io.experiencelake.render.ImmutableRenderOptions;
import io.experiencelake.render.Markdown;
import io.experiencelake.render.Phrasing;
import io.experiencelake.render.PlainText;
import io.experiencelake.render.RenderDiagnostics;
import io.experiencelake.render.RenderOptions;
import io.experiencelake.render.Rendition;
import io.experiencelake.render.TextChecks;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class InterviewProperties {

  private static final RenderOptions WITH_TARGETS = ImmutableRenderOptions.builder().today(LakeGenerators.TODAY).includeTargets(true).build();

  private static final Honesty.Output ANSWERS = new Honesty.Output() {
    @Override
    public String render(Lake lake, RenderOptions options) {
      return new InterviewRenderer().render(lake, options).artifacts().get(0).text();
    }

    @Override
    public String next() {
      return "\n## Next\n";
    }
  };

  @Test
  void noTargetClaimAppearsOutsideNextAndEverySelectedAchievedClaimAppears() {
    qt().withExamples(300).forAll(LakeGenerators.lakes()).checkAssert(lake -> Honesty.check(lake, LakeGenerators.TODAY, ANSWERS));
  }

  @Test
  void warnsOfEveryAnswerOverThreeHundredWordsAndNoOther() {
    RenderOptions options = ImmutableRenderOptions.builder().today(LakeGenerators.TODAY).includeTargets(true).build();
    qt().withExamples(200).forAll(LakeGenerators.lakes(), integers().between(0, 400)).checkAssert((lake, words) -> {
      Lake longer = ImmutableLake.copyOf(lake).withEntries(lake.entries().stream()
          .map(e -> ImmutableLakeEntry.copyOf(e).withConstraint(e.constraint() + " more".repeat(words))).collect(Collectors.toList()));
      Rendition rendition = new InterviewRenderer().render(longer, options);
      for (LakeEntry entry : longer.entries()) {
        int count = InterviewRenderer.answer(longer, entry).words();
        boolean warned = rendition.warnings().stream()
            .anyMatch(w -> w.code().equals(RenderDiagnostics.TOO_LONG) && w.message().contains("entry '" + entry.id() + "' runs to " + count + " words")
                && w.pointer().equals("/entries/" + longer.entries().indexOf(entry)));
        assertThat(warned).as("'%s' at %d words", entry.id(), count).isEqualTo(count > InterviewRenderer.WORDS);
      }
    });
  }

  @Test
  void countsWordsAsTheRunsOfNonSpaceARegularExpressionFinds() {
    Pattern word = Pattern.compile("\\S+");
    qt().withExamples(300).forAll(LakeGenerators.lakes()).checkAssert(lake -> {
      for (LakeEntry entry : lake.entries()) {
        InterviewRenderer.Answer answer = InterviewRenderer.answer(lake, entry);
        String all = answer.situation() + " " + answer.task() + " " + answer.action() + " " + answer.result();
        assertThat(answer.words()).as(all).isEqualTo((int) word.matcher(all).results().count());
      }
    });
  }

  @Test
  void mapsStarFromTheEntryNeverFromTheClustersBlurbAsksSentenceCasedFollowUpsAndShowsNoEvidencePlumbing() {
    qt().withExamples(300).forAll(LakeGenerators.lakes()).checkAssert(lake -> {
      Phrasing phrasing = Phrasing.of(lake);
      String answers = ANSWERS.render(lake, WITH_TARGETS);
      for (LakeEntry entry : lake.entries()) {
        InterviewRenderer.Answer answer = InterviewRenderer.answer(lake, entry);
        assertThat(answer.situation()).startsWith(phrasing.sentence(entry.constraint()));
        phrasing.goal(entry.claim()).ifPresent(goal -> assertThat(answer.task()).contains(goal));
        assertThat(answer.action()).contains(phrasing.lowerFirst(entry.decision().choice()))
            .contains(phrasing.lowerFirst(entry.decision().consequence()));
        for (Alternative alternative : entry.decision().alternatives()) {
          assertThat(answer.action()).contains(phrasing.upperFirst(alternative.option()) + "? " + phrasing.sentence(alternative.whyNot()));
          assertThat(answers).contains("- **Why not " + Markdown.escape(phrasing.lowerFirst(alternative.option())) + "?** "
              + Markdown.escape(phrasing.sentence(alternative.whyNot())) + "\n");
        }
        for (Cluster cluster : lake.clusters()) {
          String why = PlainText.oneLine(cluster.why());
          if (!PlainText.oneLine(entry.constraint()).contains(why) && lake.stories().stream().noneMatch(st -> st.challenge().map(c -> c.contains(why)).orElse(false))) {
            assertThat(answer.situation()).doesNotContain(why);
          }
        }
        for (EvidenceAnchor anchor : entry.evidence()) {
          assertThat(answers).doesNotContain(AnchorResult.labelOf(anchor));
        }
      }
      assertThat(answers).doesNotContain("report-stat", "run-output", "repro-step", "sha256");
    });
  }

  @Test
  void aLakeWithControlCharactersAndBidiMarksInEveryTextRendersPrintableText() {
    qt().withExamples(300).forAll(LakeGenerators.hostileLakes()).checkAssert(lake ->
        TextChecks.assertPrintable(InterviewRenderer.PATH, ANSWERS.render(lake, WITH_TARGETS)));
  }
}
