package io.experiencelake.core;

import java.util.List;
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

  private final transient List<Diagnostic> diagnostics;

  /** Makes an exception carrying {@code diagnostics}, which must not be empty. */
  public LakeException(List<Diagnostic> diagnostics) {
    super(describe(diagnostics), null, false, false);
    if (diagnostics.isEmpty()) {
      throw new IllegalArgumentException("a LakeException needs at least one diagnostic");
    }
    this.diagnostics = List.copyOf(diagnostics);
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
