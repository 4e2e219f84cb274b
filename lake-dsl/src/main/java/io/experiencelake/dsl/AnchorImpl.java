package io.experiencelake.dsl;

import io.experiencelake.core.Comparison;
import io.experiencelake.core.EvidenceAnchor;
import io.experiencelake.core.ImmutableCsvCell;
import io.experiencelake.core.ImmutableLink;
import io.experiencelake.core.ImmutableReceipt;
import io.experiencelake.core.ImmutableReportStat;
import io.experiencelake.core.ImmutableReproStep;
import io.experiencelake.core.ImmutableRunOutput;
import java.util.List;
import java.util.Optional;

/** What every anchor's implementation can do: build its value. */
abstract class AnchorImpl {

  abstract EvidenceAnchor toAnchor();

  /** The anchor as it stands now, or its problems. */
  final Problems.Built<EvidenceAnchor> snapshot() {
    return Problems.Built.of(null, this::toAnchor);
  }

  /** A run output. */
  static final class RunOutputImpl extends AnchorImpl implements RunOutputFinalStep {

    private final String path;
    private final String sha256;
    private String description;

    RunOutputImpl(String path, String sha256) {
      this.path = path;
      this.sha256 = sha256;
    }

    @Override
    public RunOutputFinalStep describedAs(String description) {
      this.description = description;
      return this;
    }

    @Override
    EvidenceAnchor toAnchor() {
      return ImmutableRunOutput.builder().path(path).sha256(sha256).description(Optional.ofNullable(description)).build();
    }
  }

  /** A receipt, kept as a file or known by an external id. */
  static final class ReceiptImpl extends AnchorImpl implements ReceiptAttestsStep, ReceiptFinalStep {

    private final String path;
    private final String id;
    private final String sha256;
    private String attests;

    ReceiptImpl(String path, String id, String sha256) {
      this.path = path;
      this.id = id;
      this.sha256 = sha256;
    }

    @Override
    public ReceiptFinalStep attests(String attests) {
      this.attests = attests;
      return this;
    }

    @Override
    EvidenceAnchor toAnchor() {
      return ImmutableReceipt.builder()
          .sha256(sha256)
          .attests(attests)
          .path(Optional.ofNullable(path))
          .id(Optional.ofNullable(id))
          .build();
    }
  }

  /** A report stat. */
  static final class ReportStatImpl extends AnchorImpl
      implements ReportStatLocatorStep, ReportStatMetricStep, ReportStatValueStep, ReportStatFinalStep {

    private final String path;
    private String pointer;
    private String column;
    private String keyColumn;
    private String key;
    private String metric;
    private double value;
    private String unit;
    private Comparison comparison;
    private Double tolerance;
    private String sha256;

    ReportStatImpl(String path) {
      this.path = path;
    }

    @Override
    public ReportStatMetricStep pointer(String jsonPointer) {
      this.pointer = jsonPointer;
      return this;
    }

    @Override
    public ReportStatMetricStep cell(String column, String keyColumn, String key) {
      this.column = column;
      this.keyColumn = keyColumn;
      this.key = key;
      return this;
    }

    @Override
    public ReportStatValueStep metric(String metric) {
      this.metric = metric;
      return this;
    }

    private ReportStatFinalStep compare(Comparison comparison, double value, String unit) {
      this.comparison = comparison;
      this.value = value;
      this.unit = unit;
      return this;
    }

    @Override
    public ReportStatFinalStep is(double value, String unit) {
      return compare(Comparison.EQ, value, unit);
    }

    @Override
    public ReportStatFinalStep atMost(double value, String unit) {
      return compare(Comparison.LE, value, unit);
    }

    @Override
    public ReportStatFinalStep atLeast(double value, String unit) {
      return compare(Comparison.GE, value, unit);
    }

    @Override
    public ReportStatFinalStep below(double value, String unit) {
      return compare(Comparison.LT, value, unit);
    }

    @Override
    public ReportStatFinalStep above(double value, String unit) {
      return compare(Comparison.GT, value, unit);
    }

    @Override
    public ReportStatFinalStep within(double value, double tolerance, String unit) {
      this.tolerance = tolerance;
      return compare(Comparison.EQ, value, unit);
    }

    @Override
    public ReportStatFinalStep sha256(String reportDigest) {
      this.sha256 = reportDigest;
      return this;
    }

    @Override
    public ReportStatFinalStep tolerance(double tolerance) {
      this.tolerance = tolerance;
      return this;
    }

    @Override
    EvidenceAnchor toAnchor() {
      ImmutableReportStat.BuildFinal stat = ImmutableReportStat.builder()
          .path(path)
          .metric(metric)
          .value(value)
          .unit(unit)
          .comparison(comparison)
          .pointer(Optional.ofNullable(pointer))
          .tolerance(Optional.ofNullable(tolerance))
          .sha256(Optional.ofNullable(sha256));
      if (column != null) {
        stat.cell(Problems.locatedUnder("/cell", () -> ImmutableCsvCell.builder().column(column).keyColumn(keyColumn).key(key).build()));
      }
      return stat.build();
    }
  }

  /** A repro step. */
  static final class ReproStepImpl extends AnchorImpl implements ReproStepOutputStep, ReproStepFinalStep {

    private final List<String> argv;
    private String outputContains;
    private String outputSha256;
    private String workingDir;
    private Integer exit;

    ReproStepImpl(List<String> argv) {
      this.argv = argv;
    }

    @Override
    public ReproStepFinalStep outputContains(String text) {
      this.outputContains = text;
      return this;
    }

    @Override
    public ReproStepFinalStep outputSha256(String digest) {
      this.outputSha256 = digest;
      return this;
    }

    @Override
    public ReproStepFinalStep in(String workingDir) {
      this.workingDir = workingDir;
      return this;
    }

    @Override
    public ReproStepFinalStep exits(int code) {
      this.exit = code;
      return this;
    }

    @Override
    EvidenceAnchor toAnchor() {
      ImmutableReproStep.Builder step = ImmutableReproStep.builder()
          .addAllArgv(argv)
          .outputContains(Optional.ofNullable(outputContains))
          .outputSha256(Optional.ofNullable(outputSha256));
      if (workingDir != null) {
        step.workingDir(workingDir);
      }
      if (exit != null) {
        step.expectedExit(exit);
      }
      return step.build();
    }
  }

  /** A link. */
  static final class LinkImpl extends AnchorImpl implements LinkFinalStep {

    private final String uri;
    private String title;

    LinkImpl(String uri) {
      this.uri = uri;
    }

    @Override
    public LinkFinalStep titled(String title) {
      this.title = title;
      return this;
    }

    @Override
    EvidenceAnchor toAnchor() {
      return ImmutableLink.builder().uri(Problems.uri(uri, "/uri")).title(Optional.ofNullable(title)).build();
    }
  }
}
