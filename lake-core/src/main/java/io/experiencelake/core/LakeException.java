package io.experiencelake.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The one exception bad input raises: it carries every {@link Diagnostic} found, and its message
 * reads like a compiler's output, one line per diagnostic.
 *
 * <p>Loading, checking and building a lake never let a parser's or validator's own exception escape;
 * callers catch this type alone.
 */
public final class LakeException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The most diagnostics one report lists; the rest are counted in one more, {@link Rule#TOO_MANY_PROBLEMS}. */
  public static final int MOST_REPORTED = 1000;

  private final transient List<Diagnostic> diagnostics;

  /**
   * Makes an exception carrying {@code diagnostics}, which must not be empty: the first
   * {@value #MOST_REPORTED} of them, as {@link #capped} keeps them.
   */
  public LakeException(List<Diagnostic> diagnostics) {
    this(capped(diagnostics), true);
  }

  private LakeException(List<Diagnostic> capped, boolean unused) {
    super(describe(capped), null, false, false);
    if (capped.isEmpty()) {
      throw new IllegalArgumentException("a LakeException needs at least one diagnostic");
    }
    this.diagnostics = capped;
  }

  /**
   * The diagnostics as a report lists them: all of them when there are at most
   * {@value #MOST_REPORTED}, otherwise the first {@value #MOST_REPORTED} and one
   * {@link Rule#TOO_MANY_PROBLEMS} counting the rest (an error if any of the rest is one).
   */
  public static List<Diagnostic> capped(List<Diagnostic> diagnostics) {
    if (diagnostics.size() <= MOST_REPORTED) {
      return List.copyOf(diagnostics);
    }
    List<Diagnostic> rest = diagnostics.subList(MOST_REPORTED, diagnostics.size());
    boolean errors = rest.stream().anyMatch(Diagnostic::isError);
    List<Diagnostic> shown = new ArrayList<>(diagnostics.subList(0, MOST_REPORTED));
    shown.add(Diagnostic.of(Rule.TOO_MANY_PROBLEMS, errors ? Severity.ERROR : Severity.WARNING, "",
        String.format(Locale.ROOT, "%,d more problems are not listed; only the first %,d are", rest.size(), MOST_REPORTED),
        "fix the problems listed and check again"));
    if (shown.get(0).source().isPresent()) {
      shown.set(MOST_REPORTED, ImmutableDiagnostic.copyOf(shown.get(MOST_REPORTED)).withSource(shown.get(0).source().get()));
    }
    return List.copyOf(shown);
  }

  /** Makes an exception with one diagnostic of {@code rule}. */
  public static LakeException of(Rule rule, String pointer, String message, String hint) {
    return new LakeException(List.of(Diagnostic.of(rule, pointer, message, hint)));
  }

  /** Every diagnostic, errors and warnings, in report order. */
  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }

  /** Only the errors. */
  public List<Diagnostic> errors() {
    return diagnostics.stream().filter(Diagnostic::isError).collect(Collectors.toUnmodifiableList());
  }

  private static String describe(List<Diagnostic> diagnostics) {
    long errors = diagnostics.stream().filter(Diagnostic::isError).count();
    long warnings = diagnostics.size() - errors;
    return diagnostics.stream().map(Diagnostic::format).collect(Collectors.joining("\n", "", "\n"))
        + errors + (errors == 1 ? " error" : " errors") + ", " + warnings + (warnings == 1 ? " warning" : " warnings");
  }

  @Override
  public String toString() {
    return getMessage();
  }
}
