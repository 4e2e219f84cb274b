package io.experiencelake.core;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * Something a reader can check a claim against, with a {@code "kind"} in JSON (its {@link EvidenceKind}):
 * {@link RunOutput} ({@code run-output}), {@link Receipt} ({@code receipt}), {@link ReportStat}
 * ({@code report-stat}), {@link ReproStep} ({@code repro-step}) and {@link Link} ({@code link}).
 *
 * <p>All but links are verifiable; a link is weak and never counts as verification. Paths are
 * relative to an evidence root, use {@code /} and never climb out of it.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "kind")
@JsonSubTypes({
  @JsonSubTypes.Type(RunOutput.class),
  @JsonSubTypes.Type(Receipt.class),
  @JsonSubTypes.Type(ReportStat.class),
  @JsonSubTypes.Type(ReproStep.class),
  @JsonSubTypes.Type(Link.class)
})
public sealed interface EvidenceAnchor permits RunOutput, Receipt, ReportStat, ReproStep, Link {

  /** The kind, whose JSON name ({@code run-output}…) is this anchor's {@code "kind"} in JSON. */
  @JsonIgnore
  EvidenceKind kind();

  /** Whether this anchor can verify a claim: every kind but {@link Link}. */
  @JsonIgnore
  default boolean isVerifiable() {
    return true;
  }
}
