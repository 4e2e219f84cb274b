package io.experiencelake.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.experiencelake.core.Rule;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleCatalogTests {

  @Test
  void listsEveryRuleOnce() {
    List<String> codes = RuleCatalog.all().stream().map(RuleCatalog.Entry::code).toList();

    assertThat(codes).doesNotHaveDuplicates().hasSize(Rule.values().length);
    Arrays.stream(Rule.values()).forEach(r -> assertThat(RuleCatalog.indexOf(r.code())).isNotNegative());
    assertThat(RuleCatalog.indexOf("LAKE-X999")).isEqualTo(-1);
  }

  @Test
  void keepsEachRulesPositionSoASarifRuleIndexMeansTheSameRuleAcrossVersions() {
    List<String> codes = RuleCatalog.all().stream().map(RuleCatalog.Entry::code).toList();

    // New rules are appended; the YAML, output and typesetting rules came after the rest, then the applications'.
    assertThat(codes).containsExactly(
        "LAKE-J001", "LAKE-J002", "LAKE-J003", "LAKE-J004",
        "LAKE-S001", "LAKE-S002", "LAKE-S003", "LAKE-S004",
        "LAKE-I001", "LAKE-I002", "LAKE-I003", "LAKE-I004", "LAKE-I005", "LAKE-I006",
        "LAKE-I007", "LAKE-I008", "LAKE-I009", "LAKE-I010", "LAKE-I011",
        "LAKE-L001", "LAKE-L002", "LAKE-L003", "LAKE-L004", "LAKE-L005",
        "LAKE-V001", "LAKE-V002", "LAKE-V003", "LAKE-V004", "LAKE-M001", "LAKE-J006",
        "LAKE-R001", "LAKE-R002", "LAKE-R003",
        "LAKE-J005", "LAKE-O001", "LAKE-R004",
        "LAKE-A001", "LAKE-A002", "LAKE-A003", "LAKE-A004", "LAKE-A005", "LAKE-A006",
        "LAKE-A007", "LAKE-A008", "LAKE-A009", "LAKE-A010", "LAKE-A011", "LAKE-A012");
  }

  @Test
  void describesEachRuleInASentenceAndNamesItInPascalCase() {
    RuleCatalog.all().forEach(entry -> {
      assertThat(entry.description()).isNotBlank().doesNotEndWith(".");
      assertThat(entry.name()).matches("[A-Z][A-Za-z0-9]*");
      assertThat(entry.code()).matches("LAKE-[A-Z]\\d{3}");
    });
  }

  @Test
  void fallsBackToTheConstantsWordsForARuleWithoutADescription() {
    assertThat(RuleCatalog.sentence("NEAR_DUPLICATE_CLAIM")).isEqualTo("Near duplicate claim");
    assertThat(RuleCatalog.name("NEAR_DUPLICATE_CLAIM")).isEqualTo("NearDuplicateClaim");
  }
}
