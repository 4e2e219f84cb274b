package io.experiencelake.tailor;

import io.experiencelake.core.StatusKind;
import io.experiencelake.core.analysis.StatusWords;
import io.experiencelake.render.Markdown;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Renders a {@link Tailoring} as {@code tailoring.md}: which entries were chosen for the job, in
 * order, and why each was chosen (its score, the job's terms it matched, the capabilities they
 * touch), with each entry's honest status.
 *
 * <p>Deterministic: the same tailoring gives the same string in any locale, ending with one line
 * break. The job's title, the claims and the capability titles are escaped as every renderer escapes
 * user text ({@link Markdown#escape}): on one line, with no control character and no markup.
 *
 * <pre>{@code
 * Files.writeString(out.resolve("tailoring.md"), TailoringMarkdown.render(tailoring));
 * }</pre>
 */
public final class TailoringMarkdown {

  private TailoringMarkdown() {}

  /** The Markdown of {@code tailoring}, starting with a level-1 heading. */
  public static String render(Tailoring tailoring) {
    StringBuilder out = new StringBuilder();
    out.append("# Tailoring: ").append(Markdown.escape(tailoring.jobTitle().orElse("a job ad"))).append("\n\n");
    out.append(String.format(Locale.ROOT,
        "%d of %d entries chosen%s, ranked by BM25 (k1 = %.1f, b = %.2f) of the job's %d terms over each entry's claim, "
            + "constraint, decision, keywords and capability titles; equal scores in entry-id order.\n",
        tailoring.entries().size(), tailoring.ranked(), tailoring.includesTargets() ? "" : " (TARGET entries left out)",
        Bm25.K1, Bm25.B, tailoring.jobTerms().size()));
    if (tailoring.entries().isEmpty()) {
      out.append("\nNo entry matches a term of the job.\n");
      return out.toString();
    }
    for (TailoredEntry entry : tailoring.entries()) {
      out.append(String.format(Locale.ROOT, "%n## %d. `%s` (score %.3f)%n%n", entry.rank(), entry.entryId(), entry.score()));
      out.append("> ").append(Markdown.escape(entry.claim())).append("\n\n");
      out.append("- Status: ").append(StatusWords.describe(entry.status()));
      if (entry.status().kind() == StatusKind.CURRENT) {
        out.append(" (in progress)");
      } else if (entry.status().kind() == StatusKind.TARGET) {
        out.append(" (a plan, not done)");
      }
      out.append('\n');
      out.append("- Matched terms: ").append(entry.matchedTerms().stream().map(TailoringMarkdown::code).collect(Collectors.joining(", ")))
          .append('\n');
      out.append("- Matched capabilities: ").append(entry.matchedCapabilities().isEmpty() ? "none"
          : entry.matchedCapabilities().stream().map(c -> Markdown.escape(c.title()) + " (`" + c.id() + "`)").collect(Collectors.joining(", ")))
          .append('\n');
    }
    return out.toString();
  }

  /**
   * {@code term} as a code span: between single backticks, or, when it holds a run of them (a job's
   * pair of words takes what stood between them), between one more than its longest run, padded.
   */
  private static String code(String term) {
    int longest = 0;
    for (int i = 0, run = 0; i < term.length(); i++) {
      run = term.charAt(i) == '`' ? run + 1 : 0;
      longest = Math.max(longest, run);
    }
    if (longest == 0) {
      return "`" + term + "`";
    }
    String fence = "`".repeat(longest + 1);
    return fence + " " + term + " " + fence;
  }
}
