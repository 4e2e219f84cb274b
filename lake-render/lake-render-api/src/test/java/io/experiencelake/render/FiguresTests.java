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

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
      "1;digests;1 digest", "2;digest;2 digests", "0;rows;0 rows", "1;entries;1 entry", "3;batch;3 batches",
      "1;connections/min;1 connection/min", "9;connections/min;9 connections/min", "0.06;KS distance;0.06 KS distance",
      "5.8;GiB;5.8 GiB", "4;s;4 s", "118;GBP;£118", "-3;usd;-$3", "41600000;rows;41.6 million rows",
      "1234567;rows;1,234,567 rows", "2000000000;bytes;2 billion bytes", "1;ms;1 ms"
    })
    void writesQuantitiesAsAReaderExpectsThem(double value, String unit, String expected) {
      assertThat(Figures.quantity(value, unit)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
      "taking partial promotions from 4 in February to 0 across 212 gated runs;0;1",
      "records missed went from 3,412 to 0;3412;1",
      "Loaded 41.6 million parquet rows nightly;41600000;1",
      "the 41.6M-row join;41600000;1",
      "a £50k band;50000;1",
      "with all 11 faults recovered and no worker restarts;0;1",
      "one payload now gives 1 digest on all 3 runtimes;1;2",
      "five services;5;1",
      "p99 latency in v2;99;0",
      "draft-07 and 2020-12;7;1",
      "62% hot-shard load;62;1",
      "Held peak memory to 5.8 GiB;5.8;1",
      "Held peak memory to 5.8 GiB;58;0"
    })
    void findsTheNumbersATextMentions(String text, double value, int mentions) {
      assertThat(Figures.mentions(text, value)).isEqualTo(mentions);
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
