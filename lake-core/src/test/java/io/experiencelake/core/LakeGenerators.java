package io.experiencelake.core;

import java.net.URI;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.quicktheories.core.Gen;
import org.quicktheories.impl.Constraint;

/**
 * Generators of valid lake values, for property tests (through QuickTheories) and benchmarks
 * (through a seeded {@link SplittableRandom}): the same code makes both.
 *
 * <p>Every generated lake passes the checker without errors as of {@link #TODAY}; warnings
 * (lint) may occur. {@link #hostileLakes()} puts control characters, escape sequences and
 * bidirectional marks and overrides into every text field.
 */
public final class LakeGenerators {

  /** The pinned "today" generated lakes are valid for. */
  public static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

  private static final String[] WORDS = {
    "pipeline", "ingress", "replay", "checkpoint", "quarantine", "schema", "receipt", "p99", "latency",
    "Kinesis", "DuckDB", "parquet", "READY", "marker", "idempotent", "<b>bold</b>", "a&b", "\"quoted\"",
    "naïve", "Zürich", "東京", "🚀", "50%", "back\\slash", "*stars*", "_under_", "`tick`", "#hash",
    "[link](x)", "O'Brien", "tab\there", "x<y", "--", "1,000", "£50k"
  };
  private static final String[] OPENERS = {"Gated", "Cut", "Rebuilt", "Traced", "Hardened", "Measured"};
  private static final String[] PLANS = {"Will", "Migrating", "Planning to", "Aiming to", "Working to"};
  /** Units a report stat counts in, some of them words that agree with their number. */
  private static final String[] UNITS = {"runs", "digest", "rows", "ms", "%", "GBP", "connections/min", "KS distance", "entries"};
  /**
   * Characters a terminal or a reader acts on instead of showing: NUL, BEL, ESC sequences, DEL, a
   * C1 control and next line, line and paragraph separators, bidirectional overrides, embeddings,
   * isolates and marks, and a lone surrogate.
   */
  private static final String[] HOSTILE = {
    "\u0000", "\u0007", "\u001B[31m", "\u001B]0;title\u0007", "\u007F", "\u009B", "\u0085", "\u2028", "\u2029",
    "\u202E", "\u202A", "\u2066", "\u2069", "\u200F", "\u061C", "\u000B", "\f", "\r", "\uD800"
  };

  private LakeGenerators() {}

  /** A source of bounded random integers. */
  @FunctionalInterface
  public interface Draw {
    /** An integer from {@code lo} to {@code hi}, both included. */
    int between(int lo, int hi);

    /** Whether every text drawn carries hostile characters ({@link #hostileLakes()}). */
    default boolean hostile() {
      return false;
    }

    /** Draws from a seeded random: the same seed gives the same values. */
    static Draw seeded(long seed) {
      SplittableRandom random = new SplittableRandom(seed);
      return (lo, hi) -> random.nextInt(lo, hi + 1);
    }
  }

  /** Valid lakes of up to a few entries each, for property tests. */
  public static Gen<Lake> lakes() {
    return in -> lake(draw(in), 0);
  }

  /**
   * Valid lakes like {@link #lakes()} whose every text (names, titles, claims, constraints,
   * decisions, progress, metrics, units, keywords, tags, summaries, letters) carries a control
   * character, an escape sequence or a bidirectional mark or override, and often several.
   */
  public static Gen<Lake> hostileLakes() {
    return in -> {
      Draw plain = draw(in);
      Draw hostile = new Draw() {
        @Override
        public int between(int lo, int hi) {
          return plain.between(lo, hi);
        }

        @Override
        public boolean hostile() {
          return true;
        }
      };
      return lake(hostile, 0);
    };
  }

  /** Single entries, valid on their own (references are not resolved). */
  public static Gen<LakeEntry> entries() {
    return in -> {
      Draw d = draw(in);
      return entry(d, "e" + d.between(0, 999), "c0", List.of(StoryId.of(1)), List.of("cap-0"), List.of("eng-0"));
    };
  }

