package io.experiencelake.render.portfolio;

import io.experiencelake.core.analysis.Coverage;
import io.experiencelake.render.coverage.CoverageHeatmap;
import io.experiencelake.core.Achieved;
import io.experiencelake.core.Capability;
import io.experiencelake.core.CapabilityWeight;
import io.experiencelake.core.Cluster;
import io.experiencelake.core.Current;
import io.experiencelake.core.Engagement;
import io.experiencelake.core.EvidenceAnchor;
import io.experiencelake.core.Lake;
import io.experiencelake.core.LakeEntry;
import io.experiencelake.core.Link;
import io.experiencelake.core.Owner;
import io.experiencelake.core.Receipt;
import io.experiencelake.core.ReportStat;
import io.experiencelake.core.ReproStep;
import io.experiencelake.core.RoleProfile;
import io.experiencelake.core.RunOutput;
import io.experiencelake.core.StatusKind;
import io.experiencelake.core.Story;
import io.experiencelake.core.StoryId;
import io.experiencelake.core.Target;
import io.experiencelake.core.hash.LakeHashes;
import io.experiencelake.core.verify.AnchorResult;
import io.experiencelake.core.verify.EntryVerification;
import io.experiencelake.core.verify.VerificationReport;
import io.experiencelake.render.Artifact;
import io.experiencelake.render.ContactItem;
import io.experiencelake.render.Figures;
import io.experiencelake.render.PlainText;
import io.experiencelake.render.Prose;
import io.experiencelake.render.RenderOptions;
import io.experiencelake.render.Rendering;
import io.experiencelake.render.Phrasing;
import io.experiencelake.render.Selection;
import io.experiencelake.render.StatusLabels;
import io.experiencelake.render.html.Masthead;
import io.experiencelake.render.html.SiteView;
import io.experiencelake.render.html.Span;
import io.experiencelake.render.html.Templates;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The portfolio's HTML pages, laid out from one selection. */
final class Site {

  /** The folder the site's files go in, inside the output folder. */
  static final String DIR = "portfolio/";

  private static final String HTML = "text/html; charset=utf-8";

  /** The coverage heatmap of the selected role (capabilities by clusters), beside the index. */
  static final String HEATMAP = "coverage.svg";

  private final Lake lake;
  private final RenderOptions options;
  private final Selection selection;
  private final List<LakeEntry> shown;
  private final List<LakeEntry> targets;
  private final List<Cluster> clusters;
  private final String footer;
  private final Phrasing phrasing;
  // Lookups built once, so that no page scans every entry, cluster or verification of the lake.
  private final Map<String, List<LakeEntry>> shownByCluster = new HashMap<>();
  private final Map<String, List<LakeEntry>> targetsByCluster = new HashMap<>();
  private final Map<String, Cluster> clusterById = new HashMap<>();
  private final Map<String, Engagement> engagementById = new HashMap<>();
  private final Map<String, Capability> capabilityById = new HashMap<>();
  private final Map<String, EntryVerification> verificationById = new HashMap<>();

  Site(Lake lake, RenderOptions options) {
    this.lake = lake;
    this.options = options;
    this.selection = Selection.of(lake, options);
    this.phrasing = Phrasing.of(lake);
    this.shown = selection.entries().stream().filter(e -> e.status().kind() != StatusKind.TARGET).collect(Collectors.toList());
    this.targets = selection.entries(StatusKind.TARGET);
    List<Cluster> sorted = new ArrayList<>(lake.clusters());
    sorted.sort(Comparator.comparingInt(Cluster::rank).thenComparing(Cluster::id));
    Set<String> selectedClusters = new HashSet<>();
    for (LakeEntry entry : selection.entries()) {
      selectedClusters.add(entry.cluster());
      (entry.status().kind() == StatusKind.TARGET ? targetsByCluster : shownByCluster)
          .computeIfAbsent(entry.cluster(), k -> new ArrayList<>()).add(entry);
    }
    this.clusters = sorted.stream().filter(c -> selectedClusters.contains(c.id())).collect(Collectors.toList());
    lake.clusters().forEach(c -> clusterById.putIfAbsent(c.id(), c));
    lake.engagements().forEach(e -> engagementById.putIfAbsent(e.id(), e));
    lake.capabilities().forEach(c -> capabilityById.putIfAbsent(c.id(), c));
    options.verification().ifPresent(report -> report.entries().forEach(v -> verificationById.putIfAbsent(v.entryId(), v)));
    this.footer = "Rendered by Experience Lake " + Rendering.libraryVersion() + " as of " + options.today()
        + " \u00b7 lake sha256:" + LakeHashes.of(lake).hex().substring(0, 12) + "\u2026";
  }

