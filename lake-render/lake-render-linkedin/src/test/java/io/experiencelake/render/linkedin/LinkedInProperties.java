package io.experiencelake.render.linkedin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.experiencelake.core.Diagnostic;
import io.experiencelake.core.ImmutableEngagement;
import io.experiencelake.core.ImmutableLake;
import io.experiencelake.core.ImmutableLakeEntry;
import io.experiencelake.core.ImmutableOwner;
import io.experiencelake.core.Lake;
import io.experiencelake.core.LakeEntry;
import io.experiencelake.core.LakeGenerators;
import io.experiencelake.render.Honesty;
import io.experiencelake.render.ImmutableRenderOptions;
import io.experiencelake.render.PlainText;
import io.experiencelake.render.RenderOptions;
import io.experiencelake.render.Selection;
import io.experiencelake.render.Rendition;
import io.experiencelake.render.TextChecks;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class LinkedInProperties {

  private static final Honesty.Output TEXT = new Honesty.Output() {
    @Override
    public String render(Lake lake, RenderOptions options) {
      return new LinkedInRenderer().render(lake, options).artifacts().get(0).text();
    }

    @Override
    public String next() {
      return "\n== Next";
    }

    @Override
    public String write(String claim) {
      return PlainText.oneLine(claim);
    }

    @Override
    public Set<String> dropped(Lake lake, RenderOptions options) {
      return new LinkedIn(lake, options).dropped();
    }
  };

  /** Generated lakes, their texts repeated up to 120 times so that budgets are often reached. */
  private static Gen<Lake> longLakes() {
    return LakeGenerators.lakes().zip(integers().between(1, 120), LinkedInProperties::inflate);
  }

  private static Lake inflate(Lake lake, int times) {
    String summary = (lake.owner().summary().orElse("A summary.") + ". ").repeat(times);
    return ImmutableLake.copyOf(lake)
        .withOwner(ImmutableOwner.copyOf(lake.owner()).withHeadline((lake.owner().headline() + " ").repeat(times)).withSummary(summary))
        .withEngagements(lake.engagements().stream()
            .map(e -> ImmutableEngagement.copyOf(e).withSummary((e.name() + " ships. ").repeat(times))).collect(Collectors.toList()))
        .withEntries(lake.entries().stream()
            .map(e -> ImmutableLakeEntry.copyOf(e).withClaim(e.claim() + (" and " + e.id()).repeat(times / 4))).collect(Collectors.toList()));
  }

  @Test
  void noSectionExceedsItsBudgetInCodePoints() {
    qt().withExamples(300).forAll(longLakes()).checkAssert(lake -> {
      for (RenderOptions options : options()) {
        for (LinkedIn.Section section : new LinkedIn(lake, options).sections()) {
          assertThat(section.body().codePointCount(0, section.body().length())).as(section.title()).isLessThanOrEqualTo(section.budget());
        }
      }
    });
  }

  @Test
  void everyEntryOfferedToASectionAndLeftOutIsNamedInAWarning() {
    qt().withExamples(300).forAll(longLakes()).checkAssert(lake -> {
      for (RenderOptions options : options()) {
        Rendition rendition = new LinkedInRenderer().render(lake, options);
        LinkedIn linkedIn = new LinkedIn(lake, options);
        String text = rendition.artifacts().get(0).text();
        String warnings = rendition.warnings().stream().map(Diagnostic::message).collect(Collectors.joining("\n"));
        for (LakeEntry entry : Selection.of(lake, options).entries()) {
          if (linkedIn.offered().contains(entry.id()) && !text.contains(PlainText.oneLine(entry.claim()))) {
            assertThat(warnings).contains("entry '" + entry.id() + "'");
          }
        }
      }
    });
  }

  @Test
  void aboutHighlightsAtMostFiveEntriesAndNoSectionListsMoreThanFive() {
    qt().withExamples(300).forAll(LakeGenerators.lakes()).checkAssert(lake -> {
      for (RenderOptions options : options()) {
        for (LinkedIn.Section section : new LinkedIn(lake, options).sections()) {
          assertThat(section.body().lines().filter(l -> l.startsWith("\u2022 ")).count()).as(section.title()).isLessThanOrEqualTo(5);
        }
      }
    });
  }

  @Test
  void anOfferedEntryIsUsedWhenItsClaimAppearsAndAnEntryOnlyWhenSomeOfItsLineDoes() {
    qt().withExamples(300).forAll(longLakes()).checkAssert(lake -> {
      for (RenderOptions options : options()) {
        LinkedIn linkedIn = new LinkedIn(lake, options);
        List<String> bodies = linkedIn.sections().stream().map(LinkedIn.Section::body).collect(Collectors.toList());
        for (LakeEntry entry : Selection.of(lake, options).entries()) {
          String claim = PlainText.oneLine(entry.claim());
          if (linkedIn.offered().contains(entry.id()) && bodies.stream().anyMatch(b -> b.contains(claim))) {
            assertThat(linkedIn.used()).contains(entry.id());
          }
          if (linkedIn.used().contains(entry.id())) {
            String start = "\u2022 " + claim.substring(0, Math.min(claim.length(), claim.indexOf(' ') < 0 ? claim.length() : claim.indexOf(' ')));
            assertThat(bodies).anyMatch(b -> b.contains(start) || b.contains(claim));
          }
        }
      }
    });
  }

  @Test
  void noBulletRepeatsItsFigure() {
    qt().withExamples(300).forAll(LakeGenerators.lakes()).checkAssert(lake -> {
      RenderOptions options = options()[1];
      String text = new LinkedInRenderer().render(lake, options).artifacts().get(0).text();
      for (LakeEntry entry : Selection.of(lake, options).entries()) {
        String start = "\u2022 " + PlainText.oneLine(entry.claim());
        text.lines().filter(l -> l.startsWith(start)).forEach(line -> TextChecks.assertFigureOnce(entry, line));
      }
    });
  }

  @Test
  void aLakeWithControlCharactersAndBidiMarksInEveryTextRendersPrintableText() {
    qt().withExamples(300).forAll(LakeGenerators.hostileLakes()).checkAssert(lake ->
        TextChecks.assertPrintable(LinkedInRenderer.PATH, TEXT.render(lake, options()[1])));
  }

  @Test
  void noTargetClaimAppearsOutsideNextAndEverySelectedAchievedClaimAppears() {
    qt().withExamples(200).forAll(LakeGenerators.lakes()).checkAssert(lake -> Honesty.check(lake, LakeGenerators.TODAY, TEXT));
    qt().withExamples(200).forAll(longLakes()).checkAssert(lake -> Honesty.check(lake, LakeGenerators.TODAY, TEXT));
  }

  private static RenderOptions[] options() {
    return new RenderOptions[] {
      RenderOptions.today(LakeGenerators.TODAY),
      ImmutableRenderOptions.builder().today(LakeGenerators.TODAY).includeTargets(true).build()
    };
  }
}
