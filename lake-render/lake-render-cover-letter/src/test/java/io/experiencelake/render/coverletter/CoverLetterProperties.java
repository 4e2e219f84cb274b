package io.experiencelake.render.coverletter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.experiencelake.core.EvidenceAnchor;
import io.experiencelake.core.Lake;
import io.experiencelake.core.LakeEntry;
import io.experiencelake.core.LakeGenerators;
import io.experiencelake.core.ReportStat;
import io.experiencelake.core.StatusKind;
import io.experiencelake.core.verify.AnchorResult;
import io.experiencelake.render.Honesty;
import io.experiencelake.render.ImmutableRenderOptions;
import io.experiencelake.render.Markdown;
import io.experiencelake.render.RenderOptions;
import io.experiencelake.render.Selection;
import io.experiencelake.render.TextChecks;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CoverLetterProperties {

  private static final RenderOptions WITH_TARGETS = ImmutableRenderOptions.builder().today(LakeGenerators.TODAY).includeTargets(true).build();

  private static final Honesty.Output LETTER = new Honesty.Output() {
    @Override
    public String render(Lake lake, RenderOptions options) {
      return new CoverLetterRenderer().render(lake, options).artifacts().get(0).text();
    }

    @Override
    public String next() {
      return "\n## Next\n";
    }

    /** The letter tells a claim in the first person or as a plan, so its first word changes: its words after it, as written mid-line. */
    @Override
    public String write(String claim) {
      String tail = claim.strip().substring(claim.strip().indexOf(' ') + 1);
      return Markdown.escape("x " + tail).substring(2);
    }

    @Override
    public Set<String> dropped(Lake lake, RenderOptions options) {
      Set<String> dropped = new HashSet<>(Selection.of(lake, options).ids());
      dropped.removeAll(CoverLetterDocument.of(lake, options).shown());
      return dropped;
    }
  };

  @Test
  void noTargetClaimAppearsOutsideNextAndEveryEntryToldAppears() {
    qt().withExamples(300).forAll(LakeGenerators.lakes()).checkAssert(lake -> Honesty.check(lake, LakeGenerators.TODAY, LETTER));
  }

  @Test
  void tellsTwoOrThreeOfTheBestRankedEntriesAndLabelsOneInProgress() {
    qt().withExamples(300).forAll(LakeGenerators.lakes()).checkAssert(lake -> {
      CoverLetterDocument letter = CoverLetterDocument.of(lake, WITH_TARGETS);
      List<LakeEntry> ranked = Selection.of(lake, WITH_TARGETS).ranked().stream().filter(e -> e.status().kind() != StatusKind.TARGET).toList();
      List<String> told = letter.body().stream().map(p -> p.entryId().orElseThrow()).toList();
      assertThat(told).hasSizeLessThanOrEqualTo(3).hasSize(Math.min(told.size(), ranked.size()));
      if (ranked.size() >= 2) {
        assertThat(told).hasSizeGreaterThanOrEqualTo(2);
      }
      assertThat(told).isEqualTo(ranked.subList(0, told.size()).stream().map(LakeEntry::id).toList());
      for (CoverLetterDocument.Paragraph paragraph : letter.body()) {
        LakeEntry entry = entry(lake, paragraph.entryId().orElseThrow());
        TextChecks.assertFigureOnce(entry, paragraph.text());
        if (entry.status().kind() == StatusKind.CURRENT) {
          assertThat(paragraph.text()).contains("in progress, as of ");
        }
      }
    });
  }

  @Test
  void keepsToItsWordsOrSaysItRunsOver() {
    qt().withExamples(300).forAll(LakeGenerators.lakes()).checkAssert(lake -> {
      CoverLetterDocument letter = CoverLetterDocument.of(lake, WITH_TARGETS);
      if (letter.words() > 400) {
        assertThat(letter.warnings()).singleElement().satisfies(w -> assertThat(w.code()).isEqualTo("LAKE-R003"));
      } else {
        assertThat(letter.warnings()).isEmpty();
      }
      String markdown = CoverLetterRenderer.markdown(letter);
      int markup = 2 + Math.max(0, letter.contact().size() - 1); // '#', '##' and the '·' between contact items
      assertThat(markdown.split("\\s+").length - 1).as("words of the Markdown").isLessThanOrEqualTo(letter.words() + markup);
    });
  }

  @Test
  void neverShowsEvidencePathsPointersDigestsOrAnchorLabels() {
    qt().withExamples(300).forAll(LakeGenerators.lakes()).checkAssert(lake -> {
      String letter = LETTER.render(lake, WITH_TARGETS);
      for (LakeEntry entry : lake.entries()) {
        for (EvidenceAnchor anchor : entry.evidence()) {
          assertThat(letter).doesNotContain(AnchorResult.labelOf(anchor));
          if (anchor instanceof ReportStat) {
            ((ReportStat) anchor).sha256().ifPresent(d -> assertThat(letter).doesNotContain(d));
          }
        }
      }
      assertThat(letter).doesNotContain("report-stat", "run-output", "repro-step", "sha256");
    });
  }

  @Test
  void aLakeWithControlCharactersAndBidiMarksInEveryTextRendersPrintableText() {
    qt().withExamples(300).forAll(LakeGenerators.hostileLakes()).checkAssert(lake ->
        TextChecks.assertPrintable(CoverLetterRenderer.PATH, LETTER.render(lake, WITH_TARGETS)));
  }

  private static LakeEntry entry(Lake lake, String id) {
    return lake.entries().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
  }
}
