package io.experiencelake.render.coverage;

import io.experiencelake.core.Cluster;
import io.experiencelake.core.StatusKind;
import io.experiencelake.core.analysis.CapabilityCoverage;
import io.experiencelake.core.analysis.Coverage;
import io.experiencelake.core.analysis.CoveredEntry;
import io.experiencelake.core.analysis.Gap;
import io.experiencelake.render.PlainText;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.owasp.encoder.Encode;

/**
 * Renders a {@link Coverage} as an SVG heatmap: required capabilities down, the lake's clusters
 * across, each cell coloured by the strongest status of the entries of that cluster that
 * demonstrate that capability (achieved, current, target or none), with the number of those
 * entries, a legend, and each row's weight and whether it is backed.
 *
 * <p>The output is deterministic: integer coordinates, text widths estimated from character
 * counts rather than measured, no dates or random ids. Every piece of text from the lake is
 * element content escaped with the OWASP Java Encoder ({@code Encode.forXmlContent}), so a title
 * such as {@code <script>} or {@code R&D} stays text; no lake text goes into an attribute.
 * Hovering a cell shows its entries and their statuses.
 *
 * <pre>{@code
 * Files.writeString(Path.of("coverage.svg"), CoverageHeatmap.svg(coverage));
 * }</pre>
 */
public final class CoverageHeatmap {

  /** What a cell shows, strongest first. */
  private enum Shade {
    ACHIEVED("achieved", "#1a9850", "#ffffff"),
    UNVERIFIED("achieved, evidence not verified", "#d73027", "#ffffff"),
    CURRENT("current (in progress)", "#fdae61", "#1a1a1a"),
    TARGET("target (planned)", "#abd9e9", "#1a1a1a"),
    NONE("no entry", "#f2f2f2", "#1a1a1a");

    final String label;
    final String fill;
    final String ink;

    Shade(String label, String fill, String ink) {
      this.label = label;
      this.fill = fill;
      this.ink = ink;
    }
  }

  private static final String FONT = "DejaVu Sans, Helvetica, Arial, sans-serif";
  private static final int MARGIN = 24;
  private static final int CELL_WIDTH = 52;
  private static final int CELL_HEIGHT = 36;
  private static final int WEIGHT_WIDTH = 56;
  private static final int BACKED_WIDTH = 76;
  private static final int FONT_SIZE = 13;
  /** Average advance of a character at {@link #FONT_SIZE}, in pixels, for estimating text widths. */
  private static final double CHAR_WIDTH = 7.2;
  private static final int MAX_LABEL_CHARS = 44;
  private static final int MAX_CLUSTER_CHARS = 28;
  /** Column headers are turned by this many degrees; the header is tall enough for the longest one. */
  private static final int HEADER_ANGLE = 45;

  private CoverageHeatmap() {}

