package io.experiencelake.core;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonTypeName;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A number read from a report: a JSON report at a JSON Pointer ({@link #pointer()}), or a CSV
 * report at a column and row key ({@link #cell()}), compared with the claimed {@link #value()}.
 */
@Value.Immutable
@JsonTypeName("report-stat")
@JsonSerialize(as = ImmutableReportStat.class)
@JsonDeserialize(as = ImmutableReportStat.class)
public non-sealed interface ReportStat extends EvidenceAnchor {

  /** Path of the report relative to the evidence root. */
  String path();

  /** JSON Pointer into a JSON report, e.g. {@code /partial_promotions}; exactly one of pointer and cell. */
  Optional<String> pointer();

  /** Column and row key in a CSV report; exactly one of pointer and cell. */
  Optional<CsvCell> cell();

  /** What the number measures, e.g. {@code partial promotions after gates}. */
  String metric();

  /** The claimed value. */
  double value();

  /** The unit, e.g. {@code runs}, {@code ms}, {@code %}. */
  String unit();

  /** How the actual value must relate to the claimed one; {@code =} by default. */
  @Value.Default
  default Comparison comparison() {
    return Comparison.EQ;
  }

  /** Absolute tolerance for {@code =}, {@code <=} and {@code >=}. */
  Optional<Double> tolerance();

  /** SHA-256 of the report, pinning the exact file the number came from. */
  Optional<String> sha256();

  @JsonIgnore
  @Override
  default EvidenceKind kind() {
    return EvidenceKind.REPORT_STAT;
  }

  @Value.Check
  default void check() {
    Texts.requireRelativePath(path(), "/path");
    if (pointer().isPresent() == cell().isPresent()) {
      throw LakeException.of(Rule.BAD_ANCHOR, "", "report stat '" + metric() + "' needs exactly one of 'pointer' (JSON report) and 'cell' (CSV report)",
          "give a JSON Pointer such as /partial_promotions, or a cell {column, keyColumn, key}");
    }
    pointer().ifPresent(p -> {
      if (!p.isEmpty() && !p.startsWith("/")) {
        throw LakeException.of(Rule.BAD_FORMAT, "/pointer", "'" + Texts.abbreviate(p) + "' is not a JSON Pointer",
            "a JSON Pointer starts with '/', e.g. /partial_promotions");
      }
    });
    Texts.requireText(metric(), "/metric", "metric");
    Texts.requireText(unit(), "/unit", "unit");
    if (!Double.isFinite(value())) {
      throw LakeException.of(Rule.BAD_FORMAT, "/value", "value of '" + metric() + "' is not a finite number", "write a plain number");
    }
    tolerance().ifPresent(t -> {
      if (!(t >= 0) || !Double.isFinite(t)) {
        throw LakeException.of(Rule.BAD_FORMAT, "/tolerance", "tolerance of '" + metric() + "' is " + t, "write a tolerance of 0 or more");
      }
    });
    sha256().ifPresent(d -> Texts.requireDigest(d, "/sha256"));
  }
}
