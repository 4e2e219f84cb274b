package io.experiencelake.dsl;

import io.experiencelake.core.Cluster;
import io.experiencelake.core.ImmutableCluster;
import io.experiencelake.core.StoryId;
import io.experiencelake.core.Tier;
import java.util.ArrayList;
import java.util.List;

/** A cluster. */
final class ClusterImpl extends Part<Cluster> implements ClusterTitleStep, ClusterWhyStep, ClusterFinalStep {

  private final int rank;
  private final Tier tier;
  private String title;
  private String why;
  private final List<String> stories = new ArrayList<>();
  private final List<String> capabilities = new ArrayList<>();

  ClusterImpl(String id, int rank, Tier tier) {
    super("cluster", id);
    this.rank = rank;
    this.tier = tier;
  }

  @Override
  public ClusterWhyStep title(String title) {
    this.title = title;
    return this;
  }

  @Override
  public ClusterFinalStep why(String why) {
    this.why = why;
    return this;
  }

  @Override
  public ClusterFinalStep stories(String... idsOrRanges) {
    stories.addAll(List.of(idsOrRanges));
    return this;
  }

  @Override
  public ClusterFinalStep demonstrates(String... capabilityIds) {
    capabilities.addAll(List.of(capabilityIds));
    return this;
  }

  @Override
  Cluster toValue() {
    Problems problems = new Problems();
    List<StoryId> ids = problems.expandAll("/stories/", stories);
    Cluster cluster = problems.attempt("", () -> ImmutableCluster.builder()
        .id(id)
        .rank(rank)
        .tier(tier)
        .title(title)
        .why(why)
        .addAllStories(ids)
        .addAllCapabilities(capabilities)
        .build());
    problems.throwIfAny();
    return cluster;
  }
}
