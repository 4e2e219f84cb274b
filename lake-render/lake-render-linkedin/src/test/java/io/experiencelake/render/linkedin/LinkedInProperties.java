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
import io.experiencelake.core.StatusKind;
import io.experiencelake.render.Honesty;
import io.experiencelake.render.ImmutableRenderOptions;
import io.experiencelake.render.PlainText;
import io.experiencelake.render.RenderOptions;
import io.experiencelake.render.Selection;
import io.experiencelake.render.Rendition;
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
  void everyEntryLeftOutIsNamedInAWarning() {
    qt().withExamples(300).forAll(longLakes()).checkAssert(lake -> {
      for (RenderOptions options : options()) {
        Rendition rendition = new LinkedInRenderer().render(lake, options);
        String text = rendition.artifacts().get(0).text();
        String warnings = rendition.warnings().stream().map(Diagnostic::message).collect(Collectors.joining("\n"));
        for (LakeEntry entry : lake.entries()) {
          boolean selected = entry.status().kind() != StatusKind.TARGET || options.includeTargets();
          if (selected && !text.contains(PlainText.oneLine(entry.claim()))) {
            assertThat(warnings).contains("entry '" + entry.id() + "'");
          }
        }
      }
    });
  }

  @Test
  void anEntryIsUsedUnlessItWasLeftOutSomewhereAndItsClaimAppearsInNoSection() {
    qt().withExamples(300).forAll(longLakes()).checkAssert(lake -> {
      for (RenderOptions options : options()) {
        LinkedIn linkedIn = new LinkedIn(lake, options);
        List<String> expected = Selection.of(lake, options).entries().stream()
            .filter(e -> !linkedIn.dropped().contains(e.id())
                || linkedIn.sections().stream().anyMatch(s -> s.body().contains(PlainText.oneLine(e.claim()))))
            .map(LakeEntry::id)
            .distinct()
            .collect(Collectors.toList());
        assertThat(linkedIn.used()).isEqualTo(expected);
      }
    });
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
