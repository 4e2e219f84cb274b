package io.experiencelake.core;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonTypeName;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/** A file a run wrote (a log, a result), pinned by its SHA-256. */
@Value.Immutable
@JsonTypeName("run-output")
@JsonSerialize(as = ImmutableRunOutput.class)
@JsonDeserialize(as = ImmutableRunOutput.class)
public non-sealed interface RunOutput extends EvidenceAnchor {

  /** Path relative to the evidence root, e.g. {@code runs/2025-03-14/gates.log}. */
  String path();

  /** SHA-256 of the file, 64 lowercase hex characters. */
  String sha256();

  /** What the file shows. */
  Optional<String> description();

  @JsonIgnore
  @Override
  default EvidenceKind kind() {
    return EvidenceKind.RUN_OUTPUT;
  }

  @Value.Check
  default void check() {
    Texts.requireRelativePath(path(), "/path");
    Texts.requireDigest(sha256(), "/sha256");
  }
}
