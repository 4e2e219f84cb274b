package io.experiencelake.render;

import io.experiencelake.core.Comparison;
import io.experiencelake.core.EvidenceAnchor;
import io.experiencelake.core.LakeEntry;
import io.experiencelake.core.ReportStat;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * The figures renderers quote from evidence, written the same way everywhere and never through
 * the default locale.
 *
 * <pre>{@code
 * Figures.strongest(entry);      // Optional["partial promotions in gated runs: 0 runs"]
 * Figures.number(50000);         // "50,000"
 * }</pre>
 */
public final class Figures {

  private Figures() {}

  /**
   * The entry's strongest evidence-backed figure: the first report stat that pins its report with
   * a SHA-256, else the first report stat; empty when the entry has none.
   */
  public static Optional<ReportStat> strongestStat(LakeEntry entry) {
    ReportStat first = null;
    for (EvidenceAnchor anchor : entry.evidence()) {
      if (anchor instanceof ReportStat stat) {
        if (stat.sha256().isPresent()) {
          return Optional.of(stat);
        }
        if (first == null) {
          first = stat;
        }
      }
    }
    return Optional.ofNullable(first);
  }

  /** The strongest figure as text, e.g. {@code p99 latency: at most 250 ms}. */
  public static Optional<String> strongest(LakeEntry entry) {
    return strongestStat(entry).map(Figures::describe);
  }

  /** A report stat as text: {@code metric: [at most|at least|under|over] value unit}. */
  public static String describe(ReportStat stat) {
    return stat.metric() + ": " + relation(stat.comparison()) + quantity(stat.value(), stat.unit());
  }

  /** A value with its unit: {@code 212 runs}, {@code 99.5%}. */
  public static String quantity(double value, String unit) {
    return number(value) + (unit.equals("%") ? "" : " ") + unit;
  }

  /**
   * A number in plain decimal notation, integer digits grouped by commas from 1,000 up, with no
   * trailing zeros: {@code 0}, {@code 1,873}, {@code 50,000}, {@code -2.5}.
   */
  public static String number(double value) {
    String plain = BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    if (plain.equals("-0")) {
      plain = "0";
    }
    boolean negative = plain.startsWith("-");
    String digits = negative ? plain.substring(1) : plain;
    int dot = digits.indexOf('.');
    String whole = dot < 0 ? digits : digits.substring(0, dot);
    String fraction = dot < 0 ? "" : digits.substring(dot);
    if (whole.length() > 3) {
      StringBuilder grouped = new StringBuilder();
      int lead = whole.length() % 3 == 0 ? 3 : whole.length() % 3;
      grouped.append(whole, 0, lead);
      for (int i = lead; i < whole.length(); i += 3) {
        grouped.append(',').append(whole, i, i + 3);
      }
      whole = grouped.toString();
    }
    return (negative ? "-" : "") + whole + fraction;
  }

  private static String relation(Comparison comparison) {
    switch (comparison) {
      case LE:
        return "at most ";
      case GE:
        return "at least ";
      case LT:
        return "under ";
      case GT:
        return "over ";
      default:
        return "";
    }
  }
}
