package io.experiencelake.core.json;

import io.experiencelake.core.Lake;
import io.experiencelake.core.LakeException;
import io.experiencelake.core.check.CheckOptions;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The two file formats of a lake: {@code lake.json} and {@code lake.yaml} (or {@code lake.yml}),
 * one schema and one set of diagnostics.
 *
 * <pre>{@code
 * LakeFormat format = LakeFormat.of(Path.of("lake.yaml"));   // YAML
 * String text = format.write(lake);
 * }</pre>
 */
public enum LakeFormat {
  /** {@code lake.json}, read and written by {@link LakeJson}. */
  JSON("json"),
  /** {@code lake.yaml} or {@code lake.yml}, read and written by {@link LakeYaml}. */
  YAML("yaml");

  private final String extension;

  LakeFormat(String extension) {
    this.extension = extension;
  }

  /** The format of the file at {@code path} by its name: YAML for {@code .yaml} and {@code .yml}, JSON otherwise. */
  public static LakeFormat of(Path path) {
    Path name = path.getFileName();
    String lower = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
    return lower.endsWith(".yaml") || lower.endsWith(".yml") ? YAML : JSON;
  }

  /** The file extension without its dot: {@code json} or {@code yaml}. */
  public String extension() {
    return extension;
  }

  /**
   * Reads and checks the lake in {@code text}, written in this format, naming it {@code sourceName} in diagnostics.
   *
   * @throws LakeException carrying every located diagnostic when the text holds any error
   */
  public LoadedLake read(String text, String sourceName, CheckOptions options) {
    return this == YAML ? LakeYaml.read(text, sourceName, options) : LakeJson.read(text, sourceName, options);
  }

  /** The lake's text in this format: deterministic, {@code \n} line ends. */
  public String write(Lake lake) {
    return this == YAML ? LakeYaml.write(lake) : LakeJson.write(lake);
  }
}
