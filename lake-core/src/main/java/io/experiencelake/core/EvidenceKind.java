package io.experiencelake.core;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of {@link EvidenceAnchor}, each with its type and the {@code "kind"} it has in JSON
 * (its type's {@link JsonTypeName}): {@code run-output}, {@code receipt}, {@code report-stat},
 * {@code repro-step} and {@code link}, in the order the schema lists them.
 */
public enum EvidenceKind {
  /** A {@link RunOutput}. */
  RUN_OUTPUT(RunOutput.class),
  /** A {@link Receipt}. */
  RECEIPT(Receipt.class),
  /** A {@link ReportStat}. */
  REPORT_STAT(ReportStat.class),
  /** A {@link ReproStep}. */
  REPRO_STEP(ReproStep.class),
  /** A {@link Link}. */
  LINK(Link.class);

  private final Class<? extends EvidenceAnchor> type;
  private final String jsonName;

  EvidenceKind(Class<? extends EvidenceAnchor> type) {
    this.type = type;
    this.jsonName = type.getAnnotation(JsonTypeName.class).value();
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
