package io.experiencelake.tailor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class TermAnalysisTests {

  private static List<String> keys(String text) {
    return TermAnalysis.terms(text).stream().map(Term::key).toList();
  }

  @Test
  void stemmingMergesMigratingAndMigration() {
    assertThat(keys("migrating")).containsExactly("migrat");
    assertThat(keys("Migration")).containsExactly("migrat");
    assertThat(keys("migrated")).containsExactly("migrat");
  }

  @Test
  void dropsStopWordsAndJobAdBoilerplate() {
    assertThat(keys("We are looking for experience with the Kafka")).containsExactly("kafka");
  }

  @Test
  void dropsTheSnowballStopWordsThatLucenesShortListLacks() {
    assertThat(keys("so after each restart under load")).containsExactly("restart", "load");
  }

  @Test
  void addsEachPairOfAdjacentWords() {
    assertThat(keys("Data pipelines on Kubernetes")).containsExactly("data", "data pipelin", "pipelin", "kubernet");
  }

  @Test
  void makesNoPairAcrossARemovedStopWord() {
    assertThat(keys("infrastructure as code")).containsExactly("infrastructur", "code");
  }

  @Test
  void keepsTheWordsAsWrittenLowercased() {
    assertThat(TermAnalysis.terms("Migrating  Data\nPipelines")).extracting(Term::surface)
        .containsExactly("migrating", "migrating data", "data", "data pipelines", "pipelines");
  }

  @Test
  void givesTheSameTermsInAnyLocale() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("tr-TR"));
      assertThat(keys("INDEXING IDEMPOTENCY")).containsExactly("index", "index idempot", "idempot");
    } finally {
      Locale.setDefault(before);
    }
  }
}
