package io.experiencelake.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.experiencelake.core.ImmutableLake;
import io.experiencelake.core.ImmutableLakeEntry;
import io.experiencelake.core.Lake;
import io.experiencelake.core.LakeEntry;
import io.experiencelake.core.verify.ImmutableAnchorResult;
import io.experiencelake.core.verify.ImmutableEntryVerification;
import io.experiencelake.core.verify.ImmutableVerificationReport;
import io.experiencelake.core.verify.Outcome;
import io.experiencelake.core.verify.VerificationReport;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class RankingTests {

  private final Lake lake = RenderFixtures.smallLake();

  private static List<String> ids(List<LakeEntry> entries) {
    return entries.stream().map(LakeEntry::id).collect(Collectors.toList());
  }

  private static ImmutableRenderOptions.BuildFinal options() {
    return ImmutableRenderOptions.builder().today(RenderFixtures.TODAY).includeTargets(true);
  }

  @Nested
  class ByStrength {

    @Test
    void withoutARoleAchievedWithAVerifiedFigureComesFirstThenAchievedThenCurrentThenTarget() {
      // loads pins a report stat; talk has a receipt only; replay is CURRENT; lineage TARGET.
      assertThat(ids(Selection.of(lake, options().build()).ranked())).containsExactly("loads", "talk", "replay", "lineage");
    }

    @Test
    void aVerificationReportDecidesWhichFiguresCountAsVerified() {
      Selection plain = Selection.of(lake, options().build());
      Selection verified = Selection.of(lake, options().verification(report(Outcome.MISMATCH)).build());
      LakeEntry loads = lake.entries().get(0);

      assertThat(plain.hasVerifiedFigure(loads)).as("pinned by its digest, not checked").isTrue();
      assertThat(verified.hasVerifiedFigure(loads)).as("its report did not match").isFalse();
      assertThat(Selection.of(lake, options().verification(report(Outcome.VERIFIED)).build()).hasVerifiedFigure(loads)).isTrue();
    }

    @Test
    void tiesGoToMoreVerifiableEvidenceThenToLakeOrder() {
      LakeEntry talk = lake.entries().get(1);
      LakeEntry twin = ImmutableLakeEntry.copyOf(talk).withId("talk-twin");
      Lake twins = ImmutableLake.copyOf(lake).withEntries(twin, talk);

      assertThat(Selection.evidenceStrength(lake.entries().get(0))).isEqualTo(2); // a report stat that pins its report
      assertThat(Selection.evidenceStrength(talk)).isEqualTo(1); // a receipt
      assertThat(ids(Selection.of(twins, options().build()).ranked())).containsExactly("talk-twin", "talk");
    }
  }

  @Nested
  class ForARole {

    @Test
    void theRolesCapabilitiesWeighEachEntrysStrength() {
      // loads and talk demonstrate the role's one required capability; replay and lineage do not.
      assertThat(ids(Selection.of(lake, options().role("data-platform").build()).ranked()))
          .containsExactly("loads", "talk", "replay", "lineage");
    }

    @Test
    void aStrongMatchInProgressOutranksDoneWorkTheRoleDoesNotAskFor() {
      LakeEntry talk = ImmutableLakeEntry.copyOf(lake.entries().get(1)).withCapabilities("run-discipline");
      LakeEntry replay = ImmutableLakeEntry.copyOf(lake.entries().get(2)).withCapabilities("reliability");
      Lake shifted = ImmutableLake.copyOf(lake).withEntries(lake.entries().get(0), talk, replay, lake.entries().get(3));

      assertThat(ids(Selection.of(shifted, options().role("data-platform").build()).ranked()))
          .containsExactly("loads", "replay", "talk", "lineage");
    }
  }

  @Test
  void aPickSuchAsAJobAdsIsRankedInItsOwnOrder() {
    RenderOptions picked = options().role("data-platform").addEntries("replay", "talk", "loads").build();

    assertThat(ids(Selection.of(lake, picked).ranked())).containsExactly("replay", "talk", "loads");
  }

  @Test
  void rankOrdersAnySubsetTheSameWay() {
    Selection selection = Selection.of(lake, options().build());

    assertThat(ids(selection.rank(List.of(lake.entries().get(3), lake.entries().get(1))))).containsExactly("talk", "lineage");
  }

  /** A report in which every anchor of 'loads' had {@code outcome} and every other anchor verified. */
  private VerificationReport report(Outcome outcome) {
    ImmutableVerificationReport.Builder report = ImmutableVerificationReport.builder();
    for (int i = 0; i < lake.entries().size(); i++) {
      LakeEntry entry = lake.entries().get(i);
      ImmutableEntryVerification.BuildFinal verification = ImmutableEntryVerification.builder().entry(entry).pointer("/entries/" + i);
      for (int a = 0; a < entry.evidence().size(); a++) {
        Outcome result = entry.id().equals("loads") ? outcome : Outcome.VERIFIED;
        verification.addAnchors(ImmutableAnchorResult.builder().entryId(entry.id()).anchorIndex(a).pointer("/entries/" + i + "/evidence/" + a)
            .anchor(entry.evidence().get(a)).outcome(result).detail("the check said " + result.label()).build());
      }
      report.addEntries(verification.build());
    }
    return report.build();
  }
}
