package io.experiencelake.core.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ClaimWordsTests {

  @Nested
  class DoneVerbs {

    @ParameterizedTest
    @CsvSource({
        "Built the gates, Built, build",
        "Reduced p99 by 30%, Reduced, reduce",
        "Cut costs, Cut, cut",
        "Led 4 engineers, Led, lead",
        "Shipped it, Shipped, ship",
        "Co-led the migration, Co-led, lead",
        "Successfully migrated 11 services, migrated, migrate",
        "'\"Delivered\" the platform', Delivered, deliver",
        "Standardised builds, Standardised, standardize",
        "Unified 3 pipelines, Unified, unify",
        "Sent the cut-over plan to 12 teams, Sent, send",
        "Spent 3 weeks profiling the parser, Spent, spend",
        "Became the owner of 6 pipelines, Became, become",
        "Broke the monolith into 4 services, Broke, break",
        "Went from 5 receipt digests to 1, Went, go",
        "Left the on-call rota with 0 open pages, Left, leave"})
    void recognisesAchievementVerbsWithTheirBaseForm(String claim, String word, String base) {
      assertThat(ClaimWords.doneVerb(claim)).hasValueSatisfying(verb -> {
        assertThat(verb.word()).isEqualTo(word);
        assertThat(verb.base()).contains(base);
      });
    }

    @Test
    void recognisesOtherPastTensesByTheirEndingAndDerivesTheirBaseForm() {
      assertThat(ClaimWords.doneVerb("Dockerized every service")).hasValueSatisfying(verb -> {
        assertThat(verb.word()).isEqualTo("Dockerized");
        assertThat(verb.base()).contains("dockerize");
        assertThat(verb.asPlan()).isEqualTo("'Will dockerize …'");
      });
      assertThat(ClaimWords.doneVerb("Gated 6 run phases")).hasValueSatisfying(verb -> {
        assertThat(verb.asPlan()).isEqualTo("'Will gate …'");
        assertThat(verb.asProgress()).isEqualTo("'Gating …'");
      });
    }

    @Test
    void fallsBackToAGenericPlanWhenNoBaseFormIsKnown() {
      assertThat(ClaimWords.doneVerb("Façaded the old service")).hasValueSatisfying(verb -> {
        assertThat(verb.base()).isEmpty();
        assertThat(verb.asPlan()).isEqualTo("'Will reduce …'");
      });
    }

    @ParameterizedTest
    @ValueSource(strings = {"Speed up builds", "Need a second region", "Embedded models on devices", "Self-hosted runners",
        "Distributed training at scale", "Building gates", "Will ship gates", "Shed", "3x faster builds", "", "   ",
        "Red-teamed", "Hundred services", "Supervised fine-tuning pipeline",
        "Set up a second region", "Put every run behind a gate", "Split the monolith", "Let teams self-serve", "Being on call",
        "Left-pad the ids"})
    void leavesOtherOpeningsAlone(String claim) {
      assertThat(ClaimWords.doneVerb(claim)).isEmpty();
    }

    @Test
    void phrasesPlansAndProgressFromTheBaseForm() {
      ClaimWords.DoneVerb reduced = new ClaimWords.DoneVerb("Reduced", Optional.of("reduce"));
      assertThat(reduced.asPlan()).isEqualTo("'Will reduce …'");
      assertThat(reduced.asProgress()).isEqualTo("'Reducing …'");
      assertThat(new ClaimWords.DoneVerb("Shipped", Optional.of("ship")).asProgress()).isEqualTo("'Shipping …'");
      assertThat(new ClaimWords.DoneVerb("Built", Optional.of("build")).asProgress()).isEqualTo("'Building …'");
      assertThat(new ClaimWords.DoneVerb("Guaranteed", Optional.of("guarantee")).asProgress()).isEqualTo("'Guaranteeing …'");
    }

    @Test
    void derivesPastTensesOfRegularVerbs() {
      assertThat(ClaimWords.past("reduce")).isEqualTo("reduced");
      assertThat(ClaimWords.past("unify")).isEqualTo("unified");
      assertThat(ClaimWords.past("deploy")).isEqualTo("deployed");
      assertThat(ClaimWords.past("ship")).isEqualTo("shipped");
      assertThat(ClaimWords.past("launch")).isEqualTo("launched");
    }
  }

  @Nested
  class Slogans {

    @Test
    void findsBuzzwordsWholeAndInListOrder() {
      assertThat(ClaimWords.buzzwords("A robust, World-Class and seamless platform; thought leadership"))
          .containsExactly("world-class", "robust", "seamless", "thought leadership");
    }

    @Test
    void ignoresBuzzwordsInsideOtherWords() {
      assertThat(ClaimWords.buzzwords("Robustness tests and a passionfruit stand")).isEmpty();
    }

    @Test
    void seesDigitsAndNumberWordsAsMeasures() {
      assertThat(ClaimWords.hasMeasure("Cut p99 to 40 ms")).isTrue();
      assertThat(ClaimWords.hasMeasure("Halved the build time")).isTrue();
      assertThat(ClaimWords.hasMeasure("Zero partial promotions")).isTrue();
      assertThat(ClaimWords.hasMeasure("Robust and seamless delivery")).isFalse();
    }
  }
}
