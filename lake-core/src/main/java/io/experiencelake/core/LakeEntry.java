package io.experiencelake.core;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * One defensible claim: the claim, its constraint, the decision behind it, the evidence anchors
 * that back it, and an honest status.
 *
 * <p>Written in Java through {@code io.experiencelake.dsl.Lakes}, or in JSON as an element of
 * {@code entries}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableLakeEntry.class)
@JsonDeserialize(as = ImmutableLakeEntry.class)
@JsonPropertyOrder({"id", "cluster", "engagement", "stories", "claim", "constraint", "decision", "evidence", "status", "capabilities", "keywords"})
public interface LakeEntry {

  /** Slug id, e.g. {@code phase-gates}. */
  String id();

  /** The id of the cluster the entry belongs to. */
  String cluster();

  /** The id of the engagement the work happened in. */
  Optional<String> engagement();

  /** The stories the entry is drawn from. */
  List<StoryId> stories();

  /** What the person did, concretely. */
  String claim();

  /** What made it hard. */
  String constraint();

  /** What was chosen, over which alternatives, and why. */
  Decision decision();

  /** What a reader can check the claim against. */
  List<EvidenceAnchor> evidence();

  /** Achieved, current or target. */
  Status status();

  /** Ids of the capabilities the entry demonstrates. */
  List<String> capabilities();

  /** Words a recruiter would search for. */
  List<String> keywords();

  @Value.Check
  default void check() {
    Texts.requireSlug(id(), "/id", "entry");
    Texts.requireText(claim(), "/claim", "claim");
    Texts.requireText(constraint(), "/constraint", "constraint");
  }
}
