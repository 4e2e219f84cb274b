package io.experiencelake.render;

import io.experiencelake.core.Diagnostic;
import io.experiencelake.core.Rule;
import io.experiencelake.core.Severity;

/**
 * The warnings renderers report, with stable codes of their own ({@code LAKE-Rnnn}), located by
 * the JSON Pointer of the lake part they concern.
 *
 * <pre>{@code
 * Diagnostic w = RenderDiagnostics.warning(RenderDiagnostics.OVER_BUDGET, "/entries/3",
 *     "entry 'phase-gates' was left out to keep to 12 entries", "raise maxEntries or narrow the selection");
 * }</pre>
 */
public final class RenderDiagnostics {

  /** An entry, or part of a text, was left out to keep within a length budget. */
  public static final String OVER_BUDGET = "LAKE-R001";

  /** The render options select something the lake does not have, such as an unknown cluster. */
  public static final String UNKNOWN_SELECTION = "LAKE-R002";

  /** A text runs over its recommended length (such as an interview answer over two minutes spoken); nothing was cut. */
  public static final String TOO_LONG = "LAKE-R003";

  /** A typeset document (PDF) has characters its fonts cannot show; they print as a replacement mark. */
  public static final String UNPRINTABLE = "LAKE-R004";

  private RenderDiagnostics() {}

  /** A warning of the rule with {@code code} (one of the constants above) at {@code pointer}. */
  public static Diagnostic warning(String code, String pointer, String message, String hint) {
    return Diagnostic.of(Rule.ofCode(code), Severity.WARNING, pointer, message, hint);
  }
}
