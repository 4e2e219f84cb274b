package io.experiencelake.junit;

import io.experiencelake.core.LakeEntry;
import io.experiencelake.core.verify.AnchorResult;
import java.util.ArrayList;
import java.util.List;

/** An entry with no evidence anchor of the expected kind, listing the anchors it has. */
final class ShouldHaveEvidenceOfKind extends LakeMessage {

  private ShouldHaveEvidenceOfKind(LakeEntry entry, String kind) {
    super(Describe.entry(entry), entry.claim(), "to have evidence of kind '" + kind + "'",
        entry.evidence().isEmpty() ? "but it has no evidence" : "but its evidence is", labels(entry));
  }

  static ShouldHaveEvidenceOfKind shouldHaveEvidenceOfKind(LakeEntry entry, String kind) {
    return new ShouldHaveEvidenceOfKind(entry, kind);
  }

  private static List<String> labels(LakeEntry entry) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < entry.evidence().size(); i++) {
      out.add("anchor " + i + " (" + AnchorResult.labelOf(entry.evidence().get(i)) + ")");
    }
    return out;
  }
}
