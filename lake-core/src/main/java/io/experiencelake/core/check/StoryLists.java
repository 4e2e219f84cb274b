package io.experiencelake.core.check;

import io.experiencelake.core.StoryId;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;

/** Writes a set of story ids compactly, folding runs of three or more into ranges: {@code 46AA–46AQ, 110}. */
final class StoryLists {

  private StoryLists() {}

  /** The ids in order, runs of three or more consecutive ids written as an en-dash range. */
  static String format(SortedSet<StoryId> ids) {
    List<String> parts = new ArrayList<>();
    StoryId runStart = null;
    StoryId previous = null;
    int runLength = 0;
    for (StoryId id : ids) {
      if (previous != null && follows(previous, id)) {
        runLength++;
      } else {
        flush(parts, runStart, previous, runLength);
        runStart = id;
        runLength = 1;
      }
      previous = id;
    }
    flush(parts, runStart, previous, runLength);
    return String.join(", ", parts);
  }

  private static void flush(List<String> parts, StoryId start, StoryId end, int length) {
    if (length >= 3) {
      parts.add(start + "\u2013" + end);
    } else if (length == 2) {
      parts.add(start.toString());
      parts.add(end.toString());
    } else if (length == 1) {
      parts.add(start.toString());
    }
  }

  /** Whether {@code next} comes right after {@code id}: 120 then 121, or 46AZ then 46BA. */
  static boolean follows(StoryId id, StoryId next) {
    if (id.isSubEntry() != next.isSubEntry()) {
      return false;
    }
    if (!id.isSubEntry()) {
      return next.number() == id.number() + 1;
    }
    return next.number() == id.number() && index(next.suffix()) == index(id.suffix()) + 1;
  }

  private static int index(String suffix) {
    return (suffix.charAt(0) - 'A') * 26 + (suffix.charAt(1) - 'A');
  }
}
