package io.experiencelake.applications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class LedgerProperties {

  private static final int EXAMPLES = 150;

  @Test
  void aLedgerAsWrittenVerifiesAndReadsBackRecordForRecord() {
    qt().withExamples(EXAMPLES).forAll(Ledgers.ledgers()).checkAssert(records -> {
      Path folder = Ledgers.write(Ledgers.bytes(records), records.get(records.size() - 1));
      try {
        assertThat(LedgerState.read(folder).problems()).isEmpty();
        assertThat(Ledger.open(folder).records()).isEqualTo(records);
      } finally {
        Ledgers.delete(folder);
      }
    });
  }

  @Test
  void anyChangedByteIsCaughtAtTheLineItChanged() {
    qt().withExamples(EXAMPLES).forAll(Ledgers.ledgers(), integers().allPositive(), integers().allPositive(), integers().between(1, 255))
        .checkAssert((records, line, at, delta) -> {
          byte[] ledger = Ledgers.bytes(records);
          List<Integer> starts = Ledgers.lineStarts(ledger);
          int k = line % records.size();
          int from = starts.get(k);
          int length = starts.get(k + 1) - 1 - from;
          int position = from + at % length;
          ledger[position] = (byte) (ledger[position] + delta);
          assertFirstError(ledger, records, k + 1);
        });
  }

  @Test
  void anyRemovedRecordIsCaughtAtItsLineTheLastOneByTheHead() {
    qt().withExamples(EXAMPLES).forAll(Ledgers.ledgers(), integers().allPositive()).checkAssert((records, line) -> {
      int k = line % records.size();
      List<LedgerRecord> kept = new ArrayList<>(records);
      kept.remove(k);
      assertFirstError(Ledgers.bytes(kept), records, k + 1);
    });
  }

  @Test
  void anyTwoRecordsSwappedAreCaughtAtTheFirst() {
    qt().withExamples(EXAMPLES).forAll(Ledgers.ledgers(), integers().allPositive(), integers().allPositive())
        .assuming((records, a, b) -> records.size() > 1)
        .checkAssert((records, a, b) -> {
          int j = a % (records.size() - 1);
          int k = j + 1 + b % (records.size() - 1 - j);
          List<LedgerRecord> swapped = new ArrayList<>(records);
          swapped.set(j, records.get(k));
          swapped.set(k, records.get(j));
          assertFirstError(Ledgers.bytes(swapped), records, j + 1);
        });
  }

  @Test
  void anyTruncationIsCaughtAtTheLineItCutsWhetherMidLineOrBetweenLines() {
    qt().withExamples(EXAMPLES).forAll(Ledgers.ledgers(), integers().allPositive(), booleans().all()).checkAssert((records, at, betweenLines) -> {
      byte[] ledger = Ledgers.bytes(records);
      List<Integer> starts = Ledgers.lineStarts(ledger);
      int cut = betweenLines ? starts.get(at % records.size()) : at % ledger.length;
      int line = 0;
      while (starts.get(line + 1) <= cut) {
        line++;
      }
      assertFirstError(Arrays.copyOf(ledger, cut), records, line + 1);
    });
  }

  private static void assertFirstError(byte[] ledger, List<LedgerRecord> written, int line) {
    Path folder = Ledgers.write(ledger, written.get(written.size() - 1));
    try {
      OptionalInt first = Ledgers.firstErrorLine(folder);
      assertThat(first).as("the first error of %s", LedgerState.read(folder).problems()).hasValue(line);
    } finally {
      Ledgers.delete(folder);
    }
  }
}