  /** The pages and the stylesheet, index first. */
  List<Artifact> artifacts(String css) {
    List<Artifact> files = new ArrayList<>();
    files.add(Artifact.utf8(DIR + "index.html", HTML, index()));
    files.add(Artifact.utf8(DIR + "style.css", "text/css; charset=utf-8", css));
    selection.role().ifPresent(role -> files.add(Artifact.utf8(DIR + HEATMAP, "image/svg+xml",
        CoverageHeatmap.svg(options.verification().isPresent()
            ? Coverage.of(lake, role, options.verification().get())
            : Coverage.of(lake, role)))));
    for (Cluster cluster : clusters) {
      files.add(Artifact.utf8(DIR + "clusters/" + cluster.id() + ".html", HTML, clusterPage(cluster)));
    }
    for (LakeEntry entry : selection.entries()) {
      files.add(Artifact.utf8(DIR + "entries/" + entry.id() + ".html", HTML, entryPage(entry)));
    }
    return files;
  }

  /** The selection the site shows. */
  Selection selection() {
    return selection;
  }

  List<String> used() {
    return selection.ids();
  }

  // ---------------------------------------------------------------- pages

  private String index() {
    Owner owner = lake.owner();
    List<SiteView.Area> areas = new ArrayList<>();
    for (Cluster cluster : clusters) {
      List<LakeEntry> entries = shownByCluster.getOrDefault(cluster.id(), List.of());
      if (!entries.isEmpty()) {
        areas.add(new SiteView.Area("clusters/" + cluster.id() + ".html", cluster.title(), tier(cluster), cluster.why(), entryLinks(entries, "")));
      }
    }
    return Templates.siteIndex(new SiteView.Index(shell("", owner.name() + " \u2014 portfolio"), Masthead.of(owner.name(), owner.headline(), ContactItem.of(owner).stream()
            .filter(item -> item.kind() != ContactItem.Kind.PORTFOLIO).collect(Collectors.toList())),
        owner.summary().orElse(""), stats(), areas, coverage(), entryLinks(targets, "")));
  }

  private String clusterPage(Cluster cluster) {
    List<SiteView.Story> stories = new ArrayList<>();
    for (StoryId id : cluster.stories()) {
      lake.storyBank().find(id).ifPresent(story -> stories.add(new SiteView.Story(story.id().toString(), story.title(), story.challenge().orElse(""))));
    }
    return Templates.siteCluster(new SiteView.Cluster(shell("../", cluster.title()), "Area ranked " + cluster.rank() + " of " + lake.clusters().size(),
        cluster.title(), tier(cluster), cluster.why(), entryLinks(shownByCluster.getOrDefault(cluster.id(), List.of()), "../"), stories,
        entryLinks(targetsByCluster.getOrDefault(cluster.id(), List.of()), "../")));
  }

