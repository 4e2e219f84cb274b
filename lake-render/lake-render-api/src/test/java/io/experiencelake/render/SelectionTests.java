package io.experiencelake.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.experiencelake.core.ImmutableLake;
import io.experiencelake.core.ImmutableLakeEntry;
import io.experiencelake.core.Lake;
import io.experiencelake.core.LakeException;
import io.experiencelake.core.Rule;
import io.experiencelake.core.StatusKind;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SelectionTests {

  private final Lake lake = RenderFixtures.smallLake();

  @Test
  void leavesTargetsOutByDefault() {
    assertThat(Selection.of(lake, RenderFixtures.options()).ids()).containsExactly("loads", "talk", "replay");
  }

  @Test
  void includesTargetsOnlyWhenAsked() {
    assertThat(Selection.of(lake, RenderFixtures.withTargets()).ids()).containsExactly("loads", "talk", "replay", "lineage");
  }

  @Test
  void leavesTargetsOutEvenWhenTheStatusesNameTarget() {
    RenderOptions options = ImmutableRenderOptions.builder().today(RenderFixtures.TODAY).addStatuses(StatusKind.TARGET).build();

    assertThat(Selection.of(lake, options).ids()).isEmpty();
  }

  @Test
  void selectsByStatusAndKeywordIgnoringCase() {
    RenderOptions achieved = ImmutableRenderOptions.builder().today(RenderFixtures.TODAY).addStatuses(StatusKind.ACHIEVED).build();
    RenderOptions keyword = ImmutableRenderOptions.builder().today(RenderFixtures.TODAY).addKeywords("BATCH LOADING").build();
    RenderOptions inClaim = ImmutableRenderOptions.builder().today(RenderFixtures.TODAY).addKeywords("Idempotent").build();

    assertThat(Selection.of(lake, achieved).ids()).containsExactly("loads", "talk");
    assertThat(Selection.of(lake, keyword).ids()).containsExactly("loads");
    assertThat(Selection.of(lake, inClaim).ids()).containsExactly("talk", "replay");
  }

  @Test
  void selectsByCluster() {
    RenderOptions runs = ImmutableRenderOptions.builder().today(RenderFixtures.TODAY).addClusters("runs").build();
    Lake twoClusters = ImmutableLake.copyOf(lake).withEntries(lake.entries().stream()
        .map(e -> e.id().equals("talk") ? ImmutableLakeEntry.copyOf(e).withCluster("talks") : e)
        .collect(Collectors.toList()));

    assertThat(Selection.of(twoClusters, runs).ids()).containsExactly("loads", "replay");
  }

  @Test
  void keepsTheEntriesMatchingTheRoleBestWithinTheBudgetAndWarnsOfTheRest() {
    RenderOptions options = ImmutableRenderOptions.builder().today(RenderFixtures.TODAY).role("data-platform").maxEntries(2).build();

    Selection selection = Selection.of(lake, options);

    assertThat(selection.ids()).containsExactly("loads", "talk");
    assertThat(selection.warnings()).singleElement().satisfies(w -> {
      assertThat(w.code()).isEqualTo(RenderDiagnostics.OVER_BUDGET);
      assertThat(w.pointer()).isEqualTo("/entries/2");
      assertThat(w.message()).contains("'replay'", "2 entries");
    });
  }

  @Test
  void refusesARoleTheLakeDoesNotHaveWithADiagnostic() {
    RenderOptions options = ImmutableRenderOptions.builder().today(RenderFixtures.TODAY).role("astronaut").build();

    LakeException refused = catchThrowableOfType(LakeException.class, () -> Selection.of(lake, options));

    assertThat(refused.errors()).singleElement().satisfies(d -> {
      assertThat(d.code()).isEqualTo(Rule.UNKNOWN_REFERENCE.code());
      assertThat(d.pointer()).isEqualTo("/roles");
      assertThat(d.message()).contains("'astronaut'");
      assertThat(d.hint()).contains("'data-platform'");
    });
  }

  @Test
  void warnsOfASelectedClusterTheLakeDoesNotHave() {
    RenderOptions options = ImmutableRenderOptions.builder().today(RenderFixtures.TODAY).addClusters("runs", "ghosts").build();

    Selection selection = Selection.of(lake, options);

    assertThat(selection.ids()).containsExactly("loads", "talk", "replay");
    assertThat(selection.warnings()).singleElement().satisfies(w -> {
      assertThat(w.code()).isEqualTo(RenderDiagnostics.UNKNOWN_SELECTION);
      assertThat(w.message()).contains("'ghosts'");
    });
  }

  @Nested
  class PickedEntries {

    @Test
    void rendersOnlyThePickedEntriesInLakeOrder() {
      RenderOptions options = ImmutableRenderOptions.builder().today(RenderFixtures.TODAY).addEntries("replay", "loads").build();

      Selection selection = Selection.of(lake, options);

      assertThat(selection.ids()).containsExactly("loads", "replay");
      assertThat(selection.warnings()).isEmpty();
    }

    @Test
    void appliesTheOtherFiltersToThePickedEntries() {
      RenderOptions achieved = ImmutableRenderOptions.builder().today(RenderFixtures.TODAY)
          .addEntries("replay", "loads", "lineage").addStatuses(StatusKind.ACHIEVED).build();
      RenderOptions noTargets = ImmutableRenderOptions.builder().today(RenderFixtures.TODAY).addEntries("lineage", "talk").build();
      RenderOptions targets = ImmutableRenderOptions.builder().today(RenderFixtures.TODAY).addEntries("lineage", "talk").includeTargets(true).build();

      assertThat(Selection.of(lake, achieved).ids()).containsExactly("loads");
      assertThat(Selection.of(lake, noTargets).ids()).containsExactly("talk");
      assertThat(Selection.of(lake, targets).ids()).containsExactly("talk", "lineage");
    }

    @Test
    void keepsTheMostWantedPickedEntriesWithinTheBudgetWhateverTheRoleSays() {
      // The role prefers "loads" and "talk"; the pick prefers "replay" first, then "talk".
      RenderOptions options = ImmutableRenderOptions.builder().today(RenderFixtures.TODAY).role("data-platform")
          .addEntries("replay", "talk", "loads").maxEntries(2).build();

      Selection selection = Selection.of(lake, options);

      assertThat(selection.ids()).containsExactly("talk", "replay");
      assertThat(selection.warnings()).singleElement().satisfies(w -> {
        assertThat(w.code()).isEqualTo(RenderDiagnostics.OVER_BUDGET);
        assertThat(w.pointer()).isEqualTo("/entries/0");
        assertThat(w.message()).contains("'loads'");
      });
    }

    @Test
    void warnsOnceOfEachPickedIdTheLakeDoesNotHave() {
      RenderOptions options = ImmutableRenderOptions.builder().today(RenderFixtures.TODAY).addEntries("ghost", "talk", "ghost").build();

      Selection selection = Selection.of(lake, options);

      assertThat(selection.ids()).containsExactly("talk");
      assertThat(selection.warnings()).singleElement().satisfies(w -> {
        assertThat(w.code()).isEqualTo(RenderDiagnostics.UNKNOWN_SELECTION);
        assertThat(w.pointer()).isEqualTo("/entries");
        assertThat(w.message()).contains("'ghost'");
      });
    }

    @Test
    void selectsNothingWhenEveryPickedIdIsUnknown() {
      RenderOptions options = ImmutableRenderOptions.builder().today(RenderFixtures.TODAY).addEntries("ghost").build();

      assertThat(Selection.of(lake, options).ids()).isEmpty();
    }
  }
}
