package io.experiencelake.maven;

import io.experiencelake.core.Diagnostic;
import io.experiencelake.core.LakeException;
import io.experiencelake.core.check.CheckOptions;
import io.experiencelake.core.json.LakeJson;
import io.experiencelake.core.json.LoadedLake;
import java.nio.file.Path;
import java.util.List;

/**
 * The one place the goals read a lake file, so a new format ({@code lake.yaml}) is a change here
 * and nowhere else.
 */
final class LakeFiles {

  private LakeFiles() {}

  /**
   * Reads and checks the lake in {@code file} ({@code lake.json}).
   *
   * @throws LakeException carrying every located diagnostic when the file cannot be read or has errors
   */
  static LoadedLake read(Path file, CheckOptions options) {
    return LakeJson.read(file, options);
  }

  /** Locates diagnostics found after loading (by verification or rendering) at their line and column in {@code file}. */
  static List<Diagnostic> locate(Path file, List<Diagnostic> diagnostics) {
    return LakeJson.locate(file, diagnostics);
  }
}
