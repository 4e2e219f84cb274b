package io.experiencelake.render;

import io.experiencelake.core.Achieved;
import io.experiencelake.core.Current;
import io.experiencelake.core.Status;
import io.experiencelake.core.Target;

/**
 * Every status label the outputs print, worded once: an ACHIEVED entry reads as done on its date,
 * a CURRENT one as in progress as of its date, a TARGET one as a target, never as done.
 *
 * <pre>{@code
 * StatusLabels.of(current, phrasing);  // "in progress, as of 20 Nov 2026: reset verbs scripted for 4 of 6 phases"
 * StatusLabels.brief(current);         // "in progress, as of 20 Nov 2026"
 * StatusLabels.brief(achieved);        // "achieved on 31 Mar 2025"
 * StatusLabels.brief(target);          // "target, by 31 Mar 2027"
 * }</pre>
 *
 * <p>Labels are lowercase phrases, to put in brackets after a claim or after a separator; dates
 * read as {@link PlainText#date} writes them.
 */
public final class StatusLabels {

  private StatusLabels() {}

  /**
   * The label with what the status says beyond its date: a CURRENT entry's progress follows its
   * date, sentence-cased to join the label ({@code in progress, as of 20 Nov 2026: 3 of 5 services
   * keyed}); for the other states it is {@link #brief}.
   */
  public static String of(Status status, Phrasing phrasing) {
    if (status instanceof Current current) {
      return brief(status) + ": " + phrasing.lowerFirst(current.progress());
    }
    return brief(status);
  }

  /**
   * The label with the date only: {@code achieved on 31 Mar 2025}, {@code in progress, as of 20
   * Nov 2026}, {@code target, by 31 Mar 2027} or {@code target}.
   */
  public static String brief(Status status) {
    if (status instanceof Achieved achieved) {
      return "achieved on " + PlainText.date(achieved.on());
    }
    if (status instanceof Current current) {
      return "in progress, as of " + PlainText.date(current.asOf());
    }
    return ((Target) status).by().map(by -> "target, by " + PlainText.date(by)).orElse("target");
  }
}
