package io.experiencelake.render.jsonresume;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.experiencelake.core.Lake;
import io.experiencelake.core.LakeEntry;
import io.experiencelake.core.LakeGenerators;
import io.experiencelake.core.StatusKind;
import io.experiencelake.render.ImmutableRenderOptions;
import io.experiencelake.render.PlainText;
import io.experiencelake.render.TextChecks;
import io.experiencelake.render.RenderOptions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class JsonResumeProperties {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final RenderOptions DEFAULT = RenderOptions.today(LakeGenerators.TODAY);
  private static final RenderOptions WITH_TARGETS = ImmutableRenderOptions.builder().today(LakeGenerators.TODAY).includeTargets(true).build();

  private static String render(Lake lake, RenderOptions options) {
    return new JsonResumeRenderer().render(lake, options).artifacts().get(0).text();
  }

  @Test
  void everyGeneratedLakeGivesAValidResume() {
    qt().withExamples(200).forAll(LakeGenerators.lakes()).checkAssert(lake -> {
      assertThat(JsonResumeSchema.errors(render(lake, DEFAULT))).isEmpty();
      assertThat(JsonResumeSchema.errors(render(lake, WITH_TARGETS))).isEmpty();
    });
  }

  @Test
  void targetsAppearOnlyUnderNextAndEverySelectedAchievedClaimIsAHighlightWhenTheBudgetAllows() {
    qt().withExamples(300).forAll(LakeGenerators.lakes()).checkAssert(lake -> {
      for (RenderOptions budget : new RenderOptions[] {DEFAULT, WITH_TARGETS}) {
        RenderOptions options = ImmutableRenderOptions.copyOf(budget).withBulletsPerEngagement(100);
        JsonNode resume = JSON.readTree(render(lake, options));
        List<String> outsideNext = new ArrayList<>();
        List<String> underNext = new ArrayList<>();
        strings(resume, outsideNext, underNext, false);
        for (LakeEntry entry : lake.entries()) {
          String claim = PlainText.oneLine(entry.claim());
          if (entry.status().kind() == StatusKind.TARGET) {
            boolean sharedWithAnother = lake.entries().stream()
                .anyMatch(other -> other.status().kind() != StatusKind.TARGET && PlainText.oneLine(other.claim()).contains(claim));
            if (!sharedWithAnother) {
              assertThat(outsideNext).noneMatch(s -> s.contains(claim));
            }
            if (options.includeTargets()) {
              assertThat(underNext).anyMatch(s -> s.startsWith(claim + " (target"));
            }
          } else if (entry.status().kind() == StatusKind.ACHIEVED) {
            assertThat(outsideNext).anyMatch(s -> s.startsWith(claim));
          }
        }
      }
    });
  }

  @Test
  void noEngagementHasMoreHighlightsThanTheBudgetAndNoneRepeatsItsFigure() {
    qt().withExamples(300).forAll(LakeGenerators.lakes()).checkAssert(lake -> {
      JsonNode resume = JSON.readTree(render(lake, WITH_TARGETS));
      List<JsonNode> highlights = resume.findValues("highlights");
      highlights.forEach(h -> assertThat(h.size()).isLessThanOrEqualTo(WITH_TARGETS.bulletsPerEngagement()));
      for (JsonNode list : highlights) {
        for (JsonNode highlight : list) {
          for (LakeEntry entry : lake.entries()) {
            if (highlight.asString().startsWith(PlainText.oneLine(entry.claim()))) {
              TextChecks.assertFigureOnce(entry, highlight.asString());
            }
          }
        }
      }
    });
  }

  @Test
  void aLakeWithControlCharactersAndBidiMarksInEveryTextGivesPrintableJson() {
    qt().withExamples(200).forAll(LakeGenerators.hostileLakes()).checkAssert(lake ->
        TextChecks.assertPrintable(JsonResumeRenderer.RESUME, render(lake, WITH_TARGETS)));
  }

  /** Collects every string value, split by whether it sits inside a project named "Next". */
  private static void strings(JsonNode node, List<String> outside, List<String> under, boolean inNext) {
    if (node.isString()) {
      (inNext ? under : outside).add(node.asString());
    } else if (node.isObject()) {
      boolean next = inNext || JsonResumeRenderer.NEXT.equals(node.path("name").asString(""));
      node.forEach(child -> strings(child, outside, under, next));
    } else if (node.isArray()) {
      node.forEach(child -> strings(child, outside, under, inNext));
    }
  }
}
