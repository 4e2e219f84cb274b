package io.experiencelake.core;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * Something a reader can check a claim against, with a {@code "kind"} in JSON:
 * {@link RunOutput} ({@code run-output}), {@link Receipt} ({@code receipt}), {@link ReportStat}
 * ({@code report-stat}), {@link ReproStep} ({@code repro-step}) and {@link Link} ({@code link}).
 *
 * <p>All but links are verifiable; a link is weak and never counts as verification. Paths are
 * relative to an evidence root, use {@code /} and never climb out of it.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "kind")
@JsonSubTypes({
  @JsonSubTypes.Type(value = RunOutput.class, name = "run-output"),
  @JsonSubTypes.Type(value = Receipt.class, name = "receipt"),
  @JsonSubTypes.Type(value = ReportStat.class, name = "report-stat"),
  @JsonSubTypes.Type(value = ReproStep.class, name = "repro-step"),
  @JsonSubTypes.Type(value = Link.class, name = "link")
})
public sealed interface EvidenceAnchor permits RunOutput, Receipt, ReportStat, ReproStep, Link {

  /** The JSON {@code kind}, e.g. {@code run-output}. */
  @JsonIgnore
  String kind();

  /** Whether this anchor can verify a claim: every kind but {@link Link}. */
  @JsonIgnore
  default boolean isVerifiable() {
    return true;
  }
}
