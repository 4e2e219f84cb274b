package io.experiencelake.core;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * All the stories of a lake, looked up by id or by range.
 *
 * <pre>{@code
 * StoryBank bank = lake.storyBank();
 * bank.find(StoryId.parse("110")).map(Story::title);
 * bank.range("46AA–46AQ");   // the sub-entries of 46 that exist, in order
 * }</pre>
 */
public final class StoryBank {

  private final Map<StoryId, Story> byId;

  private StoryBank(Map<StoryId, Story> byId) {
    this.byId = byId;
  }

  /** Makes a bank of {@code stories}; when an id repeats, the first story keeps it. */
  public static StoryBank of(Collection<? extends Story> stories) {
    Map<StoryId, Story> byId = new TreeMap<>();
    for (Story story : stories) {
      byId.putIfAbsent(story.id(), story);
    }
    return new StoryBank(byId);
  }

  /** The story with {@code id}, if the bank has it. */
  public Optional<Story> find(StoryId id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** Whether the bank has a story with {@code id}. */
  public boolean contains(StoryId id) {
    return byId.containsKey(id);
  }

  /**
   * The stories of a range such as {@code 46AA–46AQ} that the bank has, in id order.
   *
   * @throws LakeException when {@code range} is not an id or a range of ids
   */
  public List<Story> range(String range) {
    return StoryId.expand(range).stream().map(this::find).flatMap(Optional::stream).toList();
  }

  /** Every story, in id order. */
  public List<Story> all() {
    return List.copyOf(byId.values());
  }

  /** How many distinct ids the bank has. */
  public int size() {
    return byId.size();
  }
}
