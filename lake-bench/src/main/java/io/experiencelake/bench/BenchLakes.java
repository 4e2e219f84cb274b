package io.experiencelake.bench;

import io.experiencelake.core.Lake;
import io.experiencelake.core.LakeGenerators;
import io.experiencelake.core.check.CheckOptions;
import io.experiencelake.core.json.LakeJson;

/** The lakes every benchmark uses: made by the property tests' generator from one pinned seed. */
final class BenchLakes {

  /** The seed of every generated lake, so every run measures the same bytes. */
  static final long SEED = 20261127L;

  /** The pinned "today" the generated lakes are valid for, lint on. */
  static final CheckOptions OPTIONS = CheckOptions.today(LakeGenerators.TODAY);

  private BenchLakes() {}

  /** The valid lake of exactly {@code entries} entries for {@link #SEED}. */
  static Lake lake(int entries) {
    return LakeGenerators.lake(LakeGenerators.Draw.seeded(SEED), entries);
  }

  /** The JSON bytes of {@link #lake(int)}, as {@link LakeJson} writes them. */
  static byte[] json(int entries) {
    return LakeJson.writeBytes(lake(entries));
  }
}
