package io.experiencelake.core;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonTypeName;
import java.net.URI;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/** A pointer to something public (a PR, a post). Weak: it never counts as verification. */
@Value.Immutable
@JsonTypeName("link")
@JsonSerialize(as = ImmutableLink.class)
@JsonDeserialize(as = ImmutableLink.class)
public non-sealed interface Link extends EvidenceAnchor {

  /** The address. */
  URI uri();

  /** What is at the address. */
  Optional<String> title();

  @JsonIgnore
  @Override
  default EvidenceKind kind() {
    return EvidenceKind.LINK;
  }

  @JsonIgnore
  @Override
  default boolean isVerifiable() {
    return false;
  }

  @Value.Check
  default void check() {
    if (!uri().isAbsolute()) {
      throw LakeException.of(Rule.BAD_FORMAT, "/uri", "link '" + Texts.abbreviate(uri().toString()) + "' is not an absolute URI",
          "write the full address, e.g. https://github.com/you/repo/pull/42");
    }
  }
}
