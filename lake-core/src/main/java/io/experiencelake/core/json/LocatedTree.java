package io.experiencelake.core.json;

import io.experiencelake.core.Diagnostic;
import io.experiencelake.core.ImmutableDiagnostic;
import java.util.List;
import java.util.Optional;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;

/**
 * A lake's JSON tree read from a source (a {@code lake.json}, a stream, or another format mapped
 * onto the same tree) that knows where in the source each of its values starts, so every
 * diagnostic found in the tree can name a line and column.
 *
 * <p>{@link LakeJson#read(LocatedTree, io.experiencelake.core.check.CheckOptions)} takes one
 * through the schema, binding and checks; {@link LoadedLake#locate} uses it again later (for
 * verification's diagnostics) without reading the source a second time. A reader of another
 * format implements {@link #source()}, {@link #tree()} and {@link #position(String)}, and
 * {@link #problems()} when reading found any:
 *
 * <pre>{@code
 * LocatedTree yaml = new LocatedTree() { … };   // positions from the YAML parser's marks
 * LoadedLake loaded = LakeJson.read(yaml, CheckOptions.today(LocalDate.of(2026, 11, 27)));
 * }</pre>
 */
public interface LocatedTree {

  /** A 1-based line and column, columns counted in UTF-16 code units as in a Java {@code String}. */
  record Position(int line, int column) {

    @Override
    public String toString() {
      return "line " + line + ", column " + column;
    }
  }

  /** The name of the source in diagnostics: the file as the user wrote it, or a stream's name. */
  String source();

  /** The tree, an object for a lake (the schema says so when it is not); loading may remove {@code $schema} from it. */
  JsonNode tree();

  /**
   * Where the value at the JSON Pointer {@code pointer} starts (for an object member: where its
   * key starts), or empty when the source has no such value.
   */
  Optional<Position> position(String pointer);

  /** Problems found while reading the source (a duplicate key, say), each located; any error stops loading. */
  default List<Diagnostic> problems() {
    return List.of();
  }

  /**
   * The diagnostic in this source, at its pointer's position, or for a pointer with none (a
   * missing field) its nearest enclosing value's; a diagnostic that has a line already is kept.
   */
  default Diagnostic locate(Diagnostic diagnostic) {
    if (diagnostic.line().isPresent()) {
      return diagnostic;
    }
    JsonPointer pointer;
    try {
      pointer = JsonPointer.compile(diagnostic.pointer());
    } catch (IllegalArgumentException notAPointer) {
      pointer = JsonPointer.empty();
    }
    for (; pointer != null; pointer = pointer.head()) {
      Optional<Position> position = position(pointer.toString());
      if (position.isPresent()) {
        return diagnostic.at(source(), position.get().line(), position.get().column());
      }
    }
    return ImmutableDiagnostic.copyOf(diagnostic).withSource(source());
  }
}
