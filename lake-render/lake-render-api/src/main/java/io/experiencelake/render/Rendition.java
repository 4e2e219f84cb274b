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

  /** Warnings, such as an entry dropped to keep within a length budget. */
  List<Diagnostic> warnings();

  /** The ids of the entries whose content appears in the artifacts, in lake order. */
  List<String> entriesUsed();
}
