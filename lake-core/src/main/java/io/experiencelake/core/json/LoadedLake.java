package io.experiencelake.core.json;

import io.experiencelake.core.Diagnostic;
import io.experiencelake.core.Lake;
import java.util.List;
import org.immutables.value.Value;

/**
 * A lake read from JSON that passed the schema and every error-level check, with the warnings the
 * checks found (each located in the source).
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

  /** Makes a loaded lake. */
  static LoadedLake of(Lake lake, List<Diagnostic> warnings) {
    return ImmutableLoadedLake.builder().lake(lake).addAllWarnings(warnings).build();
  }
}
