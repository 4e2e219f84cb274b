package io.experiencelake.junit;

import io.experiencelake.core.verify.EntryVerification;

/** An entry whose evidence did not verify: each problem names the anchor, what was expected and what was found. */
final class ShouldBeDefensible extends LakeMessage {

  private ShouldBeDefensible(EntryVerification verification) {
    super(Describe.entry(verification.entry()), verification.entry().claim(),
        "to be backed by verified evidence", "but", verification.problems());
  }

  static ShouldBeDefensible shouldBeDefensible(EntryVerification verification) {
    return new ShouldBeDefensible(verification);
  }
}
