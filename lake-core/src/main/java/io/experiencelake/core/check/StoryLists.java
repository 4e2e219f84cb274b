package io.experiencelake.core.check;

import io.experiencelake.core.StoryId;
import java.util.List;
import java.util.SortedSet;
import java.util.StringJoiner;

/** Writes a set of story ids compactly, folding runs of three or more into ranges: {@code 46AA–46AQ, 110}. */
final class StoryLists {

  private StoryLists() {}

  /** The ids in order, runs of three or more consecutive ids written as an en-dash range. */
  static String format(SortedSet<StoryId> ids) {
    List<StoryId> sorted = List.copyOf(ids);
    StringJoiner parts = new StringJoiner(", ");
    for (int start = 0, end; start < sorted.size(); start = end) {
      end = start + 1;
      while (end < sorted.size() && follows(sorted.get(end - 1), sorted.get(end))) {
        end++;
      }
      if (end - start >= 3) {
        parts.add(sorted.get(start) + "\u2013" + sorted.get(end - 1));
      } else {
        for (int i = start; i < end; i++) {
          parts.add(sorted.get(i).toString());
        }
      }
    }
    return parts.toString();
  }

  /** Whether {@code next} comes right after {@code id}: 120 then 121, or 46AZ then 46BA. */
  static boolean follows(StoryId id, StoryId next) {
    return id.isSubEntry() == next.isSubEntry() && (id.isSubEntry()
        ? next.number() == id.number() && index(next.suffix()) == index(id.suffix()) + 1
        : next.number() == id.number() + 1);
  }

  private static int index(String suffix) {
    return (suffix.charAt(0) - 'A') * 26 + (suffix.charAt(1) - 'A');
  }
}
