package io.experiencelake.render.coverage;

import io.experiencelake.core.StatusKind;
import io.experiencelake.core.analysis.CapabilityCoverage;
import io.experiencelake.core.analysis.Coverage;
import io.experiencelake.core.analysis.CoveredEntry;
import io.experiencelake.core.analysis.Gap;
import io.experiencelake.render.PlainText;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Renders a {@link Coverage} as Markdown: the score, a table of required capabilities with their
 * entries by status, the gaps with their nearest closers, and the capability × entry matrix.
 *
 * <p>The output is deterministic (same coverage, same string, in any locale), ends with one line
 * break, and escapes the characters that would break a table cell ({@code |} and line breaks).
 *
 * <pre>{@code
 * String markdown = CoverageMarkdown.render(Coverage.of(lake, role));
 * }</pre>
 */
public final class CoverageMarkdown {

  private CoverageMarkdown() {}

  /** The Markdown of {@code coverage}, starting with a level-2 heading. */
  public static String render(Coverage coverage) {
    StringBuilder out = new StringBuilder();
    out.append("## Coverage: ").append(inline(roleName(coverage))).append("\n\n");
    out.append(scoreLine(coverage)).append("\n\n");

    out.append("| Capability | Weight | Achieved | Current | Target | Backed |\n");
    out.append("| --- | ---: | --- | --- | --- | --- |\n");
    for (CapabilityCoverage c : coverage.capabilities()) {
      out.append("| ").append(cell(c.title())).append(" (`").append(c.capability()).append("`)")
          .append(" | ").append(weight(c.weight()))
          .append(" | ").append(ids(c.entries(StatusKind.ACHIEVED)))
          .append(" | ").append(ids(c.entries(StatusKind.CURRENT)))
          .append(" | ").append(ids(c.entries(StatusKind.TARGET)))
          .append(" | ").append(c.isBacked() ? "yes" : "**gap**")
          .append(" |\n");
    }
    if (coverage.verified()) {
      out.append("\nAn achieved entry marked \\* has evidence that did not verify; it backs nothing.\n");
    }

    out.append("\n### Gaps\n\n");
    if (coverage.gaps().isEmpty()) {
      out.append("None: every required capability is backed").append(coverage.verified() ? " by verified evidence" : "")
          .append(".\n");
    }
    for (Gap gap : coverage.gaps()) {
      out.append("- **").append(inline(gap.title())).append("** (`").append(gap.capability()).append("`, weight ")
          .append(weight(gap.weight())).append("): ");
      if (gap.closers().isEmpty()) {
        out.append("no entry in progress or planned");
      } else {
        out.append("nearest closers ").append(gap.closers().stream()
            .map(e -> "`" + e.id() + "` (" + e.describeStatus() + ")").collect(Collectors.joining(", ")));
      }
      if (!gap.unverified().isEmpty()) {
        out.append("; achieved but not verified: ").append(gap.unverified().stream()
            .map(e -> "`" + e.id() + "`").collect(Collectors.joining(", ")));
      }
      out.append(".\n");
    }

    out.append("\n### Matrix\n\n");
    if (coverage.entries().isEmpty()) {
      out.append("No entry demonstrates a required capability.\n");
      return out.toString();
    }
    out.append("A achieved, C current, T target").append(coverage.verified() ? ", A\\* achieved but not verified" : "")
        .append(".\n\n");
    out.append("| Entry |");
    for (CapabilityCoverage c : coverage.capabilities()) {
      out.append(" `").append(c.capability()).append("` |");
    }
    out.append("\n| --- |");
    for (int i = 0; i < coverage.capabilities().size(); i++) {
      out.append(" :---: |");
    }
    out.append('\n');
    for (String id : coverage.entries()) {
      out.append("| `").append(id).append("` |");
      for (CapabilityCoverage c : coverage.capabilities()) {
        Optional<CoveredEntry> e = c.entries().stream().filter(x -> x.id().equals(id)).findFirst();
        out.append(' ').append(e.map(CoverageMarkdown::letter).orElse("")).append(" |");
      }
      out.append('\n');
    }
    return out.toString();
  }

  /** The role's title with its band, e.g. {@code MLOps / ML Platform Engineer (£50k)}. */
  static String roleName(Coverage coverage) {
    return coverage.role().title() + coverage.role().band().map(b -> " (" + b + ")").orElse("");
  }

  /** A whole percentage, e.g. {@code 88%}, rounding half up. */
  static String percent(double share) {
    return Math.round(share * 100) + "%";
  }

  /** A weight with up to two decimals and at least one, e.g. {@code 1.0}, {@code 0.75}. */
  static String weight(double weight) {
    String text = String.format(Locale.ROOT, "%.2f", weight);
    return text.endsWith("0") ? text.substring(0, text.length() - 1) : text;
  }

  private static String scoreLine(Coverage coverage) {
    int required = coverage.capabilities().size();
    String line = "Score: **" + percent(coverage.score()) + "** — " + coverage.backedCount() + " of " + required
        + " required capabilities (weight " + weight(coverage.backedWeight()) + " of " + weight(coverage.totalWeight())
        + ") backed by an achieved entry";
    if (coverage.verified()) {
      line += " whose evidence verified (" + percent(coverage.achievedScore()) + " before verification)";
    }
    return line + ".";
  }

  private static String ids(List<CoveredEntry> entries) {
    return entries.stream().map(e -> "`" + e.id() + "`" + (e.isUnverifiedAchievement() ? "\\*" : ""))
        .collect(Collectors.joining(", "));
  }

  private static String letter(CoveredEntry e) {
    switch (e.kind()) {
      case ACHIEVED:
        return e.isUnverifiedAchievement() ? "A\\*" : "A";
      case CURRENT:
        return "C";
      default:
        return "T";
    }
  }

  /** Text for a table cell: line breaks become spaces and pipes are escaped. */
  static String cell(String text) {
    return inline(text).replace("|", "\\|");
  }

  /** Text on one line, with control characters and bidirectional overrides taken out ({@link PlainText#printable}). */
  private static String inline(String text) {
    return PlainText.printable(text).replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
  }
}