  private String entryPage(LakeEntry entry) {
    boolean target = entry.status() instanceof Target;
    Span area = Optional.ofNullable(clusterById.get(entry.cluster()))
        .map(c -> Span.link(c.title(), "../clusters/" + c.id() + ".html")).orElse(null);
    String engagement = entry.engagement().map(engagementById::get)
        .map(e -> PlainText.oneLine(e.role()) + " \u2014 " + PlainText.oneLine(e.name()) + " \u00b7 " + period(e)).orElse("");
    List<SiteView.Fact> facts = new ArrayList<>();
    if (entry.status() instanceof Current current) {
      facts.add(new SiteView.Fact("Progress", current.progress()));
    }
    facts.add(new SiteView.Fact("Constraint", entry.constraint()));
    facts.add(new SiteView.Fact(target ? "Plan" : "Decision", entry.decision().choice()));
    facts.add(new SiteView.Fact("Cost", entry.decision().consequence()));
    List<String> capabilities = entry.capabilities().stream().map(this::capabilityTitle).collect(Collectors.toList());
    List<SiteView.Story> stories = new ArrayList<>();
    for (StoryId id : entry.stories()) {
      stories.add(new SiteView.Story(id.toString(), lake.storyBank().find(id).map(Story::title).orElse(""), ""));
    }
    List<SiteView.Alternative> alternatives = entry.decision().alternatives().stream()
        .map(a -> new SiteView.Alternative(a.option(), a.whyNot())).collect(Collectors.toList());
    return Templates.siteEntry(new SiteView.Entry(shell("../", target ? "Planned work" : entry.claim()), area, target, entry.claim(),
        status(entry), engagement, facts, capabilities, stories,
        entry.keywords().stream().map(PlainText::oneLine).collect(Collectors.joining(", ")), alternatives, evidence(entry),
        options.verification().isEmpty()));
  }

  // ---------------------------------------------------------------- parts

  private SiteView.Shell shell(String root, String title) {
    return new SiteView.Shell(root, title, lake.owner().name(), lake.owner().headline(), footer);
  }

  private List<SiteView.Stat> stats() {
    List<SiteView.Stat> stats = new ArrayList<>();
    stats.add(new SiteView.Stat(Figures.number(selection.entries(StatusKind.ACHIEVED).size()), "achieved", false));
    stats.add(new SiteView.Stat(Figures.number(selection.entries(StatusKind.CURRENT).size()), "in progress", false));
    int anchors = shown.stream().mapToInt(e -> (int) e.evidence().stream().filter(EvidenceAnchor::isVerifiable).count()).sum();
    stats.add(new SiteView.Stat(Figures.number(anchors), anchors == 1 ? "evidence anchor" : "evidence anchors", false));
    if (options.verification().isPresent()) {
      int verified = 0;
      for (LakeEntry entry : shown) {
        for (int i = 0; i < entry.evidence().size(); i++) {
          if (result(entry, i).map(AnchorResult::isVerified).orElse(false)) {
            verified++;
          }
        }
      }
      stats.add(new SiteView.Stat(Figures.number(verified), "verified against the files", true));
    }
    return stats;
  }

  private List<SiteView.EntryLink> entryLinks(List<LakeEntry> entries, String root) {
    List<SiteView.EntryLink> links = new ArrayList<>();
    for (LakeEntry entry : entries) {
      String note = entry.status() instanceof Current current ? current.progress()
          : entry.status() instanceof Target ? "" : phrasing.extraFigure(entry).orElse("");
      links.add(new SiteView.EntryLink(root + "entries/" + entry.id() + ".html", entry.claim(), note, status(entry)));
    }
    return links;
  }

  /** The entry's status as a badge, worded by {@link StatusLabels} as every output words it; an entry in progress shows its progress on hover. */
  private static SiteView.Badge status(LakeEntry entry) {
    String label = StatusLabels.brief(entry.status());
    String text = Character.toUpperCase(label.charAt(0)) + label.substring(1);
    String kind = entry.status() instanceof Achieved ? "achieved" : entry.status() instanceof Current ? "current" : "target";
    return new SiteView.Badge(kind, text, entry.status() instanceof Current current ? current.progress() : "");
  }

  private static SiteView.Badge tier(Cluster cluster) {
    return new SiteView.Badge(cluster.tier().name().toLowerCase(Locale.ROOT), cluster.tier().name().equals("CORE") ? "Core" : "Optional", "");
  }

