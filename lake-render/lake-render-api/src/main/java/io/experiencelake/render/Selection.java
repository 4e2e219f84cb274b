package io.experiencelake.render;

import io.experiencelake.core.CapabilityWeight;
import io.experiencelake.core.Cluster;
import io.experiencelake.core.Diagnostic;
import io.experiencelake.core.EvidenceAnchor;
import io.experiencelake.core.Lake;
import io.experiencelake.core.LakeEntry;
import io.experiencelake.core.LakeException;
import io.experiencelake.core.ReportStat;
import io.experiencelake.core.RoleProfile;
import io.experiencelake.core.Rule;
import io.experiencelake.core.StatusKind;
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

/**
 * The entries a render uses, as {@link RenderOptions} select them, in lake order; shared by every
 * renderer so they all agree on what was sent.
 *
 * <pre>{@code
 * Selection selection = Selection.of(lake, options);
 * for (LakeEntry entry : selection.entries()) { ... }
 * }</pre>
 */
public final class Selection {

  private final List<LakeEntry> entries;
  private final List<Diagnostic> warnings;
  private final Optional<RoleProfile> role;

  private Selection(List<LakeEntry> entries, List<Diagnostic> warnings, Optional<RoleProfile> role) {
    this.entries = List.copyOf(entries);
    this.warnings = List.copyOf(warnings);
    this.role = role;
  }