  /** Every evidence anchor kind. */
  public static Gen<EvidenceAnchor> anchors() {
    return in -> anchor(draw(in), draw(in).between(0, 4));
  }

  /** Story ids: plain numbers and sub-entries. */
  public static Gen<StoryId> storyIds() {
    return in -> {
      Draw d = draw(in);
      long number = d.between(1, 2) == 1 ? d.between(1, 9) : d.between(1, Integer.MAX_VALUE);
      return d.between(0, 1) == 0 ? StoryId.of(number)
          : StoryId.of(number, "" + (char) ('A' + d.between(0, 25)) + (char) ('A' + d.between(0, 25)));
    };
  }

  /**
   * A valid lake with exactly {@code entries} entries (and stories, clusters, engagements in
   * proportion), for benchmarks; {@code entries == 0} lets the draw decide a small size.
   */
  public static Lake lake(Draw d, int entries) {
    int entryCount = entries > 0 ? entries : d.between(0, 4);
    int capabilityCount = entries > 0 ? 8 : d.between(1, 4);
    int clusterCount = entries > 0 ? Math.max(1, entries / 10) : d.between(1, 3);
    int engagementCount = entries > 0 ? Math.max(1, entries / 50) : d.between(0, 2);
    int storyCount = entries > 0 ? entries * 2 : d.between(1, 6);

    List<String> capabilityIds = new ArrayList<>();
    ImmutableLake.BuildFinal lake = ImmutableLake.builder().owner(owner(d));
    for (int i = 0; i < capabilityCount; i++) {
      String id = "cap-" + i;
      capabilityIds.add(id);
      lake.addCapabilities(ImmutableCapability.builder().id(id).title(text(d, 1, 4)).build());
    }
    lake.addRoles(ImmutableRoleProfile.builder().id("role-0").title(text(d, 1, 4))
        .band("£" + d.between(30, 90) + "k")
        .addRequires(ImmutableCapabilityWeight.builder().capability(pick(d, capabilityIds)).weight(d.between(1, 10) / 10.0).build())
        .addKeywords(word(d))
        .letter(d.between(0, 1) == 0 ? Optional.empty() : Optional.of(letter(d)))
        .build());
    List<String> engagementIds = new ArrayList<>();
    for (int i = 0; i < engagementCount; i++) {
      String id = "eng-" + i;
      engagementIds.add(id);
      YearMonth start = YearMonth.of(d.between(2015, 2025), d.between(1, 12));
      ImmutableEngagement.Builder e = (ImmutableEngagement.Builder) ImmutableEngagement.builder().id(id)
          .kind(EngagementKind.values()[d.between(0, 3)]).name(text(d, 1, 3)).role(text(d, 1, 3)).start(start);
      if (d.between(0, 1) == 1) {
        e.end(start.plusMonths(d.between(0, 11)));
      }
      lake.addEngagements(e.build());
    }
    List<StoryId> storyIds = new ArrayList<>();
    Set<StoryId> seen = new LinkedHashSet<>();
    for (int i = 0; i < storyCount; i++) {
      StoryId id = StoryId.of(i + 1);
      if (i > 0 && d.between(0, 3) == 0) {
        id = StoryId.of(storyIds.get(d.between(0, storyIds.size() - 1)).number(),
            "" + (char) ('A' + d.between(0, 25)) + (char) ('A' + d.between(0, 25)));
      }
      if (!seen.add(id)) {
        id = StoryId.of(i + 1);
        if (!seen.add(id)) {
          continue;
        }
      }
      storyIds.add(id);
      ImmutableStory.Builder s = (ImmutableStory.Builder) ImmutableStory.builder().id(id).title(text(d, 1, 6));
      if (d.between(0, 1) == 1) {
        s.challenge(text(d, 3, 12));
      }
      if (d.between(0, 2) == 0) {
        s.start(YearMonth.of(d.between(2018, 2025), d.between(1, 12)));
      }
      if (d.between(0, 2) == 0) {
        s.addTags(word(d));
      }
      lake.addStories(s.build());
    }
    List<String> clusterIds = new ArrayList<>();
    for (int i = 0; i < clusterCount; i++) {
      String id = "cluster-" + i;
      clusterIds.add(id);
      lake.addClusters(ImmutableCluster.builder().id(id).rank(i + 1).tier(d.between(0, 3) == 0 ? Tier.OPTIONAL : Tier.CORE)
          .title(text(d, 1, 5)).why(text(d, 3, 10))
          .addStories(pick(d, storyIds))
          .addCapabilities(pick(d, capabilityIds))
          .build());
    }
    for (int i = 0; i < entryCount; i++) {
      lake.addEntries(entry(d, "entry-" + i, pick(d, clusterIds), storyIds, capabilityIds, engagementIds));
    }
    return lake.build();
  }

