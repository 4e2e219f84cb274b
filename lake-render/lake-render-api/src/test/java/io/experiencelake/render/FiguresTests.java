package io.experiencelake.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.experiencelake.core.Comparison;
import io.experiencelake.core.ImmutableLakeEntry;
import io.experiencelake.core.ImmutableReportStat;
import io.experiencelake.core.LakeEntry;
import io.experiencelake.core.ReportStat;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FiguresTests {

  @Nested
  class Numbers {

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
      "0;0", "-0.0;0", "7;7", "1873;1,873", "50000;50,000", "41600000;41,600,000", "-2.5;-2.5", "0.06;0.06",
      "1234.5;1,234.5", "100;100", "1e-7;0.0000001"
    })
    void writesPlainDecimalsGroupedByThousands(double value, String expected) {
      assertThat(Figures.number(value)).isEqualTo(expected);
    }

    @Test
    void putsPercentRightAfterTheNumberAndOtherUnitsAfterASpace() {
      assertThat(Figures.quantity(99.5, "%")).isEqualTo("99.5%");
      assertThat(Figures.quantity(212, "runs")).isEqualTo("212 runs");
    }
  }

  @Nested
  class Strongest {

    @Test
    void prefersAStatWhoseReportIsPinnedByADigest() {
      LakeEntry entry = entryWith(stat("loose", 1, Comparison.EQ, false), stat("pinned", 2, Comparison.LE, true));

      assertThat(Figures.strongest(entry)).contains("pinned: at most 2 ms");
    }

    @Test
    void fallsBackToTheFirstStat() {
      LakeEntry entry = entryWith(stat("first", 1, Comparison.GT, false), stat("second", 2, Comparison.EQ, false));

      assertThat(Figures.strongest(entry)).contains("first: over 1 ms");
    }

    @Test
    void isEmptyWithoutAReportStat() {
      LakeEntry entry = RenderFixtures.smallLake().entries().stream().filter(e -> e.id().equals("talk")).findFirst().orElseThrow();

      assertThat(Figures.strongest(entry)).isEmpty();
    }
  }

  private static ReportStat stat(String metric, double value, Comparison comparison, boolean pinned) {
    ImmutableReportStat.Builder stat = (ImmutableReportStat.Builder) ImmutableReportStat.builder()
        .path("reports/r.json").metric(metric).value(value).unit("ms").pointer("/x").comparison(comparison);
    if (pinned) {
      stat.sha256("c".repeat(64));
    }
    return stat.build();
  }

  private static LakeEntry entryWith(ReportStat... stats) {
    LakeEntry base = RenderFixtures.smallLake().entries().get(0);
    return ImmutableLakeEntry.copyOf(base).withEvidence(stats);
  }
}
