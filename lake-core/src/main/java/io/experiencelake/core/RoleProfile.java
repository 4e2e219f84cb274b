package io.experiencelake.core;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/** A role the person targets: its title, pay band, required capabilities, keywords and the paragraphs of a letter for it. */
@Value.Immutable
@JsonSerialize(as = ImmutableRoleProfile.class)
@JsonDeserialize(as = ImmutableRoleProfile.class)
public interface RoleProfile {

  /** Slug id, e.g. {@code mlops-platform}. */
  String id();

  /** Role title, e.g. {@code MLOps / ML Platform Engineer}. */
  String title();

  /** Pay band as written by the person, e.g. {@code £50k}. */
  Optional<String> band();

  /** Required capabilities with their weights. */
  List<CapabilityWeight> requires();

  /** Words a recruiter would search for. */
  List<String> keywords();

  /** The opening and closing paragraphs of a cover letter for this role, in the person's own words. */
  Optional<Letter> letter();

  @Value.Check
  default void check() {
    Texts.requireSlug(id(), "/id", "role");
    Texts.requireText(title(), "/title", "role title");
  }
}
