package io.experiencelake.render.coverage;

import static io.experiencelake.core.analysis.CoverageLakes.achieved;
import static io.experiencelake.core.analysis.CoverageLakes.entry;
import static io.experiencelake.core.analysis.CoverageLakes.lake;
import static org.assertj.core.api.Assertions.assertThat;

import io.experiencelake.core.ImmutableCapability;
import io.experiencelake.core.ImmutableLake;
import io.experiencelake.core.Lake;
import io.experiencelake.core.analysis.Coverage;
import io.experiencelake.core.analysis.CoverageLakes;
import io.experiencelake.core.verify.Verifier;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class CoverageHeatmapTests {

  private static final String SVG = CoverageHeatmap.svg(CoverageLakes.half());

  private static Document parse(String svg) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
  }

  /** The fill of each grid cell, row by row: the rect children of the {@code g} elements. */
  private static List<String> cellFills(Document doc) {
    List<String> fills = new ArrayList<>();
    NodeList groups = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "g");
    for (int i = 0; i < groups.getLength(); i++) {
      Element rect = (Element) ((Element) groups.item(i)).getElementsByTagNameNS("http://www.w3.org/2000/svg", "rect").item(0);
      fills.add(rect.getAttribute("fill"));
    }
    return fills;
  }

  @Test
  void isAWellFormedSvgDocument() throws Exception {
    Document doc = parse(SVG);
    assertThat(doc.getDocumentElement().getLocalName()).isEqualTo("svg");
    assertThat(doc.getDocumentElement().getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
    assertThat(SVG).endsWith("</svg>\n");
  }

  @Test
  void coloursEachCapabilityAndClusterByItsStrongestStatus() throws Exception {
    // Rows a, b, c; columns k1, k2. a: e1 achieved in k1. b: e2 current in k1, e3 target in k2.
    // c: e3 and e4 target and e5 current, all in k2, so current wins.
    String achieved = "#1a9850";
    String current = "#fdae61";
    String target = "#abd9e9";
    String none = "#f2f2f2";
    assertThat(cellFills(parse(SVG))).containsExactly(achieved, none, current, target, none, current);
  }

  @Test
  void writesTheNumberOfEntriesInEachCellAndHoverTextNamingThem() throws Exception {
    Element cell = (Element) parse(SVG).getElementsByTagNameNS("http://www.w3.org/2000/svg", "g").item(5);
    assertThat(cell.getTextContent()).startsWith("k2 × c: e3 (TARGET by 2027-05-01), e4 (TARGET, undated), e5 (CURRENT as of 2026-11-01)")
        .endsWith("3");
  }

  @Test
  void hasALegendForEveryStatusAndTheScore() {
    assertThat(SVG).contains(">achieved<", ">current (in progress)<", ">target (planned)<", ">no entry<")
        .contains("Score 50%: 1 of 3 required capabilities backed by an achieved entry; 2 gaps.")
        .contains(">GAP<", ">yes<")
        .doesNotContain("not verified");
  }

  @Test
  void escapesTextFromTheLake() throws Exception {
    String title = "<script>alert('R&D')</script>";
    Lake lake = ImmutableLake.copyOf(lake(List.of(CoverageLakes.role("r", "a", 1.0)), entry("e1", "k1", achieved(), "a")))
        .withCapabilities(ImmutableCapability.builder().id("a").title(title).build());
    String svg = CoverageHeatmap.svg(Coverage.of(lake, lake.roles().get(0)));
    assertThat(svg).doesNotContain("<script>");
    Document doc = parse(svg);
    assertThat(doc.getElementsByTagName("script").getLength()).isZero();
    assertThat(doc.getDocumentElement().getTextContent()).contains(title);
  }

  @Test
  void marksAnAchievedEntryWhoseEvidenceDidNotVerifyAndAddsItToTheLegend(@TempDir Path root) throws Exception {
    Lake lake = lake(List.of(CoverageLakes.role("r", "a", 1.0)), entry("e1", "k1", achieved(), "a"));
    String svg = CoverageHeatmap.svg(Coverage.of(lake, lake.roles().get(0), Verifier.of(root).verify(lake)));
    assertThat(cellFills(parse(svg))).containsExactly("#d73027", "#f2f2f2");
    assertThat(svg).contains(">achieved, evidence not verified<", "e1 (ACHIEVED on 2025-03-14, not verified)", ">GAP<");
  }

  @Test
  void isTheSameBytesEveryTimeAndInAnyLocale() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("ar-EG"));
      assertThat(CoverageHeatmap.svg(CoverageLakes.half())).isEqualTo(SVG);
    } finally {
      Locale.setDefault(before);
    }
  }
}