  static LakeEntry entry(Draw d, String id, String cluster, List<StoryId> stories, List<String> capabilities, List<String> engagements) {
    StatusKind kind = StatusKind.values()[d.between(0, 2)];
    String claim = (kind == StatusKind.ACHIEVED ? OPENERS[d.between(0, OPENERS.length - 1)] : PLANS[d.between(0, PLANS.length - 1)])
        + " " + text(d, 2, 10) + " by " + d.between(1, 99) + "%";
    ImmutableDecision.Builder decision = (ImmutableDecision.Builder) ImmutableDecision.builder().choice(text(d, 2, 8));
    int alternatives = d.between(0, 2);
    for (int i = 0; i < alternatives; i++) {
      decision.addAlternatives(ImmutableAlternative.builder().option(text(d, 1, 4)).whyNot(text(d, 2, 8)).build());
    }
    ImmutableLakeEntry.Builder entry = (ImmutableLakeEntry.Builder) ImmutableLakeEntry.builder()
        .id(id).cluster(cluster).claim(claim).constraint(text(d, 3, 10))
        .decision(decision.consequence(text(d, 2, 8)).build())
        .status(status(d, kind));
    if (!engagements.isEmpty() && d.between(0, 2) > 0) {
      entry.engagement(pick(d, engagements));
    }
    entry.addStories(pick(d, stories));
    int anchors = d.between(kind == StatusKind.ACHIEVED ? 1 : 0, 3);
    for (int i = 0; i < anchors; i++) {
      entry.addEvidence(anchor(d, kind == StatusKind.ACHIEVED && i == 0 ? d.between(0, 3) : d.between(0, 4)));
    }
    entry.addCapabilities(pick(d, capabilities));
    if (d.between(0, 1) == 1) {
      entry.addKeywords(word(d), word(d) + " " + word(d));
    }
    return entry.build();
  }

  static Status status(Draw d, StatusKind kind) {
    LocalDate past = TODAY.minusDays(d.between(0, 3000));
    switch (kind) {
      case ACHIEVED:
        return Achieved.on(past);
      case CURRENT:
        return Current.asOf(past, text(d, 1, 6));
      default:
        return d.between(0, 1) == 0 ? Target.undated() : Target.by(TODAY.plusDays(d.between(1, 700)));
    }
  }

