package io.experiencelake.render;

import java.util.Locale;
import java.util.TimeZone;
import java.util.function.Supplier;

/**
 * Runs a render under another default locale and time zone, restoring both afterwards, so tests
 * can show output does not depend on them.
 *
 * <pre>{@code
 * RenderRun run = Determinism.under("tr-TR", "Pacific/Kiritimati", () -> Rendering.run(lake, options, "cv"));
 * }</pre>
 */
public final class Determinism {

  private Determinism() {}

  /** What {@code work} returns with the default locale {@code languageTag} and time zone {@code zone}. */
  public static <T> T under(String languageTag, String zone, Supplier<T> work) {
    Locale locale = Locale.getDefault();
    TimeZone timeZone = TimeZone.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag(languageTag));
      TimeZone.setDefault(TimeZone.getTimeZone(zone));
      return work.get();
    } finally {
      Locale.setDefault(locale);
      TimeZone.setDefault(timeZone);
    }
  }

  /** Every artifact's text and the manifest of {@code run}, as one string for comparing runs. */
  public static String texts(RenderRun run) {
    StringBuilder out = new StringBuilder();
    for (Artifact artifact : run.artifacts()) {
      out.append("== ").append(artifact.path()).append(" ").append(artifact.sha256()).append('\n').append(artifact.text());
    }
    return out.append("== manifest\n").append(run.manifest().text()).toString();
  }
}
