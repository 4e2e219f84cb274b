package io.experiencelake.core.json;

import io.experiencelake.core.Diagnostic;
import io.experiencelake.core.Lake;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A lake read from JSON that passed the schema and every error-level check, with the warnings the
 * checks found (each located in the source), and what it was read from, to locate later ones.
 *
 * <pre>{@code
 * LoadedLake loaded = LakeJson.read(Path.of("lake.json"), CheckOptions.today(LocalDate.of(2026, 11, 27)));
 * loaded.warnings().forEach(w -> System.err.println(w.format()));
 * Lake lake = loaded.lake();
 * }</pre>
 */
@Value.Immutable
public interface LoadedLake {

  /** The lake. */
  Lake lake();

  /** The warnings found while checking it, in report order; never errors. */
  List<Diagnostic> warnings();

  /** The located tree the lake was read from, when it was read from a source; not part of equality. */
  @Value.Auxiliary
  Optional<LocatedTree> located();

  /**
   * The diagnostics (verification's, say) located in the source the lake was read from, without
   * reading it again: each at its pointer's line and column, or its nearest enclosing value's.
   */
  default List<Diagnostic> locate(List<Diagnostic> diagnostics) {
    return diagnostics.stream().map(d -> located().map(tree -> tree.locate(d)).orElse(d)).toList();
  }

  /** Makes a loaded lake. */
  static LoadedLake of(Lake lake, List<Diagnostic> warnings) {
    return ImmutableLoadedLake.builder().lake(lake).addAllWarnings(warnings).build();
  }

  /** Makes a loaded lake that remembers the tree it was read from. */
  static LoadedLake of(Lake lake, List<Diagnostic> warnings, LocatedTree located) {
    return ImmutableLoadedLake.builder().lake(lake).addAllWarnings(warnings).located(located).build();
  }
}
