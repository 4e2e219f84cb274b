package io.experiencelake.core.verify;

import io.experiencelake.core.CsvCell;
import java.math.BigDecimal;

/** Plain numbers, CSV cells and cut text, for results and messages. */
final class Anchors {

  private Anchors() {}

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
