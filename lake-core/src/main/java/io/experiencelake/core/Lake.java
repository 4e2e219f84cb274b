package io.experiencelake.core;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A whole experience lake: owner, capabilities, role profiles, engagements, the story bank,
 * clusters and entries.
 *
 * <p>A lake value may still break whole-lake rules (an unknown story, a duplicate id);
 * {@code io.experiencelake.core.check.LakeChecker} reports them all at once.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableLake.class)
@JsonDeserialize(as = ImmutableLake.class)
@JsonPropertyOrder({"owner", "capabilities", "roles", "engagements", "stories", "clusters", "entries"})
public interface Lake {

  /** The URI of the JSON Schema of {@code lake.json}, written as its {@code $schema}. */
  String SCHEMA_URI = "https://experiencelake.io/schema/v1/lake.json";

  /** Whose lake this is. */
  Owner owner();

  /** The skill areas entries demonstrate. */
  List<Capability> capabilities();

  /** The roles the person targets. */
  List<RoleProfile> roles();

  /** Where the work happened. */
  List<Engagement> engagements();

  /** The numbered challenge stories. */
  List<Story> stories();

  /** Groups of stories, ranked. */
  List<Cluster> clusters();

  /** The defensible claims. */
  List<LakeEntry> entries();

  /** The stories, looked up by id or range. */
  @JsonIgnore
  @Value.Lazy
  default StoryBank storyBank() {
    return StoryBank.of(stories());
  }
}
