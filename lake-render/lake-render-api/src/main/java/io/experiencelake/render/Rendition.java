package io.experiencelake.render;

import io.experiencelake.core.Diagnostic;
import io.experiencelake.core.Lake;
import io.experiencelake.core.LakeEntry;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
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

  /**
   * A rendition of {@code artifacts}, {@code warnings} and {@code entriesUsed}, each copied.
   *
   * @param artifacts the files, in the order the renderer made them
   * @param warnings the renderer's own warnings
   * @param entriesUsed the ids of the entries whose content appears, in lake order (see {@link #inLakeOrder})
   */
  static Rendition of(List<Artifact> artifacts, List<Diagnostic> warnings, List<String> entriesUsed) {
    return ImmutableRendition.builder().addAllArtifacts(artifacts).addAllWarnings(warnings).addAllEntriesUsed(entriesUsed).build();
  }

  /**
   * The ids of {@code lake}'s entries that are among {@code ids}, in lake order, each once, for
   * {@link #entriesUsed()} when a renderer gathered them in another order.
   */
  static List<String> inLakeOrder(Lake lake, Collection<String> ids) {
    Set<String> wanted = new HashSet<>(ids);
    Set<String> ordered = new LinkedHashSet<>();
    for (LakeEntry entry : lake.entries()) {
      if (wanted.contains(entry.id())) {
        ordered.add(entry.id());
      }
    }
    return List.copyOf(ordered);
  }
}
