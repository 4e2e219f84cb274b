package io.experiencelake.render.portfolio;

import io.experiencelake.core.Capability;
import io.experiencelake.core.Cluster;
import io.experiencelake.core.Lake;
import io.experiencelake.core.LakeEntry;
import io.experiencelake.core.StatusKind;
import io.experiencelake.render.Figures;
import io.experiencelake.render.Markdown;
import io.experiencelake.render.Phrasing;
import io.experiencelake.render.Selection;
import io.experiencelake.render.StatusLabels;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The portfolio as one Markdown file: areas with their entries, capability coverage, then "Next". */
final class PortfolioMarkdown {

  private PortfolioMarkdown() {}

  static String of(Lake lake, Selection selection) {
    Phrasing phrasing = Phrasing.of(lake);
    List<LakeEntry> shown = selection.entries().stream().filter(e -> e.status().kind() != StatusKind.TARGET).collect(Collectors.toList());
    StringBuilder out = new StringBuilder();
    out.append("# ").append(Markdown.escape(lake.owner().name())).append(" — portfolio\n\n");
    out.append(Markdown.escape(lake.owner().headline())).append('\n');
    lake.owner().summary().ifPresent(s -> out.append('\n').append(Markdown.escape(s)).append('\n'));
    List<Cluster> clusters = new ArrayList<>(lake.clusters());
    clusters.sort(Comparator.comparingInt(Cluster::rank).thenComparing(Cluster::id));
    // The shown entries of each cluster, in lake order: one pass, not one per cluster.
    Map<String, List<LakeEntry>> byCluster = new HashMap<>();
    for (LakeEntry entry : shown) {
      byCluster.computeIfAbsent(entry.cluster(), k -> new ArrayList<>()).add(entry);
    }
    for (Cluster cluster : clusters) {
      List<LakeEntry> entries = byCluster.getOrDefault(cluster.id(), List.of());
      if (entries.isEmpty()) {
        continue;
      }
      out.append("\n## ").append(Markdown.escape(cluster.title())).append("\n\n").append(Markdown.escape(cluster.why())).append("\n\n");
      for (LakeEntry entry : entries) {
        out.append("- ").append(Markdown.escape(phrasing.line(entry)));
        if (entry.status().kind() == StatusKind.ACHIEVED) {
          out.append(" — ").append(StatusLabels.brief(entry.status()));
        }
        out.append('\n');
      }
    }
    if (!lake.capabilities().isEmpty()) {
      out.append("\n## Capability coverage\n\n| Capability | Achieved | In progress |\n| --- | ---: | ---: |\n");
      for (Capability capability : lake.capabilities()) {
        long achieved = shown.stream().filter(e -> e.capabilities().contains(capability.id()) && e.status().kind() == StatusKind.ACHIEVED).count();
        long current = shown.stream().filter(e -> e.capabilities().contains(capability.id()) && e.status().kind() == StatusKind.CURRENT).count();
        out.append("| ").append(Markdown.escape(capability.title())).append(" | ").append(Figures.number(achieved))
            .append(" | ").append(Figures.number(current)).append(" |\n");
      }
    }
    List<LakeEntry> targets = selection.entries(StatusKind.TARGET);
    if (!targets.isEmpty()) {
      out.append("\n## Next\n\n");
      for (LakeEntry entry : targets) {
        out.append("- ").append(Markdown.escape(phrasing.line(entry))).append('\n');
      }
    }
    return out.toString();
  }
}
