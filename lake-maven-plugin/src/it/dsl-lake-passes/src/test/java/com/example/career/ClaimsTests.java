package com.example.career;

import static io.experiencelake.junit.LakeAssertions.assertThat;

import io.experiencelake.core.Lake;
import io.experiencelake.junit.LakeTests;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The claims, unit-tested: a test per evidence anchor, and what each entry must say. */
class ClaimsTests {

  private static final Lake LAKE = CareerLake.build();

  @TestFactory
  Stream<DynamicNode> everyAnchorVerifies() {
    return LakeTests.claims(LAKE, Path.of("evidence"));
  }

  @Test
  void runGatesIsAchievedAndShowsRunDiscipline() {
    assertThat(LAKE.entries().get(0)).isAchieved().demonstrates("run-discipline");
  }
}
