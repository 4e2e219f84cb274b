package io.experiencelake.core;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonTypeName;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A record that attests something (a signed-off gate, a certification, a deployment receipt),
 * kept as a file under the evidence root ({@link #path()}) or known by an external id
 * ({@link #id()}), and pinned by its SHA-256.
 */
@Value.Immutable
@JsonTypeName("receipt")
@JsonSerialize(as = ImmutableReceipt.class)
@JsonDeserialize(as = ImmutableReceipt.class)
public non-sealed interface Receipt extends EvidenceAnchor {

  /** Path relative to the evidence root; exactly one of path and id is given. */
  Optional<String> path();

  /** An external receipt id; exactly one of path and id is given. */
  Optional<String> id();

  /** SHA-256 of the receipt's content. */
  String sha256();

  /** What the receipt attests, e.g. {@code phase 6 closed with 0 open findings}. */
  String attests();

  @JsonIgnore
  @Override
  default EvidenceKind kind() {
    return EvidenceKind.RECEIPT;
  }

  @Value.Check
  default void check() {
    if (path().isPresent() == id().isPresent()) {
      throw LakeException.of(Rule.BAD_ANCHOR, "", "a receipt needs exactly one of 'path' and 'id'",
          "give the receipt file's path under the evidence root, or the receipt's external id, not both");
    }
    path().ifPresent(p -> Texts.requireRelativePath(p, "/path"));
    id().ifPresent(i -> Texts.requireText(i, "/id", "receipt id"));
    Texts.requireDigest(sha256(), "/sha256");
    Texts.requireText(attests(), "/attests", "what the receipt attests");
  }
}
