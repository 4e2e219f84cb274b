package io.experiencelake.core;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of {@link EvidenceAnchor}, each with its type and the {@code "kind"} it has in JSON
 * (its type's {@link JsonTypeName}, written here again so no annotation is read at start-up; a test
 * holds the two equal): {@code run-output}, {@code receipt}, {@code report-stat}, {@code repro-step}
 * and {@code link}, in the order the schema lists them.
 */
public enum EvidenceKind {
  /** A {@link RunOutput}. */
  RUN_OUTPUT(RunOutput.class, "run-output"),
  /** A {@link Receipt}. */
  RECEIPT(Receipt.class, "receipt"),
  /** A {@link ReportStat}. */
  REPORT_STAT(ReportStat.class, "report-stat"),
  /** A {@link ReproStep}. */
  REPRO_STEP(ReproStep.class, "repro-step"),
  /** A {@link Link}. */
  LINK(Link.class, "link");

  private final Class<? extends EvidenceAnchor> type;
  private final String jsonName;

  EvidenceKind(Class<? extends EvidenceAnchor> type, String jsonName) {
    this.type = type;
    this.jsonName = jsonName;
  }

  /** The anchor type of this kind, e.g. {@code RunOutput.class}. */
  public Class<? extends EvidenceAnchor> type() {
    return type;
  }

  /** The kind of anchors of {@code type}. */
  public static EvidenceKind of(Class<? extends EvidenceAnchor> type) {
    return Arrays.stream(values()).filter(kind -> kind.type.isAssignableFrom(type)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException(type.getName() + " is not an evidence anchor type"));
  }

  /** The kind whose JSON name is {@code name}, e.g. {@code run-output}; empty for any other text. */
  public static Optional<EvidenceKind> ofJsonName(String name) {
    return Arrays.stream(values()).filter(kind -> kind.jsonName.equals(name)).findFirst();
  }

  /** The JSON name, e.g. {@code run-output}. */
  @Override
  public String toString() {
    return jsonName;
  }
}
