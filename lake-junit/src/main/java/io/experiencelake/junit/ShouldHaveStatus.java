package io.experiencelake.junit;

import io.experiencelake.core.LakeEntry;
import io.experiencelake.core.StatusKind;
import java.util.List;

/** An entry with another status than expected. */
final class ShouldHaveStatus extends LakeMessage {

  private ShouldHaveStatus(LakeEntry entry, StatusKind expected) {
    super(Describe.entry(entry), entry.claim(), "to be " + expected, "but was " + Describe.status(entry.status()), List.of());
  }

  static ShouldHaveStatus shouldHaveStatus(LakeEntry entry, StatusKind expected) {
    return new ShouldHaveStatus(entry, expected);
  }
}
