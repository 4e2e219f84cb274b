package io.experiencelake.junit;

import io.experiencelake.core.Lake;
import io.experiencelake.core.verify.EntryVerification;
import io.experiencelake.core.verify.VerificationReport;
import java.util.ArrayList;
import java.util.List;

/** A lake with entries whose evidence did not verify: every such entry at once, each with its problems, then the summary. */
final class ShouldAllBeDefensible extends LakeMessage {

  private ShouldAllBeDefensible(Lake lake, VerificationReport report) {
    super(Describe.lake(lake), Describe.size(lake), "to be backed by verified evidence",
        "but " + count(report.indefensible().size()) + " not", details(report));
  }

  static ShouldAllBeDefensible shouldAllBeDefensible(Lake lake, VerificationReport report) {
    return new ShouldAllBeDefensible(lake, report);
  }

  private static String count(int entries) {
    return entries == 1 ? "1 entry is" : entries + " entries are";
  }

  private static List<String> details(VerificationReport report) {
    List<String> out = new ArrayList<>();
    for (EntryVerification entry : report.indefensible()) {
      out.add(Describe.entry(entry.entry()) + " (" + entry.pointer() + "):\n  " + String.join("\n  ", entry.problems()));
    }
    out.add(report.summary());
    return out;
  }
}
