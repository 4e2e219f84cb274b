package io.experiencelake.core;

import java.util.List;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/** A group of stories that together prove something heavy, ranked by weight. */
@Value.Immutable
@JsonSerialize(as = ImmutableCluster.class)
@JsonDeserialize(as = ImmutableCluster.class)
public interface Cluster {

  /** Slug id, e.g. {@code evidence-gated-runs}. */
  String id();

  /** Rank among the clusters, 1 for the heaviest. */
  int rank();

  /** Core cluster or optional add-on. */
  Tier tier();

  /** Title, e.g. {@code Evidence-gated run lifecycle}. */
  String title();

  /** Why it is heavy. */
  String why();

  /** The stories it draws on, in the order written. */
  List<StoryId> stories();

  /** Ids of the capabilities it demonstrates. */
  List<String> capabilities();

  @Value.Check
  default void check() {
    Texts.requireSlug(id(), "/id", "cluster");
    Texts.requireText(title(), "/title", "cluster title");
    Texts.requireText(why(), "/why", "cluster 'why'");
    if (rank() < 1) {
      throw LakeException.of(Rule.BAD_ID, "/rank", "rank " + rank() + " is below 1", "ranks start at 1 for the heaviest cluster");
    }
  }
}
