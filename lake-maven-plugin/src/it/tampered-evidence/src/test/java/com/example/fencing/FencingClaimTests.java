package com.example.fencing;

import static io.experiencelake.junit.LakeAssertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** What the claim must say; its evidence is left to lake:verify. */
class FencingClaimTests {

  @Test
  void theLakeHasNoErrorsAndTheClaimIsAchieved() {
    assertThat(FencingLake.lake()).hasNoErrors(LocalDate.of(2026, 11, 27));
    assertThat(FencingLake.lake().entries().get(0)).isAchieved().demonstrates("data-plane").hasEvidenceOfKind("run-output");
  }
}
