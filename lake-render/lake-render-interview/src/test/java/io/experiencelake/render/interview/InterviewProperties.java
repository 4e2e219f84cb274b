package io.experiencelake.render.interview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.experiencelake.core.ImmutableLake;
import io.experiencelake.core.ImmutableLakeEntry;
import io.experiencelake.core.Lake;
import io.experiencelake.core.LakeEntry;
import io.experiencelake.core.LakeGenerators;
import io.experiencelake.render.Honesty;
import io.experiencelake.render.ImmutableRenderOptions;
import io.experiencelake.render.RenderDiagnostics;
import io.experiencelake.render.RenderOptions;
import io.experiencelake.render.Rendition;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class InterviewProperties {

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
}
