package io.experiencelake.render.portfolio;

import io.experiencelake.core.analysis.Coverage;
import io.experiencelake.core.analysis.CoverageHeatmap;
import io.experiencelake.core.Achieved;
import io.experiencelake.core.Alternative;
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
import io.experiencelake.core.verify.Outcome;
import io.experiencelake.core.verify.VerificationReport;
import io.experiencelake.render.Artifact;
import io.experiencelake.render.Figures;
import io.experiencelake.render.PlainText;
import io.experiencelake.render.Prose;
import io.experiencelake.render.RenderOptions;
import io.experiencelake.render.Rendering;
import io.experiencelake.render.Selection;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
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
    Html h = new Html();
    open(h, "", owner.name() + " \u2014 portfolio");
    h.element("h1", "", PlainText.oneLine(owner.name())).element("p", "lede", PlainText.oneLine(owner.headline()));
    List<String> contact = new ArrayList<>();
    owner.location().ifPresent(contact::add);
    if (!contact.isEmpty() || owner.email().isPresent() || owner.url().isPresent()) {
      h.tag("<p class=\"contact\">");
      String separator = "";
      for (String part : contact) {
        h.text(separator).text(PlainText.oneLine(part));
        separator = " \u00b7 ";
      }
      if (owner.email().isPresent()) {
        h.text(separator).link("mailto:" + owner.email().get(), owner.email().get());
        separator = " \u00b7 ";
      }
      if (owner.url().isPresent()) {
        h.text(separator);
        if (Html.isWebAddress(owner.url().get())) {
          h.link(owner.url().get().toString(), owner.url().get().toString());
        } else {
          h.text(owner.url().get().toString());
        }
      }
      h.tag("</p>\n");
    }
    owner.summary().ifPresent(s -> h.element("p", "summary", PlainText.oneLine(s)).tag("\n"));
    stats(h);
    boolean work = !shown.isEmpty();
    h.tag("<nav class=\"jump\">");
    if (work) {
      h.link("#work", "Work by area");
    }
    if (!lake.capabilities().isEmpty()) {
      h.link("#coverage", "Capability coverage");
    }
    if (!targets.isEmpty()) {
      h.link("#next", "Next");
    }
    h.tag("</nav>\n");
    if (work) {
      h.tag("<h2 id=\"work\">").text("Work by area").tag("</h2>\n");
      for (Cluster cluster : clusters) {
        List<LakeEntry> entries = shownByCluster.getOrDefault(cluster.id(), List.of());
        if (entries.isEmpty()) {
          continue;
        }
        h.tag("<article class=\"card\">\n<h3>").link("clusters/" + cluster.id() + ".html", PlainText.oneLine(cluster.title())).tag(" ");
        tier(h, cluster);
        h.tag("</h3>\n").element("p", "why", PlainText.oneLine(cluster.why())).tag("\n");
        entryList(h, entries, "");
        h.tag("</article>\n");
      }
    }
    coverage(h);
    if (!targets.isEmpty()) {
      h.tag("<section class=\"next\" id=\"next\">\n").element("h2", "", "Next").tag("\n")
          .element("p", "note", "Planned work, not done yet.").tag("\n");
      entryList(h, targets, "");
      h.tag("</section>\n");
    }
    close(h);
    return h.toString();
  }

  private String clusterPage(Cluster cluster) {
    Html h = new Html();
    open(h, "../", cluster.title());
    h.tag("<p class=\"crumbs\">").link("../index.html", PlainText.oneLine(lake.owner().name())).text(" \u203a ").text(PlainText.oneLine(cluster.title())).tag("</p>\n");
    h.element("p", "eyebrow", "Area ranked " + cluster.rank() + " of " + lake.clusters().size()).tag("\n");
    h.tag("<h1 class=\"claim\">").text(PlainText.oneLine(cluster.title())).tag(" ");
    tier(h, cluster);
    h.tag("</h1>\n").element("p", "lede", PlainText.oneLine(cluster.why())).tag("\n");
    List<LakeEntry> entries = shownByCluster.getOrDefault(cluster.id(), List.of());
    if (!entries.isEmpty()) {
      h.element("h2", "", "Work").tag("\n");
      entryList(h, entries, "../");
    }
    List<Story> stories = new ArrayList<>();
    for (StoryId id : cluster.stories()) {
      lake.storyBank().find(id).ifPresent(stories::add);
    }
    if (!stories.isEmpty()) {
      h.element("h2", "", "Stories behind it").tag("\n<table>\n<thead><tr><th>Story</th><th>What happened</th></tr></thead>\n<tbody>\n");
      for (Story story : stories) {
        h.tag("<tr><td>").element("strong", "", story.id().toString()).tag("</td><td>").element("strong", "", PlainText.oneLine(story.title()));
        story.challenge().ifPresent(c -> h.tag("<br>").text(PlainText.oneLine(c)));
        h.tag("</td></tr>\n");
      }
      h.tag("</tbody>\n</table>\n");
    }
    List<LakeEntry> planned = targetsByCluster.getOrDefault(cluster.id(), List.of());
    if (!planned.isEmpty()) {
      h.tag("<section class=\"next\">\n").element("h2", "", "Next").tag("\n");
      entryList(h, planned, "../");
      h.tag("</section>\n");
    }
    close(h);
    return h.toString();
  }

  private String entryPage(LakeEntry entry) {
    Html h = new Html();
    boolean target = entry.status() instanceof Target;
    Optional<Cluster> cluster = Optional.ofNullable(clusterById.get(entry.cluster()));
    open(h, "../", target ? "Planned work" : PlainText.oneLine(entry.claim()));
    h.tag("<p class=\"crumbs\">").link("../index.html", PlainText.oneLine(lake.owner().name()));
    cluster.ifPresent(c -> h.text(" \u203a ").link("../clusters/" + c.id() + ".html", PlainText.oneLine(c.title())));
    h.tag("</p>\n");
    if (target) {
      h.element("h1", "", "Planned work").tag("\n<section class=\"next\">\n").element("h2", "", "Next").tag("\n");
      h.element("h3", "claim", PlainText.oneLine(entry.claim())).tag("\n");
    } else {
      h.element("h1", "claim", PlainText.oneLine(entry.claim())).tag("\n");
    }
    h.tag("<p class=\"status\">");
    status(h, entry);
    entry.engagement().map(engagementById::get).ifPresent(e ->
        h.element("span", "contact", PlainText.oneLine(e.role()) + " \u2014 " + PlainText.oneLine(e.name()) + " \u00b7 " + period(e)));
    h.tag("</p>\n<dl class=\"facts\">\n");
    if (entry.status() instanceof Current current) {
      fact(h, "Progress", PlainText.oneLine(current.progress()));
    }
    fact(h, "Constraint", PlainText.oneLine(entry.constraint()));
    fact(h, target ? "Plan" : "Decision", PlainText.oneLine(entry.decision().choice()));
    fact(h, "Cost", PlainText.oneLine(entry.decision().consequence()));
    if (!entry.capabilities().isEmpty()) {
      h.tag("<dt>Capabilities</dt><dd><ul class=\"chips\">");
      for (String id : entry.capabilities()) {
        h.element("li", "", capabilityTitle(id));
      }
      h.tag("</ul></dd>\n");
    }
    if (!entry.stories().isEmpty()) {
      h.tag("<dt>Stories</dt><dd><ul class=\"plain\">");
      for (StoryId id : entry.stories()) {
        h.tag("<li>").element("span", "story-id", id.toString()).text(lake.storyBank().find(id).map(s -> PlainText.oneLine(s.title())).orElse("")).tag("</li>");
      }
      h.tag("</ul></dd>\n");
    }
    if (!entry.keywords().isEmpty()) {
      fact(h, "Keywords", entry.keywords().stream().map(PlainText::oneLine).collect(Collectors.joining(", ")));
    }
    h.tag("</dl>\n");
    List<Alternative> alternatives = entry.decision().alternatives();
    if (!alternatives.isEmpty()) {
      h.element("h2", "", "Alternatives considered").tag("\n<table>\n<thead><tr><th>Option</th><th>Why not</th></tr></thead>\n<tbody>\n");
      for (Alternative alternative : alternatives) {
        h.tag("<tr><td>").text(PlainText.oneLine(alternative.option())).tag("</td><td>").text(PlainText.oneLine(alternative.whyNot())).tag("</td></tr>\n");
      }
      h.tag("</tbody>\n</table>\n");
    }
    evidence(h, entry);
    if (target) {
      h.tag("</section>\n");
    }
    close(h);
    return h.toString();
  }

  // ---------------------------------------------------------------- parts

  private void open(Html h, String root, String title) {
    h.tag("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>");
    h.text(PlainText.oneLine(title)).tag("</title>\n<link rel=\"stylesheet\" href=\"").tag(root).tag("style.css\">\n</head>\n<body>\n");
    h.tag("<header class=\"site\"><div class=\"wrap\">").tag("<a class=\"name\" href=\"").tag(root).tag("index.html\">")
        .text(PlainText.oneLine(lake.owner().name())).tag("</a>").element("span", "headline", PlainText.oneLine(lake.owner().headline()))
        .tag("</div></header>\n<main class=\"wrap\">\n");
  }

  private void close(Html h) {
    h.tag("</main>\n<footer class=\"wrap\">").text(footer).tag("</footer>\n</body>\n</html>\n");
  }

  private void stats(Html h) {
    h.tag("<ul class=\"stats\">\n");
    stat(h, selection.entries(StatusKind.ACHIEVED).size(), "achieved");
    stat(h, selection.entries(StatusKind.CURRENT).size(), "in progress");
    int anchors = shown.stream().mapToInt(e -> (int) e.evidence().stream().filter(EvidenceAnchor::isVerifiable).count()).sum();
    stat(h, anchors, anchors == 1 ? "evidence anchor" : "evidence anchors");
    options.verification().ifPresent(report -> {
      int verified = 0;
      for (LakeEntry entry : shown) {
        for (int i = 0; i < entry.evidence().size(); i++) {
          if (result(entry, i).map(AnchorResult::isVerified).orElse(false)) {
            verified++;
          }
        }
      }
      h.tag("<li class=\"good\">").element("strong", "", Figures.number(verified)).tag(" ").element("span", "", "verified against the files").tag("</li>\n");
    });
    h.tag("</ul>\n");
  }

  private static void stat(Html h, int count, String label) {
    h.tag("<li>").element("strong", "", Figures.number(count)).tag(" ").element("span", "", label).tag("</li>\n");
  }

  private void entryList(Html h, List<LakeEntry> entries, String root) {
    h.tag("<ul class=\"entries\">\n");
    for (LakeEntry entry : entries) {
      h.tag("<li><div>").link(root + "entries/" + entry.id() + ".html", PlainText.oneLine(entry.claim()));
      Optional<String> note = entry.status() instanceof Current ? Optional.of(PlainText.oneLine(((Current) entry.status()).progress()))
          : entry.status() instanceof Target ? Optional.empty() : Figures.strongest(entry).map(PlainText::oneLine);
      note.ifPresent(n -> h.element("span", "figure", n));
      h.tag("</div>");
      status(h, entry);
      h.tag("</li>\n");
    }
    h.tag("</ul>\n");
  }

  private static void status(Html h, LakeEntry entry) {
    if (entry.status() instanceof Achieved achieved) {
      h.badge("achieved", "Achieved \u00b7 " + achieved.on(), "");
    } else if (entry.status() instanceof Current current) {
      h.badge("current", "In progress \u00b7 as of " + current.asOf(), PlainText.oneLine(current.progress()));
    } else {
      h.badge("target", ((Target) entry.status()).by().map(by -> "Planned \u00b7 by " + by).orElse("Planned"), "");
    }
  }

  private static void tier(Html h, Cluster cluster) {
    h.badge(cluster.tier().name().toLowerCase(java.util.Locale.ROOT), cluster.tier().name().equals("CORE") ? "Core" : "Optional", "");
  }

  private static void fact(Html h, String term, String description) {
    h.element("dt", "", term).element("dd", "", description).tag("\n");
  }

  private void coverage(Html h) {
    if (lake.capabilities().isEmpty()) {
      return;
    }
    Optional<RoleProfile> role = selection.role();
    h.tag("<h2 id=\"coverage\">").text("Capability coverage").tag("</h2>\n");
    role.ifPresent(r -> h.element("p", "note", "Role weight: how much the " + PlainText.oneLine(r.title()) + " role asks for each capability (1 is essential).").tag("\n"));
    role.ifPresent(r -> h.tag("<figure class=\"heatmap\">")
        .image(HEATMAP, "Coverage heatmap for " + PlainText.oneLine(r.title()) + ": capabilities by cluster, coloured by the strongest status")
        .tag("</figure>\n"));
    h.tag("<table class=\"coverage\">\n<thead><tr><th>Capability</th>");
    role.ifPresent(r -> h.tag("<th class=\"num\">Role weight</th>"));
    h.tag("<th class=\"num\">Achieved</th><th class=\"num\">In progress</th><th>Shown by</th></tr></thead>\n<tbody>\n");
    for (Capability capability : lake.capabilities()) {
      List<LakeEntry> showing = shown.stream().filter(e -> e.capabilities().contains(capability.id())).collect(Collectors.toList());
      h.tag("<tr><td>").element("strong", "", PlainText.oneLine(capability.title()));
      capability.description().ifPresent(d -> h.tag("<br>").element("span", "figure", PlainText.oneLine(d)));
      h.tag("</td>");
      role.ifPresent(r -> h.tag("<td class=\"num\">").text(r.requires().stream().filter(w -> w.capability().equals(capability.id()))
          .map(CapabilityWeight::weight).findFirst().map(Figures::number).orElse("\u2014")).tag("</td>"));
      long achieved = showing.stream().filter(e -> e.status().kind() == StatusKind.ACHIEVED).count();
      long current = showing.size() - achieved;
      h.tag("<td class=\"num\">").text(achieved == 0 ? "\u2014" : Figures.number(achieved)).tag("</td>");
      h.tag("<td class=\"num\">").text(current == 0 ? "\u2014" : Figures.number(current)).tag("</td><td>");
      String separator = "";
      for (LakeEntry entry : showing) {
        h.text(separator).link("entries/" + entry.id() + ".html", entry.id());
        separator = ", ";
      }
      if (showing.isEmpty()) {
        h.element("span", "figure", "not shown yet");
      }
      h.tag("</td></tr>\n");
    }
    h.tag("</tbody>\n</table>\n");
  }

  private void evidence(Html h, LakeEntry entry) {
    h.element("h2", "", "Evidence").tag("\n");
    if (entry.evidence().isEmpty()) {
      h.element("p", "note", "No evidence yet.").tag("\n");
      return;
    }
    h.tag("<table class=\"evidence\">\n<thead><tr><th>#</th><th>Kind</th><th>What it shows</th><th>Digest</th><th>Verification</th></tr></thead>\n<tbody>\n");
    for (int i = 0; i < entry.evidence().size(); i++) {
      EvidenceAnchor anchor = entry.evidence().get(i);
      h.tag("<tr><td class=\"num\">").text(Integer.toString(i + 1)).tag("</td><td>").text(kind(anchor)).tag("</td><td>");
      h.text(Prose.describe(anchor));
      if (anchor instanceof Link link && Html.isWebAddress(link.uri())) {
        h.tag("<br>").link(link.uri().toString(), "open link");
      }
      h.tag("</td><td>");
      Optional<String> digest = digest(anchor);
      if (digest.isPresent()) {
        h.digest("sha256", digest.get());
      } else {
        h.text("\u2014");
      }
      h.tag("</td><td>");
      int index = i;
      Optional<AnchorResult> result = result(entry, index);
      if (result.isPresent()) {
        Outcome outcome = result.get().outcome();
        h.badge(outcome.label().replace(' ', '-'), capitalized(outcome.label()), result.get().detail());
      } else {
        h.badge("not-checked", "Not checked", "");
      }
      h.tag("</td></tr>\n");
    }
    h.tag("</tbody>\n</table>\n");
    if (options.verification().isEmpty()) {
      h.element("p", "note", "The evidence was not verified for this render; digests pin the exact files a reviewer can check.").tag("\n");
    }
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
