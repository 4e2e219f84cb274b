package io.experiencelake.core.json;

import io.experiencelake.core.AtomicFiles;
import io.experiencelake.core.Diagnostic;
import io.experiencelake.core.Lake;
import io.experiencelake.core.LakeException;
import io.experiencelake.core.check.CheckOptions;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.snakeyaml.engine.v2.nodes.Tag;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;
import tools.jackson.dataformat.yaml.util.StringQuotingChecker;

/**
 * Reads and writes {@code lake.yaml}: the same lake, schema, checks and diagnostics as
 * {@link LakeJson}, located by the YAML file's line and column.
 *
 * <p>Reading parses YAML 1.2 (core schema) once into a located tree and then goes the way of
 * {@code lake.json}: schema, binding, checks. YAML a lake cannot hold is refused with a located
 * diagnostic: a second document, duplicate keys (also those a merge key {@code <<} would hide),
 * custom tags, keys that are not text, {@code .nan} and {@code .inf}, and aliases beyond their
 * bounds (an expansion bomb is refused before it is expanded).
 *
 * <pre>{@code
 * try {
 *   Lake lake = LakeYaml.read(Path.of("lake.yaml"), CheckOptions.today(LocalDate.of(2026, 11, 27))).lake();
 * } catch (LakeException e) {
 *   System.err.print(e.getMessage());   // lake.yaml:41:9 /entries/3/status error LAKE-I002: …
 * }
 * }</pre>
 *
 * <p>Writing is deterministic and reads back to the same lake (so the same {@link
 * io.experiencelake.core.hash.LakeHashes lake hash}): {@code $schema} first, then fields in
 * declaration order as in {@code lake.json}, block style with two-space indentation, text quoted
 * only where YAML would read it as something else (a number, {@code true}, {@code null}…),
 * multi-line text as literal blocks, {@code \n} line ends, UTF-8.
 */
public final class LakeYaml {

  private static final ObjectWriter WRITER = YAMLMapper.builder(YAMLFactory.builder()
          .stringQuotingChecker(new CoreSchemaQuoting())
          .build())
      .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
      .disable(YAMLWriteFeature.SPLIT_LINES)
      .enable(YAMLWriteFeature.MINIMIZE_QUOTES)
      .enable(YAMLWriteFeature.INDENT_ARRAYS_WITH_INDICATOR)
      .build()
      .writer();

  private LakeYaml() {}

  /**
   * Reads and checks the lake in the YAML file at {@code path}; diagnostics name the file as
   * {@code path} was written.
   *
   * @throws LakeException carrying every diagnostic when the file cannot be read or holds any error
   */
  public static LoadedLake read(Path path, CheckOptions options) {
    return LakeJson.load(LakeJson.readFile(path), path.toString(), YamlTrees::parse, options);
  }

  /**
   * Reads and checks the YAML lake in {@code in} (UTF-8), naming it {@code sourceName} in
   * diagnostics; the stream is read to its end and not closed.
   *
   * @throws LakeException carrying every diagnostic when the stream cannot be read or holds any error
   */
  public static LoadedLake read(InputStream in, String sourceName, CheckOptions options) {
    return LakeJson.load(LakeJson.readBounded(in, sourceName), sourceName, YamlTrees::parse, options);
  }

  /**
   * Reads and checks the lake in {@code yaml}, naming it {@code sourceName} in diagnostics.
   *
   * @throws LakeException carrying every diagnostic when the text holds any error
   */
  public static LoadedLake read(String yaml, String sourceName, CheckOptions options) {
    return LakeJson.withinMemory(sourceName, () -> LakeJson.read(YamlTrees.parse(yaml, sourceName), options));
  }

  /**
   * Locates diagnostics found after loading (by verification, say) in the YAML file the lake was
   * read from, as {@link LakeJson#locate(Path, List)} does for JSON; a lake at hand as a
   * {@link LoadedLake} locates them with {@link LoadedLake#locate} without reading the file again.
   */
  public static List<Diagnostic> locate(Path path, List<Diagnostic> diagnostics) {
    return LakeJson.locate(path, YamlTrees::parse, diagnostics);
  }

  /** The lake's YAML text: deterministic, {@code \n} line ends. */
  public static String write(Lake lake) {
    return WRITER.writeValueAsString(LakeJson.toTree(lake));
  }

  /**
   * A part of a lake's tree (an evidence anchor, say) as YAML, written and quoted as a whole lake
   * is, so it can be pasted into a {@code lake.yaml}.
   */
  public static String writeValue(JsonNode value) {
    return WRITER.writeValueAsString(value);
  }

  /** The lake's YAML text as UTF-8 bytes. */
  public static byte[] writeBytes(Lake lake) {
    return write(lake).getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Writes the lake to {@code target} atomically, as {@link LakeJson#write(Lake, Path)} does.
   *
   * @throws IOException when the folder cannot be written or the move fails; {@code target} is
   *     then unchanged
   */
  public static void write(Lake lake, Path target) throws IOException {
    AtomicFiles.write(target, writeBytes(lake));
  }

  /**
   * Quotes text wherever the reader would take it for something else: a YAML 1.2 core-schema
   * number, boolean or null ({@code "110"}, {@code "true"}, {@code "0x1F"}), the merge key
   * {@code <<}, and what Jackson quotes anyway (YAML 1.1 words such as {@code yes}, flow
   * characters); the emitter quotes what plain style cannot hold (a leading {@code *}, {@code #}…).
   */
  private static final class CoreSchemaQuoting extends StringQuotingChecker.Default {
    private static final long serialVersionUID = 1L;

    @Override
    public boolean needToQuoteValue(String value) {
      return super.needToQuoteValue(value) || readsAsOtherThanText(value);
    }

    @Override
    public boolean needToQuoteName(String name) {
      return super.needToQuoteName(name) || readsAsOtherThanText(name);
    }

    private static boolean readsAsOtherThanText(String value) {
      return !YamlTrees.RESOLVER.resolve(value, true).equals(Tag.STR) || value.equals(YamlTrees.MERGE_KEY);
    }
  }
}
