package io.experiencelake.render;

import io.experiencelake.core.Diagnostic;
import io.experiencelake.core.Lake;
import io.experiencelake.core.LakeEntry;
import io.experiencelake.core.LakeException;
import io.experiencelake.core.check.CheckOptions;
import io.experiencelake.core.check.LakeChecker;
import io.experiencelake.core.hash.ContentHash;
import io.experiencelake.core.hash.LakeHashes;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The render entry point: checks the lake, runs the chosen renderers, and writes their artifacts
 * and {@code manifest.json} atomically into an output folder.
 *
 * <p>A lake the checker finds errors in is refused with a {@link LakeException} carrying those
 * errors; nothing is written. Writing builds the whole folder beside the output (in its parent),
 * then swaps it in: a failed render leaves the previous output as it was, and nothing outside
 * the output folder is left changed. The output folder belongs to the render: it is replaced as
 * a whole, and an existing folder is only replaced when it is empty or holds a
 * {@code manifest.json} from an earlier render.
 *
 * <pre>{@code
 * RenderOptions options = RenderOptions.today(LocalDate.of(2026, 11, 27));
 * RenderRun run = Rendering.render(lake, options, Path.of("target/lake"), "cv", "jsonresume");
 * }</pre>
 */
public final class Rendering {

  private Rendering() {}

  /**
   * Renders {@code lake} with the renderers called {@code names} and writes the result into
   * {@code output}.
   *
   * @throws LakeException carrying the checker's errors when the lake has any
   * @throws IOException when the output cannot be written; the previous output is then intact
   */
  public static RenderRun render(Lake lake, RenderOptions options, Path output, String... names) throws IOException {
    RenderRun run = run(lake, options, names);
    write(run, output);
    return run;
  }

  /**
   * Renders {@code lake} in memory with the renderers called {@code names} (every renderer found
   * when none is named).
   *
   * @throws LakeException carrying the checker's errors when the lake has any
   * @throws IllegalArgumentException when a name matches no renderer
   */
  public static RenderRun run(Lake lake, RenderOptions options, String... names) {
    List<Renderer> renderers = names.length == 0 ? Renderers.all()
        : Arrays.stream(names).distinct().map(Renderers::named).collect(Collectors.toList());
    return run(lake, options, renderers);
  }

  /**
   * Renders {@code lake} in memory with {@code renderers}.
   *
   * @throws LakeException carrying the checker's errors when the lake has any, or when the
   *     options name a role the lake lacks
   * @throws IllegalStateException when two artifacts share a path, or one is called {@code manifest.json}
   */
  public static RenderRun run(Lake lake, RenderOptions options, List<Renderer> renderers) {
    List<Diagnostic> errors = LakeChecker.check(lake, CheckOptions.today(options.today())).stream()
        .filter(Diagnostic::isError)
        .collect(Collectors.toList());
    if (!errors.isEmpty()) {
      throw new LakeException(errors);
    }
    Selection selection = Selection.of(lake, options);
    List<Renderer> sorted = new ArrayList<>(renderers);
    sorted.sort(Comparator.comparing(Renderer::name));
    Set<Diagnostic> warnings = new LinkedHashSet<>(selection.warnings());
    Map<String, Artifact> artifacts = new TreeMap<>();
    Map<String, String> rendererOf = new TreeMap<>();
    Set<String> used = new HashSet<>();
    for (Renderer renderer : sorted) {
      Rendition rendition = renderer.render(lake, options);
      for (Artifact artifact : rendition.artifacts()) {
        if (artifact.path().equals(RenderRun.MANIFEST) || artifacts.containsKey(artifact.path())) {
          throw new IllegalStateException("renderer '" + renderer.name() + "' writes '" + artifact.path() + "', which "
              + (artifact.path().equals(RenderRun.MANIFEST) ? "is the manifest's name" : "renderer '" + rendererOf.get(artifact.path()) + "' writes too"));
        }
        artifacts.put(artifact.path(), artifact);
        rendererOf.put(artifact.path(), renderer.name());
      }
      // Renderers laid out from the same document (cv and pdf, say) report what it left out alike; once is enough.
      warnings.addAll(rendition.warnings());
      used.addAll(rendition.entriesUsed());
    }
    Map<String, ContentHash> entryHashes = new LinkedHashMap<>();
    for (LakeEntry entry : lake.entries()) {
      if (used.contains(entry.id()) && !entryHashes.containsKey(entry.id())) {
        entryHashes.put(entry.id(), LakeHashes.of(entry));
      }
    }
    List<String> names = sorted.stream().map(Renderer::name).collect(Collectors.toList());
    ContentHash lakeHash = LakeHashes.of(lake);
    List<Artifact> files = List.copyOf(artifacts.values());
    Artifact manifest = Manifest.build(options, names, lakeHash, entryHashes, files, rendererOf, List.copyOf(warnings));
    return ImmutableRenderRun.builder()
        .manifest(manifest)
        .lakeHash(lakeHash)
        .addAllArtifacts(files)
        .addAllRenderers(names)
        .addAllWarnings(warnings)
        .addAllEntriesUsed(entryHashes.keySet())
        .build();
  }

  /**
   * Writes {@code run}'s artifacts and manifest into {@code output}, replacing its previous
   * content atomically.
   *
   * @throws IOException when writing fails (the previous output is then intact), or when
   *     {@code output} exists but is not a folder an earlier render wrote
   */
  public static void write(RenderRun run, Path output) throws IOException {
    List<Artifact> files = new ArrayList<>(run.artifacts());
    files.add(run.manifest());
    OutputFolder.replace(output, files);
  }

  /** The version of the library written in every manifest, e.g. {@code 0.1.0}. */
  public static String libraryVersion() {
    return Manifest.VERSION;
  }
}
