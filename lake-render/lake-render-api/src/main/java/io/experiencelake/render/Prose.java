package io.experiencelake.render;

import io.experiencelake.core.EvidenceAnchor;
import io.experiencelake.core.LakeEntry;
import io.experiencelake.core.Link;
import io.experiencelake.core.Receipt;
import io.experiencelake.core.ReportStat;
import io.experiencelake.core.RunOutput;
import io.experiencelake.core.verify.AnchorResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Plain-text phrases the prose renderers (cover letter, interview, LinkedIn) share, so an entry's
 * evidence reads the same in each; callers escape the result for their format.
 *
 * <pre>{@code
 * Prose.sentence("Cut failures to zero");   // "Cut failures to zero."
 * Prose.evidence(entry);   // ["failed loads per week: 0 loads (report-stat reports/loads.json /failed_per_week)", ...]
 * }</pre>
 */
public final class Prose {

  private Prose() {}

  /** The text on one line, ending with a full stop unless it already ends with {@code . ! ?} (or one inside a closing quote or bracket). */
  public static String sentence(String text) {
    String line = PlainText.oneLine(text);
    int end = line.length();
    while (end > 0 && ")]\"'\u201d\u2019".indexOf(line.charAt(end - 1)) >= 0) {
      end--;
    }
    if (line.isEmpty() || (end > 0 && ".!?".indexOf(line.charAt(end - 1)) >= 0)) {
      return line;
    }
    return line + ".";
  }

  /**
   * Each evidence anchor of {@code entry} in words, the strongest figure (see
   * {@link Figures#strongestStat}) first, then the others in the entry's order; a link last
   * and marked as a link, since it verifies nothing.
   */
  public static List<String> evidence(LakeEntry entry) {
    List<String> out = new ArrayList<>();
    Optional<ReportStat> strongest = Figures.strongestStat(entry);
    strongest.ifPresent(stat -> out.add(describe(stat)));
    List<String> links = new ArrayList<>();
    for (EvidenceAnchor anchor : entry.evidence()) {
      if (strongest.isPresent() && anchor == strongest.get()) {
        continue;
      }
      if (anchor instanceof Link) {
        links.add(describe(anchor));
      } else {
        out.add(describe(anchor));
      }
    }
    out.addAll(links);
    return List.copyOf(out);
  }

  /** One anchor in words: what it shows, then its label, e.g. {@code talk delivered (receipt receipts/talk.json)}. */
  public static String describe(EvidenceAnchor anchor) {
    String label = PlainText.oneLine(AnchorResult.labelOf(anchor));
    if (anchor instanceof ReportStat reportStat) {
      return Figures.describe(reportStat) + " (" + label + ")";
    }
    if (anchor instanceof Receipt receipt) {
      return PlainText.oneLine(receipt.attests()) + " (" + label + ")";
    }
    if (anchor instanceof RunOutput runOutput) {
      return runOutput.description().map(d -> PlainText.oneLine(d) + " (" + label + ")").orElse(label);
    }
    if (anchor instanceof Link link) {
      return link.title().map(t -> PlainText.oneLine(t) + " (" + label + ", unverified)").orElse(label + " (unverified)");
    }
    return label;
  }
}
