package io.experiencelake.dsl;

import io.experiencelake.core.Diagnostic;
import io.experiencelake.core.ImmutableDiagnostic;
import io.experiencelake.core.LakeException;
import io.experiencelake.core.Rule;
import io.experiencelake.core.StoryId;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Every problem found while building a value, located by JSON Pointer; and the helpers every
 * builder uses to turn a value's check, a month, a day or a URI into such problems.
 *
 * <p>A value is built (or its problems recorded) at the moment its chain is handed on, so later
 * calls on the same chain cannot change what the lake holds. Problems are kept with pointers
 * relative to the value and prefixed with its place in the lake ({@code /entries/3}) when the lake
 * is built, so every problem of every value is reported in one {@link LakeException}.
 */
final class Problems {

  /** A value built when its chain was handed on, or the problems (with relative pointers) that stopped it. */
  record Built<T>(T value, List<Diagnostic> problems) {

    /**
     * Builds a value now; its problems are kept, each message opening with {@code label} (e.g.
     * {@code entry 'phase-gates': }) unless it is about the value's id itself, which its message
     * quotes. A {@code null} label adds nothing.
     */
    static <T> Built<T> of(String label, Supplier<T> make) {
      try {
        return new Built<>(make.get(), List.of());
      } catch (LakeException e) {
        List<Diagnostic> named = new ArrayList<>();
        for (Diagnostic d : e.diagnostics()) {
          named.add(label == null || d.pointer().equals("/id") ? d : ImmutableDiagnostic.copyOf(d).withMessage(label + ": " + d.message()));
        }
        return new Built<>(null, named);
      }
    }
  }

  private final List<Diagnostic> found = new ArrayList<>();

  /** The value of {@code built}, or {@code null} after recording its problems under {@code pointer}. */
  <T> T take(String pointer, Built<T> built) {
    for (Diagnostic d : built.problems()) {
      found.add(d.under(pointer));
    }
    return built.value();
  }

  /** The values of {@code built} that were built; the problems of the rest go under {@code prefix + index}. */
  <T> List<T> takeAll(String prefix, List<Built<T>> built) {
    List<T> values = new ArrayList<>();
    for (int i = 0; i < built.size(); i++) {
      T value = take(prefix + i, built.get(i));
      if (value != null) {
        values.add(value);
      }
    }
    return values;
  }

  /** Makes a value now, or records its problems under {@code pointer} and returns {@code null}. */
  <T> T attempt(String pointer, Supplier<T> make) {
    return take(pointer, Built.of(null, make));
  }

  /** Expands story ids and ranges; a bad one is reported at the index its first id would have had. */
  List<StoryId> expandAll(String prefix, List<String> idsOrRanges) {
    List<StoryId> ids = new ArrayList<>();
    for (String idOrRange : idsOrRanges) {
      List<StoryId> expanded = attempt(prefix + ids.size(), () -> StoryId.expand(idOrRange));
      if (expanded != null) {
        ids.addAll(expanded);
      }
    }
    return ids;
  }

  void throwIfAny() {
    if (!found.isEmpty()) {
      throw new LakeException(found);
    }
  }

  /** Runs {@code make}, putting {@code prefix} before the pointer of any problem it reports. */
  static <T> T locatedUnder(String prefix, Supplier<T> make) {
    try {
      return make.get();
    } catch (LakeException e) {
      List<Diagnostic> located = new ArrayList<>();
      for (Diagnostic d : e.diagnostics()) {
        located.add(d.under(prefix));
      }
      throw new LakeException(located);
    }
  }

  static YearMonth month(int year, int month, String pointer) {
    try {
      return YearMonth.of(year, month);
    } catch (DateTimeException e) {
      throw LakeException.of(Rule.BAD_FORMAT, pointer,
          String.format(Locale.ROOT, "%d-%02d is not a month: %s", year, month, e.getMessage()),
          "write the year and a month from 1 to 12, e.g. (2025, 3)");
    }
  }

  static LocalDate day(int year, int month, int day, String pointer) {
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      throw LakeException.of(Rule.BAD_FORMAT, pointer,
          String.format(Locale.ROOT, "%d-%02d-%02d is not a date: %s", year, month, day, e.getMessage()),
          "write a real calendar day, e.g. (2025, 3, 14)");
    }
  }

  static URI uri(String text, String pointer) {
    try {
      return new URI(text);
    } catch (URISyntaxException e) {
      throw LakeException.of(Rule.BAD_FORMAT, pointer, "'" + text + "' is not a URI: " + e.getMessage(),
          "write the full address, e.g. https://github.com/you/repo/pull/42");
    }
  }
}
