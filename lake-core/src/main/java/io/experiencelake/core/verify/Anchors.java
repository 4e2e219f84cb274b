package io.experiencelake.core.verify;

import io.experiencelake.core.CsvCell;
import io.experiencelake.core.EvidenceAnchor;
import io.experiencelake.core.Link;
import io.experiencelake.core.Receipt;
import io.experiencelake.core.ReportStat;
import io.experiencelake.core.ReproStep;
import io.experiencelake.core.RunOutput;
import java.math.BigDecimal;

/** Short names of anchors and plain numbers, for results and messages. */
final class Anchors {

  private static final int MAX_LABEL = 100;

  private Anchors() {}

  /** A short name of {@code anchor}, e.g. {@code run-output runs/2025/gates.log}. */
  static String label(EvidenceAnchor anchor) {
    String what;
    if (anchor instanceof RunOutput runOutput) {
      what = runOutput.path();
    } else if (anchor instanceof Receipt receipt) {
      what = receipt.path().orElseGet(() -> "id " + receipt.id().orElseThrow());
    } else if (anchor instanceof ReportStat stat) {
      what = stat.path() + " " + stat.pointer().orElseGet(() -> cell(stat.cell().orElseThrow()));
    } else if (anchor instanceof ReproStep reproStep) {
      what = String.join(" ", reproStep.argv());
    } else {
      what = ((Link) anchor).uri().toString();
    }
    return abbreviate(anchor.kind() + " " + what, MAX_LABEL);
  }

  /** A CSV cell as {@code column (keyColumn=key)}. */
  static String cell(CsvCell cell) {
    return cell.column() + " (" + cell.keyColumn() + "=" + cell.key() + ")";
  }

  /** {@code value} as a plain decimal with no exponent and no trailing zeros, e.g. {@code 0}, {@code 12.5}. */
  static String number(double value) {
    if (value == 0) {
      return "0";
    }
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }

  /** {@code text} cut to {@code max} characters with an ellipsis. */
  static String abbreviate(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }

  /** {@code text} on one line, quoted and cut, for showing a command's output in a detail. */
  static String quote(String text, int max) {
    String oneLine = text.replace("\r", "").replace("\n", "⏎");
    return "'" + abbreviate(oneLine, max) + "'";
  }
}