  /** An anchor of kind {@code k}: 0 run output, 1 receipt, 2 report stat, 3 repro step, 4 link. */
  static EvidenceAnchor anchor(Draw d, int k) {
    switch (k) {
      case 0:
        return ImmutableRunOutput.builder().path(path(d)).sha256(digest(d)).build();
      case 1:
        return d.between(0, 1) == 0
            ? ImmutableReceipt.builder().sha256(digest(d)).attests(text(d, 2, 6)).path(path(d)).build()
            : ImmutableReceipt.builder().sha256(digest(d)).attests(text(d, 2, 6)).id("rcpt-" + d.between(0, 99999)).build();
      case 2: {
        ImmutableReportStat.Builder stat = (ImmutableReportStat.Builder) ImmutableReportStat.builder()
            .path(path(d)).metric(text(d, 1, 4))
            .value(d.between(0, 2) == 0 ? d.between(0, 3) : d.between(-1000, 100000) / (double) d.between(1, 100))
            .unit(d.between(0, 1) == 0 ? UNITS[d.between(0, UNITS.length - 1)] : word(d))
            .comparison(Comparison.values()[d.between(0, 4)]);
        if (d.between(0, 1) == 0) {
          stat.pointer("/" + word(d).replace("~", "~0").replace("/", "~1"));
        } else {
          stat.cell(ImmutableCsvCell.builder().column(word(d)).keyColumn(word(d)).key(word(d)).build());
        }
        if (d.between(0, 1) == 0) {
          stat.tolerance(d.between(0, 100) / 10.0);
        }
        if (d.between(0, 1) == 0) {
          stat.sha256(digest(d));
        }
        return stat.build();
      }
      case 3: {
        ImmutableReproStep.Builder step = ImmutableReproStep.builder().addArgv("sh", word(d));
        if (d.between(0, 1) == 0) {
          step.outputContains(word(d));
        } else {
          step.outputSha256(digest(d));
        }
        if (d.between(0, 1) == 0) {
          step.workingDir("scripts/" + d.between(0, 9));
        }
        return step.expectedExit(d.between(0, 2)).build();
      }
      default:
        return ImmutableLink.builder().uri(URI.create("https://example.org/pr/" + d.between(1, 9999))).build();
    }
  }

  static Owner owner(Draw d) {
    ImmutableOwner.Builder owner = (ImmutableOwner.Builder) ImmutableOwner.builder().name(text(d, 1, 3)).headline(text(d, 2, 6));
    if (d.between(0, 1) == 1) {
      owner.email("person" + d.between(0, 99) + "@example.org");
    }
    if (d.between(0, 1) == 1) {
      owner.summary(text(d, 5, 20));
    }
    if (d.between(0, 1) == 1) {
      owner.location(text(d, 1, 3));
    }
    if (d.between(0, 1) == 1) {
      owner.site(URI.create("https://person" + d.between(0, 99) + ".example.org/" + (d.between(0, 1) == 0 ? "" : "portfolio/")));
    }
    return owner.build();
  }

  /** A letter with an opening, a closing or both. */
  static Letter letter(Draw d) {
    int parts = d.between(1, 3);
    ImmutableLetter.Builder letter = ImmutableLetter.builder();
    if ((parts & 1) != 0) {
      letter.opening(text(d, 5, 30));
    }
    if ((parts & 2) != 0) {
      letter.closing(text(d, 5, 30));
    }
    return letter.build();
  }

  static String path(Draw d) {
    return "runs/" + d.between(2020, 2026) + "/" + word(d).replaceAll("[^A-Za-z0-9]", "x") + "-" + d.between(0, 99) + ".log";
  }

  static String digest(Draw d) {
    StringBuilder hex = new StringBuilder(64);
    for (int i = 0; i < 64; i++) {
      hex.append("0123456789abcdef".charAt(d.between(0, 15)));
    }
    return hex.toString();
  }

  /** Between {@code min} and {@code max} words, never blank. */
  static String text(Draw d, int min, int max) {
    int n = d.between(min, max);
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < n; i++) {
      if (i > 0) {
        out.append(' ');
      }
      out.append(word(d));
    }
    return out.toString();
  }

  static String word(Draw d) {
    String word = WORDS[d.between(0, WORDS.length - 1)];
    if (!d.hostile()) {
      return word;
    }
    String hostile = HOSTILE[d.between(0, HOSTILE.length - 1)];
    switch (d.between(0, 2)) {
      case 0:
        return hostile + word;
      case 1:
        return word + hostile;
      default:
        return word.substring(0, word.length() / 2) + hostile + word.substring(word.length() / 2);
    }
  }

  static <T> T pick(Draw d, List<T> items) {
    return items.get(d.between(0, items.size() - 1));
  }

  private static Draw draw(org.quicktheories.core.RandomnessSource in) {
    return (lo, hi) -> (int) in.next(Constraint.between(lo, hi));
  }
}
