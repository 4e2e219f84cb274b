package io.experiencelake.core.json;

import io.experiencelake.core.Diagnostic;
import io.experiencelake.core.Lake;
import io.experiencelake.core.LakeException;
import io.experiencelake.core.check.CheckOptions;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * A lake file in either format, chosen by its name ({@link LakeFormat#of(Path)}): what a tool
 * that takes "a lake" calls, so {@code lake.json}, {@code lake.yaml} and {@code lake.yml} all work.
 *
 * <pre>{@code
 * LoadedLake loaded = LakeFiles.read(Path.of("lake.yaml"), CheckOptions.today(LocalDate.of(2026, 11, 27)));
 * }</pre>
 */
public final class LakeFiles {

  private LakeFiles() {}

  /**
   * Reads and checks the lake at {@code path} in its format.
   *
   * @throws LakeException carrying every located diagnostic when it cannot be read or holds any error
   */
  public static LoadedLake read(Path path, CheckOptions options) {
    return LakeFormat.of(path) == LakeFormat.YAML ? LakeYaml.read(path, options) : LakeJson.read(path, options);
  }

  /** Locates diagnostics found after loading in the file at {@code path}, in its format. */
  public static List<Diagnostic> locate(Path path, List<Diagnostic> diagnostics) {
    return LakeFormat.of(path) == LakeFormat.YAML ? LakeYaml.locate(path, diagnostics) : LakeJson.locate(path, diagnostics);
  }

  /**
   * Writes the lake to {@code target} atomically in the format its name says.
   *
   * @throws IOException when the folder cannot be written or the move fails; {@code target} is then unchanged
   */
  public static void write(Lake lake, Path target) throws IOException {
    if (LakeFormat.of(target) == LakeFormat.YAML) {
      LakeYaml.write(lake, target);
    } else {
      LakeJson.write(lake, target);
    }
  }
}
