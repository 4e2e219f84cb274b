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
import io.experiencelake.core.verify.EntryVerification;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The entries a render uses, as {@link RenderOptions} select them, in lake order, and their rank
 * for documents that show only the best few; shared by every renderer so they all agree on what
 * was sent and in what order of strength.
 *
 * <pre>{@code
 * Selection selection = Selection.of(lake, options);
 * for (LakeEntry entry : selection.entries()) { ... }   // lake order
 * List<LakeEntry> best = selection.ranked();            // best first
 * }</pre>
 */
public final class Selection {

  private final List<LakeEntry> entries;
  private final List<Diagnostic> warnings;
  private final Ranking ranking;

  private Selection(List<LakeEntry> entries, List<Diagnostic> warnings, Ranking ranking) {
    this.entries = List.copyOf(entries);
    this.warnings = List.copyOf(warnings);
    this.ranking = ranking;
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
    Ranking ranking = new Ranking(lake, role, preference, options);
    if (options.maxEntries().isPresent() && selected.size() > options.maxEntries().getAsInt()) {
      int max = options.maxEntries().getAsInt();
      Set<LakeEntry> kept = new HashSet<>(ranking.rank(selected).subList(0, max));
      for (LakeEntry entry : selected) {
        if (!kept.contains(entry)) {
          warnings.add(RenderDiagnostics.warning(RenderDiagnostics.OVER_BUDGET, "/entries/" + ranking.index(entry),
              "entry '" + entry.id() + "' was left out to keep to " + max + (max == 1 ? " entry" : " entries"),
              "raise maxEntries or narrow the selection"));
        }
      }
      selected.removeIf(e -> !kept.contains(e));
    }
    return new Selection(selected, warnings, ranking);
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
   * The selected entries best first, the order documents that show only a few (a CV's bullets
   * per engagement, a cover letter, LinkedIn's highlights) take them in.
   *
   * <p>When the options name {@link RenderOptions#entries()} (a pick, such as the entries
   * tailoring chose for a job ad by their score), their order is the rank. Otherwise entries rank
   * by strength: ACHIEVED with a verified figure (a report stat that verified, when the options
   * carry a verification report; else one that pins its report's SHA-256) first, then ACHIEVED,
   * then CURRENT, then TARGET; with a role, each entry's strength is weighted by the role's
   * required capabilities it demonstrates ({@link #roleScore} times 1, 0.8, 0.5 and 0.3 for the
   * four tiers), so a strong match in progress can outrank a done piece of work the role does not
   * ask for. Ties go to the stronger tier, then to more verifiable evidence
   * ({@link #evidenceStrength}), then to lake order.
   */
  public List<LakeEntry> ranked() {
    return ranking.rank(entries);
  }

  /** {@code entries} (some of the selected ones) in the order of {@link #ranked()}. */
  public List<LakeEntry> rank(List<LakeEntry> entries) {
    return ranking.rank(entries);
  }

  /** Where {@code entry} is in the lake, for a JSON Pointer such as {@code /entries/3}; -1 when it is not the lake's. */
  public int indexOf(LakeEntry entry) {
    return ranking.index(entry);
  }

  /** Whether {@code entry} is ACHIEVED with a verified figure, the first tier of {@link #ranked()}. */
  public boolean hasVerifiedFigure(LakeEntry entry) {
    return ranking.tier(entry) == 0;
  }

  /** How strongly an entry is backed: its verifiable anchors, plus one when its strongest figure pins its report's SHA-256. */
  public static int evidenceStrength(LakeEntry entry) {
    int verifiable = (int) entry.evidence().stream().filter(EvidenceAnchor::isVerifiable).count();
    return verifiable + (Figures.strongestStat(entry).flatMap(ReportStat::sha256).isPresent() ? 1 : 0);
  }

  /** The order of {@link #ranked()}: each entry's keys worked out once, not once per comparison. */
  private static final class Ranking {

    /** The weight of each tier: ACHIEVED with a verified figure, ACHIEVED, CURRENT, TARGET. */
    private static final double[] TIER_WEIGHTS = {1.0, 0.8, 0.5, 0.3};

    private final Lake lake;
    private final Optional<RoleProfile> role;
    private final Map<String, Integer> preference;
    private final Optional<Map<String, EntryVerification>> verified;
    private Map<LakeEntry, Integer> index;

    Ranking(Lake lake, Optional<RoleProfile> role, Map<String, Integer> preference, RenderOptions options) {
      this.lake = lake;
      this.role = role;
      this.preference = preference;
      this.verified = options.verification().map(report -> {
        Map<String, EntryVerification> byId = new HashMap<>();
        report.entries().forEach(e -> byId.putIfAbsent(e.entryId(), e));
        return byId;
      });
    }

    List<LakeEntry> rank(List<LakeEntry> entries) {
      List<Keyed> keyed = new ArrayList<>(entries.size());
      for (LakeEntry entry : entries) {
        int tier = tier(entry);
        double score = preference.isEmpty()
            ? role.map(r -> roleScore(r, entry)).orElse(1.0) * TIER_WEIGHTS[tier]
            : -preference.getOrDefault(entry.id(), Integer.MAX_VALUE);
        keyed.add(new Keyed(entry, score, tier, evidenceStrength(entry), index(entry)));
      }
      keyed.sort(null);
      List<LakeEntry> sorted = new ArrayList<>(keyed.size());
      for (Keyed k : keyed) {
        sorted.add(k.entry());
      }
      return List.copyOf(sorted);
    }

    /** 0 for ACHIEVED with a verified figure, 1 ACHIEVED, 2 CURRENT, 3 TARGET. */
    int tier(LakeEntry entry) {
      switch (entry.status().kind()) {
        case ACHIEVED:
          return hasVerifiedFigure(entry) ? 0 : 1;
        case CURRENT:
          return 2;
        default:
          return 3;
      }
    }

    private boolean hasVerifiedFigure(LakeEntry entry) {
      if (verified.isEmpty()) {
        return entry.evidence().stream().anyMatch(a -> a instanceof ReportStat stat && stat.sha256().isPresent());
      }
      EntryVerification verification = verified.get().get(entry.id());
      return verification != null && verification.anchors().stream()
          .anyMatch(r -> r.anchor() instanceof ReportStat && r.isVerified());
    }

    int index(LakeEntry entry) {
      if (index == null) {
        index = new HashMap<>();
        for (int i = 0; i < lake.entries().size(); i++) {
          index.putIfAbsent(lake.entries().get(i), i);
        }
      }
      return index.getOrDefault(entry, -1);
    }
  }

  /** An entry with its sort keys, in that order: score (higher first), tier, evidence strength (higher first), lake order. */
  private record Keyed(LakeEntry entry, double score, int tier, int strength, int index) implements Comparable<Keyed> {

    @Override
    public int compareTo(Keyed other) {
      int byScore = Double.compare(other.score, score);
      if (byScore != 0) {
        return byScore;
      }
      int byTier = Integer.compare(tier, other.tier);
      if (byTier != 0) {
        return byTier;
      }
      int byStrength = Integer.compare(other.strength, strength);
      return byStrength != 0 ? byStrength : Integer.compare(index, other.index);
    }
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
    return ranking.role;
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
