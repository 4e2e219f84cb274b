package io.experiencelake.bench;

import io.experiencelake.core.Lake;
import io.experiencelake.core.LakeGenerators;
import io.experiencelake.core.check.CheckOptions;
import io.experiencelake.core.json.LakeJson;
import io.experiencelake.render.ImmutableRenderOptions;
import io.experiencelake.render.RenderOptions;

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

  /**
   * The options every render benchmark uses on {@code lake}: the pinned "today", the lake's first
   * role (the generator makes one), and TARGET entries included, so every entry is rendered.
   */
  static RenderOptions renderOptions(Lake lake) {
    ImmutableRenderOptions.BuildFinal options = ImmutableRenderOptions.builder().today(LakeGenerators.TODAY).includeTargets(true);
    if (!lake.roles().isEmpty()) {
      options.role(lake.roles().get(0).id());
    }
    return options.build();
  }

  /** The JSON bytes of {@link #lake(int)}, as {@link LakeJson} writes them. */
  static byte[] json(int entries) {
    return LakeJson.writeBytes(lake(entries));
  }
}