  /** The SVG document of {@code coverage}, UTF-8 text ending with one line break. */
  public static String svg(Coverage coverage) {
    List<Cluster> clusters = coverage.clusters();
    List<CapabilityCoverage> rows = coverage.capabilities();

    int labelChars = 10;
    for (CapabilityCoverage row : rows) {
      labelChars = Math.max(labelChars, Math.min(MAX_LABEL_CHARS, row.title().length()));
    }
    int labelWidth = (int) Math.ceil(labelChars * CHAR_WIDTH) + 16;
    int headerChars = 6;
    for (Cluster cluster : clusters) {
      headerChars = Math.max(headerChars, Math.min(MAX_CLUSTER_CHARS, columnLabel(cluster).length()));
    }
    int headerReach = (int) Math.ceil(headerChars * CHAR_WIDTH * Math.sin(Math.toRadians(HEADER_ANGLE)));
    int headerHeight = headerReach + 24;

    int gridLeft = MARGIN + labelWidth + WEIGHT_WIDTH;
    int gridTop = MARGIN + 58 + headerHeight;
    int gridWidth = clusters.size() * CELL_WIDTH;
    // The last column's turned header reaches right of its centre as far as it rises.
    int width = Math.max(gridLeft + gridWidth + BACKED_WIDTH, gridLeft + gridWidth - CELL_WIDTH / 2 + headerReach) + MARGIN;
    int legendTop = gridTop + rows.size() * CELL_HEIGHT + 28;
    int height = legendTop + 2 * 26 + MARGIN;
    width = Math.max(width, MARGIN * 2 + 640);

    Svg svg = new Svg();
    String name = CoverageMarkdown.roleName(coverage);
    svg.open("svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + width + "\" height=\"" + height + "\" viewBox=\"0 0 " + width
        + " " + height + "\" role=\"img\" aria-labelledby=\"heatmap-title heatmap-desc\" font-family=\"" + FONT + "\" font-size=\""
        + FONT_SIZE + "\"");
    svg.line("<title id=\"heatmap-title\">" + text("Coverage of " + name) + "</title>");
    svg.line("<desc id=\"heatmap-desc\">" + text(description(coverage)) + "</desc>");
    svg.line("<rect x=\"0\" y=\"0\" width=\"" + width + "\" height=\"" + height + "\" fill=\"#ffffff\"/>");

    svg.line("<text x=\"" + MARGIN + "\" y=\"" + (MARGIN + 18) + "\" font-size=\"18\" font-weight=\"bold\" fill=\"#1a1a1a\">"
        + text("Coverage: " + name) + "</text>");
    svg.line("<text x=\"" + MARGIN + "\" y=\"" + (MARGIN + 42) + "\" fill=\"#333333\">" + text(summary(coverage)) + "</text>");

    // Column headers: cluster rank and id, turned, with the full title on hover.
    int headerBaseline = gridTop - 8;
    for (int c = 0; c < clusters.size(); c++) {
      Cluster cluster = clusters.get(c);
      int x = gridLeft + c * CELL_WIDTH + CELL_WIDTH / 2;
      svg.line("<text x=\"" + x + "\" y=\"" + headerBaseline + "\" transform=\"rotate(-" + HEADER_ANGLE + " " + x + " " + headerBaseline
          + ")\" fill=\"#1a1a1a\"><title>" + text(cluster.title()) + "</title>"
          + text(truncate(columnLabel(cluster), MAX_CLUSTER_CHARS)) + "</text>");
    }
    svg.line("<text x=\"" + (gridLeft - 8) + "\" y=\"" + headerBaseline + "\" text-anchor=\"end\" font-weight=\"bold\" fill=\"#555555\">"
        + "weight</text>");
    svg.line("<text x=\"" + (gridLeft + gridWidth + 10) + "\" y=\"" + headerBaseline + "\" font-weight=\"bold\" fill=\"#555555\">"
        + "backed</text>");

    Set<Shade> used = EnumSet.noneOf(Shade.class);
    for (int r = 0; r < rows.size(); r++) {
      CapabilityCoverage row = rows.get(r);
      int y = gridTop + r * CELL_HEIGHT;
      int baseline = y + CELL_HEIGHT / 2 + 5;
      svg.line("<text x=\"" + MARGIN + "\" y=\"" + baseline + "\" fill=\"#1a1a1a\"><title>" + text(row.title() + " (" + row.capability() + ")")
          + "</title>" + text(truncate(row.title(), MAX_LABEL_CHARS)) + "</text>");
      svg.line("<text x=\"" + (gridLeft - 8) + "\" y=\"" + baseline + "\" text-anchor=\"end\" fill=\"#333333\">"
          + CoverageMarkdown.weight(row.weight()) + "</text>");
      // The row's entries by cluster, grouped once: asking each cell for its own made the heatmap quadratic.
      Map<String, List<CoveredEntry>> byCluster = row.entries().stream()
          .collect(Collectors.groupingBy(CoveredEntry::cluster, LinkedHashMap::new, Collectors.toList()));
      for (int c = 0; c < clusters.size(); c++) {
        List<CoveredEntry> entries = byCluster.getOrDefault(clusters.get(c).id(), List.of());
        Shade shade = shade(entries);
        used.add(shade);
        int x = gridLeft + c * CELL_WIDTH;
        String tip = clusters.get(c).id() + " × " + row.capability() + ": " + (entries.isEmpty() ? "no entry"
            : entries.stream().map(e -> e.id() + " (" + e.describeStatus() + (e.isUnverifiedAchievement() ? ", not verified" : "") + ")")
                .collect(Collectors.joining(", ")));
        svg.line("<g><title>" + text(tip) + "</title>"
            + "<rect x=\"" + (x + 1) + "\" y=\"" + (y + 1) + "\" width=\"" + (CELL_WIDTH - 2) + "\" height=\"" + (CELL_HEIGHT - 2)
            + "\" rx=\"3\" fill=\"" + shade.fill + "\" stroke=\"#d0d0d0\"/>"
            + (entries.isEmpty() ? "" : "<text x=\"" + (x + CELL_WIDTH / 2) + "\" y=\"" + baseline + "\" text-anchor=\"middle\" fill=\""
                + shade.ink + "\">" + entries.size() + "</text>")
            + "</g>");
      }
      svg.line("<text x=\"" + (gridLeft + gridWidth + 10) + "\" y=\"" + baseline + "\" fill=\"" + (row.isBacked() ? "#1a7f37" : "#b42318")
          + "\" font-weight=\"bold\">" + (row.isBacked() ? "yes" : "GAP") + "</text>");
    }

    // Legend: every state, so a reader knows what an absent colour would mean; "not verified" only when shown.
    int x = MARGIN;
    int y = legendTop;
    List<Shade> legend = new ArrayList<>();
    for (Shade shade : Shade.values()) {
      if (shade != Shade.UNVERIFIED || used.contains(shade)) {
        legend.add(shade);
      }
    }
    for (Shade shade : legend) {
      svg.line("<rect x=\"" + x + "\" y=\"" + y + "\" width=\"18\" height=\"18\" rx=\"3\" fill=\"" + shade.fill + "\" stroke=\"#d0d0d0\"/>");
      svg.line("<text x=\"" + (x + 24) + "\" y=\"" + (y + 14) + "\" fill=\"#1a1a1a\">" + text(shade.label) + "</text>");
      x += 24 + (int) Math.ceil(shade.label.length() * CHAR_WIDTH) + 22;
    }
    svg.line("<text x=\"" + MARGIN + "\" y=\"" + (y + 42) + "\" fill=\"#555555\">"
        + text("Each cell: the strongest status of the cluster's entries that demonstrate the capability; the number counts them.")
        + "</text>");
    svg.close("svg");
    return svg.toString();
  }