  /**
   * Selects the entries of {@code lake} that {@code options} ask for; a cluster or an entry id
   * the options name that the lake lacks is a warning ({@link RenderDiagnostics#UNKNOWN_SELECTION}).
   *
   * @throws LakeException with a {@link Rule#UNKNOWN_REFERENCE} error at {@code /roles} when
   *     {@link RenderOptions#role()} names no role of the lake
   */
  public static Selection of(Lake lake, RenderOptions options) {
    Optional<RoleProfile> role = options.role().map(id -> lake.roles().stream()
        .filter(r -> r.id().equals(id))
        .findFirst()
        .orElseThrow(() -> LakeException.of(Rule.UNKNOWN_REFERENCE, "/roles",
            "the render options name role '" + id + "', which is not in the lake",
            lake.roles().isEmpty() ? "define the role under 'roles', or render without a role"
                : "use one of the lake's roles: " + lake.roles().stream().map(r -> "'" + r.id() + "'").collect(Collectors.joining(", ")))));
    List<Diagnostic> warnings = new ArrayList<>();
    // The id sets only when the options select by id: a large lake's sets cost more than the rest of a selection.
    Set<String> clusterIds = options.clusters().isEmpty() ? Set.of() : lake.clusters().stream().map(Cluster::id).collect(Collectors.toSet());
    options.clusters().stream().sorted().filter(c -> !clusterIds.contains(c)).forEach(c ->
        warnings.add(RenderDiagnostics.warning(RenderDiagnostics.UNKNOWN_SELECTION, "/clusters",
            "the render options select cluster '" + c + "', which is not in the lake", "correct the cluster id or drop it from the selection")));
    Set<String> entryIds = options.entries().isEmpty() ? Set.of() : lake.entries().stream().map(LakeEntry::id).collect(Collectors.toSet());
    Map<String, Integer> preference = new HashMap<>();
    for (String id : options.entries()) {
      if (!entryIds.contains(id) && !preference.containsKey(id)) {
        warnings.add(RenderDiagnostics.warning(RenderDiagnostics.UNKNOWN_SELECTION, "/entries",
            "the render options select entry '" + id + "', which is not in the lake", "correct the entry id or drop it from the selection"));
      }
      preference.putIfAbsent(id, preference.size());
    }
    Set<String> keywords = options.keywords().stream().map(k -> k.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    List<LakeEntry> selected = new ArrayList<>();
    for (LakeEntry entry : lake.entries()) {
      StatusKind kind = entry.status().kind();
      boolean chosen = (options.clusters().isEmpty() || options.clusters().contains(entry.cluster()))
          && (options.statuses().isEmpty() || options.statuses().contains(kind))
          && (kind != StatusKind.TARGET || options.includeTargets())
          && (keywords.isEmpty() || matches(entry, keywords))
          && (preference.isEmpty() || preference.containsKey(entry.id()));
      if (chosen) {
        selected.add(entry);
      }
    }
    if (options.maxEntries().isPresent() && selected.size() > options.maxEntries().getAsInt()) {
      int max = options.maxEntries().getAsInt();
      List<LakeEntry> ranked = new ArrayList<>(selected);
      if (!preference.isEmpty()) {
        ranked.sort(Comparator.comparingInt((LakeEntry e) -> preference.get(e.id())));
      } else {
        role.ifPresent(r -> ranked.sort(Comparator.comparingDouble((LakeEntry e) -> -roleScore(r, e))));
      }
      Set<LakeEntry> kept = new HashSet<>(ranked.subList(0, max));
      Map<String, Integer> index = new HashMap<>();
      for (int i = 0; i < lake.entries().size(); i++) {
        index.putIfAbsent(lake.entries().get(i).id(), i);
      }
      for (LakeEntry entry : selected) {
        if (!kept.contains(entry)) {
          warnings.add(RenderDiagnostics.warning(RenderDiagnostics.OVER_BUDGET, "/entries/" + index.get(entry.id()),
              "entry '" + entry.id() + "' was left out to keep to " + max + (max == 1 ? " entry" : " entries"),
              "raise maxEntries or narrow the selection"));
        }
      }
      selected.removeIf(e -> !kept.contains(e));
    }
    return new Selection(selected, warnings, role);
  }

  /** How well {@code entry} matches {@code role}: the summed weights of the required capabilities it demonstrates. */
  public static double roleScore(RoleProfile role, LakeEntry entry) {
    double score = 0;
    for (CapabilityWeight required : role.requires()) {
      if (entry.capabilities().contains(required.capability())) {
        score += required.weight();
      }
    }
    return score;
  }

  /**
   * {@code entries} with the strongest match for {@code role} first: by {@link #roleScore} (0
   * without a role), then ACHIEVED before CURRENT before TARGET, then by {@link #evidenceStrength},
   * then by id; the renderers that lead with their best work (cover letter, LinkedIn) share it.
   */
  public static List<LakeEntry> strongestFirst(List<LakeEntry> entries, Optional<RoleProfile> role) {
    // Each entry's keys once, not once per comparison: a sort compares each entry about log n times.
    List<Ranked> ranked = new ArrayList<>(entries.size());
    for (LakeEntry entry : entries) {
      ranked.add(new Ranked(entry, -role.map(r -> roleScore(r, entry)).orElse(0.0), entry.status().kind(), evidenceStrength(entry), entry.id()));
    }
    ranked.sort(null);
    List<LakeEntry> sorted = new ArrayList<>(ranked.size());
    for (Ranked r : ranked) {
      sorted.add(r.entry());
    }
    return List.copyOf(sorted);
  }

  /** An entry with its sort keys for {@link #strongestFirst}, in that order: score (negated), status, strength (reversed), id. */
  private record Ranked(LakeEntry entry, double negativeScore, StatusKind kind, int strength, String id) implements Comparable<Ranked> {

    @Override
    public int compareTo(Ranked other) {
      int byScore = Double.compare(negativeScore, other.negativeScore);
      if (byScore != 0) {
        return byScore;
      }
      int byKind = kind.compareTo(other.kind);
      if (byKind != 0) {
        return byKind;
      }
      int byStrength = Integer.compare(other.strength, strength);
      return byStrength != 0 ? byStrength : id.compareTo(other.id);
    }
  }

  /** How strongly an entry is backed: its verifiable anchors, plus one when its strongest figure pins its report's SHA-256. */
  public static int evidenceStrength(LakeEntry entry) {
    int verifiable = (int) entry.evidence().stream().filter(EvidenceAnchor::isVerifiable).count();
    return verifiable + (Figures.strongestStat(entry).flatMap(ReportStat::sha256).isPresent() ? 1 : 0);
  }

  /** The selected entries, in lake order. */
  public List<LakeEntry> entries() {
    return entries;
  }

  /** The selected entries of {@code kind}, in lake order. */
  public List<LakeEntry> entries(StatusKind kind) {
    return entries.stream().filter(e -> e.status().kind() == kind).collect(Collectors.toUnmodifiableList());
  }

  /** Warnings: clusters and entry ids selected that the lake lacks, entries left out to keep within {@link RenderOptions#maxEntries()}. */
  public List<Diagnostic> warnings() {
    return warnings;
  }

  /** The role rendered for, when the options name one. */
  public Optional<RoleProfile> role() {
    return role;
  }

  /** The ids of the selected entries, in lake order. */
  public List<String> ids() {
    return entries.stream().map(LakeEntry::id).collect(Collectors.toUnmodifiableList());
  }

  private static boolean matches(LakeEntry entry, Set<String> keywords) {
    String claim = entry.claim().toLowerCase(Locale.ROOT);
    for (String keyword : keywords) {
      if (claim.contains(keyword) || entry.keywords().stream().anyMatch(k -> k.toLowerCase(Locale.ROOT).equals(keyword))) {
        return true;
      }
    }
    return false;
  }
}
