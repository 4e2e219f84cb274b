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
