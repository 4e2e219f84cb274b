package io.experiencelake.core;

/** How much a {@link Diagnostic} matters: an {@code ERROR} stops a lake from being used. */
public enum Severity {
  /** The lake is wrong: it cannot be rendered or trusted until this is fixed. */
  ERROR,
  /** The lake works, but a reader would be misled or a part is weak. */
  WARNING;

  /** The lowercase word used in compiler-style output, e.g. {@code error}. */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
