package io.experiencelake.render;

import io.experiencelake.core.Diagnostic;
import io.experiencelake.core.hash.ContentHash;
import java.util.List;
import org.immutables.value.Value;

/**
 * Everything one render produced in memory: every renderer's artifacts, the manifest describing
 * them, the warnings and the entries used; {@link Rendering#write(RenderRun, java.nio.file.Path)}
 * puts it on disk.
 *
 * <pre>{@code
 * RenderRun run = Rendering.run(lake, options, "cv", "jsonresume");
 * run.manifest().text();   // the manifest.json that writing it would produce
 * }</pre>
 */
@Value.Immutable
public interface RenderRun {

  /** The name of the manifest file written beside the artifacts. */
  String MANIFEST = "manifest.json";

  /** The renderers' artifacts, sorted by path; the manifest is not among them. */
  List<Artifact> artifacts();

  /** The {@code manifest.json} artifact. */
  Artifact manifest();

  /** The names of the renderers that ran, sorted. */
  List<String> renderers();

  /** The selection's and every renderer's warnings. */
  List<Diagnostic> warnings();

  /** The ids of the entries any renderer used, in lake order. */
  List<String> entriesUsed();

  /** The content hash of the whole lake. */
  ContentHash lakeHash();

  /** The artifact at {@code path}. */
  default Artifact artifact(String path) {
    return artifacts().stream().filter(a -> a.path().equals(path)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no artifact at '" + path + "'"));
  }
}
