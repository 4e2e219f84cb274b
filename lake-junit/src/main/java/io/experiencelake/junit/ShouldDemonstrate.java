package io.experiencelake.junit;

import io.experiencelake.core.LakeEntry;
import java.util.List;

/** An entry that does not name the expected capability. */
final class ShouldDemonstrate extends LakeMessage {

  private ShouldDemonstrate(LakeEntry entry, String capability) {
    super(Describe.entry(entry), entry.claim(), "to demonstrate capability '" + capability + "'",
        entry.capabilities().isEmpty() ? "but it names no capability" : "but it demonstrates " + String.join(", ", entry.capabilities()),
        List.of());
  }

  static ShouldDemonstrate shouldDemonstrate(LakeEntry entry, String capability) {
    return new ShouldDemonstrate(entry, capability);
  }
}
