package io.experiencelake.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

class FiguresProperties {

  /** Word units in their plural, each with its singular. */
  private static final String[][] UNITS = {
    {"runs", "run"}, {"digests", "digest"}, {"entries", "entry"}, {"batches", "batch"}, {"processes", "process"},
    {"connections/min", "connection/min"}, {"rows per run", "row per run"}, {"KS distances", "KS distance"}
  };

  private static Gen<Integer> wholeNumbers() {
    return SourceDSL.integers().between(-5, 100_000);
  }

  @Test
  void aWordUnitAgreesWithAWholeNumberWhicheverFormItWasWrittenIn() {
    qt().withExamples(2_000).forAll(wholeNumbers(), SourceDSL.integers().between(0, UNITS.length - 1), SourceDSL.booleans().all())
        .checkAssert((value, unit, writtenSingular) -> {
          String written = UNITS[unit][writtenSingular ? 1 : 0];
          String expected = Math.abs(value) == 1 ? UNITS[unit][1] : UNITS[unit][0];
          assertThat(Figures.quantity(value, written)).isEqualTo(Figures.readable(value) + " " + expected);
        });
  }

  @Test
  void abbreviationsAndUnitsThatAreNoPlainWordAreLeftAsWritten() {
    qt().withExamples(500).forAll(wholeNumbers(), SourceDSL.integers().between(0, 5)).checkAssert((value, unit) -> {
      String written = new String[] {"ms", "s", "GiB", "KS", "min", "°C"}[unit];
      assertThat(Figures.quantity(value, written)).isEqualTo(Figures.readable(value) + " " + written);
    });
  }

  @Test
  void everyNumberWrittenIsMentionedAsTheSameNumber() {
    qt().withExamples(2_000).forAll(SourceDSL.integers().between(0, 2_000_000_000), SourceDSL.integers().between(0, 3))
        .checkAssert((whole, decimals) -> {
          double value = whole / Math.pow(10, decimals);
          assertThat(Figures.mentions("went from x to " + Figures.number(value) + " runs", value)).isEqualTo(1);
          assertThat(Figures.mentions("went from x to " + Figures.readable(value) + " runs", value)).isEqualTo(1);
        });
  }

  @Test
  void aNumberInsideAWordIsNoMention() {
    qt().withExamples(500).forAll(SourceDSL.integers().between(0, 999)).checkAssert(n ->
        assertThat(Figures.mentions("p" + n + " latency and v" + n + ".1", n)).isZero());
  }
}