  private SiteView.Coverage coverage() {
    if (lake.capabilities().isEmpty()) {
      return null;
    }
    Optional<RoleProfile> role = selection.role();
    List<SiteView.CoverageRow> rows = new ArrayList<>();
    for (Capability capability : lake.capabilities()) {
      List<LakeEntry> showing = shown.stream().filter(e -> e.capabilities().contains(capability.id())).collect(Collectors.toList());
      String weight = role.flatMap(r -> r.requires().stream().filter(w -> w.capability().equals(capability.id()))
          .map(CapabilityWeight::weight).findFirst()).map(Figures::number).orElse("\u2014");
      long achieved = showing.stream().filter(e -> e.status().kind() == StatusKind.ACHIEVED).count();
      long current = showing.size() - achieved;
      List<Span> shownBy = showing.stream().map(e -> Span.link(e.id(), "entries/" + e.id() + ".html")).collect(Collectors.toList());
      rows.add(new SiteView.CoverageRow(capability.title(), capability.description().orElse(""), weight,
          achieved == 0 ? "\u2014" : Figures.number(achieved), current == 0 ? "\u2014" : Figures.number(current), shownBy));
    }
    return new SiteView.Coverage(
        role.map(r -> "Role weight: how much the " + PlainText.oneLine(r.title()) + " role asks for each capability (1 is essential).").orElse(""),
        role.isPresent() ? HEATMAP : "",
        role.map(r -> "Coverage heatmap for " + PlainText.oneLine(r.title()) + ": capabilities by cluster, coloured by the strongest status").orElse(""),
        role.isPresent(), rows);
  }

  private List<SiteView.Evidence> evidence(LakeEntry entry) {
    List<SiteView.Evidence> rows = new ArrayList<>();
    for (int i = 0; i < entry.evidence().size(); i++) {
      EvidenceAnchor anchor = entry.evidence().get(i);
      String link = anchor instanceof Link linkAnchor ? linkAnchor.uri().toString() : "";
      Optional<String> digest = digest(anchor);
      Optional<AnchorResult> result = result(entry, i);
      SiteView.Badge outcome = result.map(r -> new SiteView.Badge(r.outcome().label().replace(' ', '-'), capitalized(r.outcome().label()), r.detail()))
          .orElse(new SiteView.Badge("not-checked", "Not checked", ""));
      rows.add(new SiteView.Evidence(Integer.toString(i + 1), kind(anchor), Prose.describe(anchor), link,
          digest.map(hex -> "sha256:" + hex.substring(0, Math.min(12, hex.length())) + "\u2026").orElse("\u2014"),
          digest.map(hex -> "sha256 " + hex).orElse(""), outcome));
    }
    return rows;
  }

  /**
   * The verification report's result for the {@code index}-th anchor of {@code entry}, when the
   * options carry a report and it checked that very anchor; the entry's verification is found as
   * {@link VerificationReport#entry(String)} finds it (the first with the entry's id).
   */
  private Optional<AnchorResult> result(LakeEntry entry, int index) {
    EvidenceAnchor anchor = entry.evidence().get(index);
    return Optional.ofNullable(verificationById.get(entry.id()))
        .filter(v -> index < v.anchors().size())
        .map(v -> v.anchors().get(index))
        .filter(r -> r.anchor().equals(anchor));
  }

  private static Optional<String> digest(EvidenceAnchor anchor) {
    if (anchor instanceof RunOutput runOutput) {
      return Optional.of(runOutput.sha256());
    }
    if (anchor instanceof Receipt receipt) {
      return Optional.of(receipt.sha256());
    }
    if (anchor instanceof ReportStat reportStat) {
      return reportStat.sha256();
    }
    if (anchor instanceof ReproStep reproStep) {
      return reproStep.outputSha256();
    }
    return Optional.empty();
  }

  private static String kind(EvidenceAnchor anchor) {
    switch (anchor.kind()) {
      case RUN_OUTPUT:
        return "Run output";
      case RECEIPT:
        return "Receipt";
      case REPORT_STAT:
        return "Report figure";
      case REPRO_STEP:
        return "Repro step";
      default:
        return "Link";
    }
  }

  private String capabilityTitle(String id) {
    return Optional.ofNullable(capabilityById.get(id)).map(c -> PlainText.oneLine(c.title())).orElse(id);
  }

  private static String capitalized(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  static String period(Engagement engagement) {
    return PlainText.month(engagement.start()) + " \u2013 " + engagement.end().map(PlainText::month).orElse("present");
  }
}
