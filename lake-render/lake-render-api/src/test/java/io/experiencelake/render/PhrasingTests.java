package io.experiencelake.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.experiencelake.core.ImmutableLake;
import io.experiencelake.core.ImmutableLakeEntry;
import io.experiencelake.core.Lake;
import io.experiencelake.core.LakeEntry;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PhrasingTests {

  private final Lake lake = RenderFixtures.smallLake();

  /** The small lake with a claim that names Postgres and Kinesis mid-sentence. */
  private Phrasing withNames() {
    LakeEntry loads = ImmutableLakeEntry.copyOf(lake.entries().get(0))
        .withConstraint("Loads timed out on Postgres, and the Kinesis reader fell behind");
    return Phrasing.of(ImmutableLake.copyOf(lake).withEntries(loads, lake.entries().get(1), lake.entries().get(2), lake.entries().get(3)));
  }

  @Nested
  class SentenceCase {

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
      "A central database of phase states;a central database of phase states",
      "Longer promotion timers;longer promotion timers",
      "Exactly-once settings in the broker;exactly-once settings in the broker",
      "TRIM_HORIZON on every start;TRIM_HORIZON on every start",
      "READY written too early;READY written too early",
      "DuckDB spilled to disk;DuckDB spilled to disk",
      "I chose the gate;I chose the gate",
      "Postgres failed the migration;Postgres failed the migration",
      "Kinesis' start positions;Kinesis' start positions",
      "3 of 5 services keyed;3 of 5 services keyed",
      "  Reset verbs   scripted ;reset verbs scripted",
      "Ünicode first;ünicode first"
    })
    void aPhraseThatContinuesASentenceKeepsOnlyTheCapitalsItNeeds(String phrase, String expected) {
      assertThat(withNames().lowerFirst(phrase)).isEqualTo(expected);
    }

    @Test
    void aWordCapitalisedOnlyAtTheStartOfTheLakesSentencesIsNoName() {
      // "Loads" opens the small lake's constraint, so it is not taken for a name.
      assertThat(Phrasing.of(lake).lowerFirst("Loads took too long")).isEqualTo("loads took too long");
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
      "the old path logged errors;The old path logged errors",
      "additionalProperties does not see through allOf;additionalProperties does not see through allOf",
      "iOS builds;iOS builds",
      "3 of 5;3 of 5"
    })
    void aPhraseThatStartsASentenceGetsACapitalUnlessItsFirstWordIsSpelledOtherwise(String phrase, String expected) {
      assertThat(Phrasing.plain().upperFirst(phrase)).isEqualTo(expected);
    }
  }

  @Nested
  class Claims {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
      "Gated each of 6 run phases on a committed receipt, taking partial promotions from 4 to 0|gate each of 6 run phases on a committed receipt",
      "Made READY the last write of the checkpoint commit, so consumers start late|make READY the last write of the checkpoint commit",
      "Made ingress fail closed: 1,284 records quarantined|make ingress fail closed",
      "Scripting a reset verb per phase; 4 of 6 phases done|script a reset verb per phase",
      "Will hand the environment over with a written authority map|hand the environment over with a written authority map",
      "Planning to move the contracts to Draft 2020-12|move the contracts to Draft 2020-12"
    })
    void aClaimsGoalIsItsFirstClauseWithItsVerbInTheBaseForm(String claim, String goal) {
      assertThat(Phrasing.plain().goal(claim)).contains(goal);
    }

    @Test
    void aClaimThatOpensWithNoVerbHasNoGoal() {
      assertThat(Phrasing.plain().goal("Twelve metrics against a reference quarter")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
      "Gated each of 6 run phases;I gated each of 6 run phases",
      "Made READY the last write;I made READY the last write",
      "Scripting a reset verb per phase;I am scripting a reset verb per phase",
      "Will hand the environment over;I will hand the environment over",
      "Twelve metrics against a reference quarter;Twelve metrics against a reference quarter"
    })
    void aClaimToldInTheFirstPersonKeepsItsTense(String claim, String told) {
      assertThat(Phrasing.plain().firstPerson(claim)).isEqualTo(told);
    }
  }

  @Nested
  class Lines {

    @Test
    void aClaimThatStatesItsFigureGetsNoFigureAfterIt() {
      LakeEntry loads = lake.entries().get(0); // "Cut *failed* nightly loads from 12 to 0 a week …", figure: 0 loads

      assertThat(Phrasing.of(lake).line(loads)).isEqualTo("Cut *failed* nightly loads from 12 to 0 a week with [bounded] batches");
      TextChecks.assertFigureOnce(loads, Phrasing.of(lake).line(loads));
    }

    @Test
    void aClaimThatDoesNotStateItsFigureGetsItOnce() {
      LakeEntry loads = ImmutableLakeEntry.copyOf(lake.entries().get(0)).withClaim("Cut failed nightly loads with bounded batches");

      assertThat(Phrasing.of(lake).line(loads)).isEqualTo("Cut failed nightly loads with bounded batches (failed loads per week: 0 loads)");
      TextChecks.assertFigureOnce(loads, Phrasing.of(lake).line(loads));
    }

    @Test
    void anEntryInProgressCarriesItsStatusLabel() {
      assertThat(Phrasing.of(lake).line(lake.entries().get(2)))
          .isEqualTo("Making ledger replays idempotent across 5 services (in progress, as of 1 Nov 2026: 3 of 5 services keyed)");
    }

    @Test
    void aTargetReadsAsATargetNeverAsDone() {
      assertThat(Phrasing.of(lake).line(lake.entries().get(3)))
          .isEqualTo("Will trace every ledger row to the commit that wrote it (target, by 31 Mar 2027)");
    }
  }
}