  private static Shade shade(List<CoveredEntry> entries) {
    if (entries.stream().anyMatch(CoveredEntry::backs)) {
      return Shade.ACHIEVED;
    }
    if (entries.stream().anyMatch(CoveredEntry::isUnverifiedAchievement)) {
      return Shade.UNVERIFIED;
    }
    if (entries.stream().anyMatch(e -> e.kind() == StatusKind.CURRENT)) {
      return Shade.CURRENT;
    }
    return entries.isEmpty() ? Shade.NONE : Shade.TARGET;
  }

  private static String columnLabel(Cluster cluster) {
    return cluster.rank() + " " + cluster.id();
  }

  private static String summary(Coverage coverage) {
    String line = "Score " + CoverageMarkdown.percent(coverage.score()) + ": " + coverage.backedCount() + " of "
        + coverage.capabilities().size() + " required capabilities backed by an achieved entry"
        + (coverage.verified() ? " with verified evidence" : "");
    int gaps = coverage.gaps().size();
    return line + (gaps == 0 ? "; no gaps." : "; " + gaps + (gaps == 1 ? " gap." : " gaps."));
  }

  private static String description(Coverage coverage) {
    StringBuilder out = new StringBuilder(summary(coverage));
    for (CapabilityCoverage row : coverage.capabilities()) {
      out.append(' ').append(row.title()).append(": ")
          .append(row.strongest().map(k -> k.name().toLowerCase(java.util.Locale.ROOT)).orElse("no entry"))
          .append(row.isBacked() ? ", backed." : ", not backed.");
    }
    return out.toString();
  }

  private static String truncate(String text, int max) {
    if (text.codePointCount(0, text.length()) <= max) {
      return text;
    }
    return text.substring(0, text.offsetByCodePoints(0, max - 1)).stripTrailing() + "…";
  }

  /** Text content, with control characters and bidirectional overrides taken out ({@link PlainText#printable}), escaped for XML. */
  private static String text(String raw) {
    return Encode.forXmlContent(PlainText.printable(raw));
  }

  /** Lines of an SVG document, indented by nesting. */
  private static final class Svg {
    private final StringBuilder out = new StringBuilder();
    private int depth;

    Svg() {
      out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    }

    void open(String tag) {
      line("<" + tag + ">");
      depth++;
    }

    void close(String name) {
      depth--;
      line("</" + name + ">");
    }

    void line(String text) {
      out.append("  ".repeat(depth)).append(text).append('\n');
    }

    @Override
    public String toString() {
      return out.toString();
    }
  }
}
