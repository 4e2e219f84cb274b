package io.experiencelake.render;

import io.experiencelake.core.Diagnostic;
import java.util.List;
import org.immutables.value.Value;

/**
 * What one renderer produced: its artifacts, its warnings and the ids of the entries it used.
 *
 * <pre>{@code
 * Rendition rendition = ImmutableRendition.builder()
 *     .addArtifacts(Artifact.utf8("cv.md", "text/markdown; charset=utf-8", markdown))
 *     .addEntriesUsed("phase-gates")
 *     .build();
 * }</pre>
 */
@Value.Immutable
public interface Rendition {

  /** The files, in the order the renderer made them. */
  List<Artifact> artifacts();

  /**
   * The renderer's own warnings, such as text cut to keep within a length budget; {@link Rendering}
   * reports the selection's warnings itself, so a renderer does not repeat them.
   */
  List<Diagnostic> warnings();

  /** The ids of the entries whose content appears in the artifacts, in lake order. */
  List<String> entriesUsed();
}
