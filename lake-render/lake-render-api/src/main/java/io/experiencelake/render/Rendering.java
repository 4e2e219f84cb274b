package io.experiencelake.render;

import io.experiencelake.core.Diagnostic;
import io.experiencelake.core.Lake;
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
 * then swaps it in with two renames: a failed render leaves the previous output as it was, and
 * nothing outside the output folder is left changed. A render stopped between the renames (killed,
 * or the machine went down) leaves the previous output in {@code .NAME.old-N} beside it, and the
 * next write puts it back first (see {@link #write(RenderRun, Path, ExistingOutput)}).
 *
 * <p>The output folder belongs to the render, which replaces it as a whole, so it is only replaced
 * when a render wrote it: its {@code manifest.json} names this library's manifest format. By default
 * it must also hold exactly what that render wrote, unchanged ({@link ExistingOutput}); a file, a
 * link, a device, a pipe or a folder no render wrote is never replaced.
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
   * {@code output} as {@link #write(RenderRun, Path)} does (use that to see what was recovered).
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
   * Renders {@code lake} in memory with {@code renderers}. They run side by side on the common
   * fork-join pool, the calling thread taking part, each with the caller's context class loader;
   * the result does not depend on which finishes first.
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
    List<Rendition> renditions = renderAll(sorted, lake, options);
    for (int i = 0; i < sorted.size(); i++) {
      Renderer renderer = sorted.get(i);
      Rendition rendition = renditions.get(i);
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
    Map<String, ContentHash> entryHashes = new LinkedHashMap<>(LakeHashes.entries(lake));
    entryHashes.keySet().retainAll(used);
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

  /** A renderer's rendition, or what it threw. */
  private record Outcome(Rendition rendition, Throwable failure) {}

  /**
   * Runs the renderers side by side on the common fork-join pool (the caller's thread takes part),
   * each with the caller's context class loader, and returns their renditions in their order. What
   * a renderer throws is thrown here as it was, the first in that order when several throw.
   */
  private static List<Rendition> renderAll(List<Renderer> renderers, Lake lake, RenderOptions options) {
    ClassLoader callers = Thread.currentThread().getContextClassLoader();
    List<Outcome> outcomes = renderers.parallelStream().map(renderer -> {
      Thread thread = Thread.currentThread();
      ClassLoader own = thread.getContextClassLoader();
      thread.setContextClassLoader(callers);
      try {
        return new Outcome(renderer.render(lake, options), null);
      } catch (RuntimeException | Error e) {
        return new Outcome(null, e);
      } finally {
        thread.setContextClassLoader(own);
      }
    }).collect(Collectors.toList());
    List<Rendition> renditions = new ArrayList<>();
    for (Outcome outcome : outcomes) {
      if (outcome.failure() instanceof RuntimeException e) {
        throw e;
      }
      if (outcome.failure() instanceof Error e) {
        throw e;
      }
      renditions.add(outcome.rendition());
    }
    return renditions;
  }

  /**
   * Writes {@code run}'s artifacts and manifest into {@code output}, replacing an earlier render
   * there only while it is unchanged ({@link ExistingOutput#REPLACE_UNCHANGED_RENDER}).
   *
   * @return what was recovered or removed first, one line each, as
   *     {@link #write(RenderRun, Path, ExistingOutput)} says; usually nothing
   * @throws OutputRefusedException when something at {@code output} must not be replaced; nothing
   *     was written
   * @throws IOException when writing fails; the previous output is then intact
   */
  public static List<String> write(RenderRun run, Path output) throws IOException {
    return write(run, output, ExistingOutput.REPLACE_UNCHANGED_RENDER);
  }

  /**
   * Writes {@code run}'s artifacts and manifest into {@code output} atomically, replacing what is
   * there as far as {@code existing} allows; into a folder that does not exist yet (made with its
   * parents) with {@link ExistingOutput#REFUSE}. An output that already holds this very render,
   * unchanged and with nothing beside it, is left as it is: no file is written again.
   *
   * <p>One write at a time per output, across threads and processes (through a lock file
   * {@code .NAME.lock} beside it, removed afterwards). Each write first recovers what an earlier one
   * that was stopped left beside the output: the previous output moved aside is moved back when no
   * output is in place, and an unfinished new folder or an old one left after the swap is removed
   * when it holds nothing a render did not write (otherwise it is kept, and said so).
   *
   * <pre>{@code
   * List<String> recovered = Rendering.write(run, Path.of("out"), ExistingOutput.REPLACE_ANY_RENDER);
   * recovered.forEach(System.err::println);   // e.g. removed .out.new-1, the unfinished output of a render that was stopped
   * }</pre>
   *
   * @return what was recovered, removed or kept before writing, one line each; usually nothing
   * @throws OutputRefusedException when something at {@code output} must not be replaced; nothing
   *     was written
   * @throws IOException when writing fails; the previous output is then intact
   */
  public static List<String> write(RenderRun run, Path output, ExistingOutput existing) throws IOException {
    List<Artifact> files = new ArrayList<>(run.artifacts());
    files.add(run.manifest());
    return OutputFolder.replace(output, files, existing);
  }

  /** The version of the library written in every manifest, e.g. {@code 0.1.0}. */
  public static String libraryVersion() {
    return Manifest.VERSION;
  }
}
