package io.experiencelake.core.check;

import io.experiencelake.core.Achieved;
import io.experiencelake.core.Capability;
import io.experiencelake.core.CapabilityWeight;
import io.experiencelake.core.Cluster;
import io.experiencelake.core.Current;
import io.experiencelake.core.Diagnostic;
import io.experiencelake.core.Engagement;
import io.experiencelake.core.EvidenceAnchor;
import io.experiencelake.core.Lake;
import io.experiencelake.core.LakeEntry;
import io.experiencelake.core.ReportStat;
import io.experiencelake.core.RoleProfile;
import io.experiencelake.core.Rule;
import io.experiencelake.core.Severity;
import io.experiencelake.core.Status;
import io.experiencelake.core.Story;
import io.experiencelake.core.StoryId;
import io.experiencelake.core.Target;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Runs the whole-lake proof-discipline rules and reports every problem at once, in a stable order.
 *
 * <p>Rules 1 (no blank part) and 6 (digests, relative paths) hold for every value by construction;
 * this checker adds the rules that need the whole lake:
 * <ul>
 *   <li>{@code LAKE-I002} an ACHIEVED entry has no verifiable evidence (links do not count);</li>
 *   <li>{@code LAKE-I003} an achieved date, as-of date, story or engagement month lies after
 *       {@link CheckOptions#today()}; a TARGET date that has passed is a warning;</li>
 *   <li>{@code LAKE-I004} a TARGET claim (error) or CURRENT claim (warning) opens with a past-tense
 *       achievement verb such as {@code Built} or {@code Reduced};</li>
 *   <li>{@code LAKE-I005} a reference names a story, cluster, engagement or capability that does not
 *       exist, with a "did you mean" when a known id is close; {@code LAKE-I006} a sub-entry story
 *       has no parent story; {@code LAKE-I007} an id is defined twice in one list (and, as a
 *       warning, two clusters share a rank);</li>
 *   <li>with {@link CheckOptions#lint()}: {@code LAKE-L001} a slogan-shaped claim, {@code LAKE-L002}
 *       a cluster with no entry, {@code LAKE-L003} stories no entry uses; {@code LAKE-L004} a claim
 *       that nearly repeats an earlier entry's and {@code LAKE-L005} an over-long claim (both from
 *       {@link ClaimLint}).</li>
 * </ul>
 *
 * <p>Diagnostics come in document order of their JSON Pointers (capabilities, roles, engagements,
 * stories, clusters, entries; fields in their JSON order; a container before its parts), then by
 * code. The work is linear in the size of the lake.
 *
 * <pre>{@code
 * List<Diagnostic> problems = LakeChecker.check(lake, CheckOptions.today(LocalDate.of(2026, 11, 27)));
 * }</pre>
 */
public final class LakeChecker {

  private LakeChecker() {}

  /** Every diagnostic of {@code lake}, errors and warnings, in document order. */
  public static List<Diagnostic> check(Lake lake, CheckOptions options) {
    return new Run(lake, options).check();
  }

  /** One check of one lake: the lake's indexes, and the diagnostics found so far. */
  private static final class Run {

    private final Lake lake;
    private final LocalDate today;
    private final YearMonth thisMonth;
    private final boolean lint;
    private final List<Diagnostic> found = new ArrayList<>();

    private final Map<String, Integer> capabilities;
    private final Map<String, Integer> roles;
    private final Map<String, Integer> engagements;
    private final Map<StoryId, Integer> stories;
    private final Map<String, Integer> clusters;
    private final Map<String, Integer> entries;
    private final Map<Integer, Integer> ranks;

    private final Suggestions capabilityNames;
    private final Suggestions engagementNames;
    private final Suggestions storyNames;
    private final Suggestions clusterNames;

    /** Stories entries cite, and parents of sub-entries entries cite. */
    private final Set<StoryId> citedByEntries = new HashSet<>();
    /** Stories clusters or entries mention, and parents of mentioned sub-entries. */
    private final Set<StoryId> mentioned = new HashSet<>();
    /** Clusters that at least one entry belongs to. */
    private final Set<String> clustersWithEntries = new HashSet<>();
    /** Near-duplicate and long-claim lint; {@code null} when lint is off. */
    private final ClaimLint claimLint;

    Run(Lake lake, CheckOptions options) {
      this.lake = lake;
      this.today = options.today();
      this.thisMonth = YearMonth.from(today);
      this.lint = options.lint();
      this.capabilities = firstIndexes(lake.capabilities(), Capability::id);
      this.roles = firstIndexes(lake.roles(), RoleProfile::id);
      this.engagements = firstIndexes(lake.engagements(), Engagement::id);
      this.stories = firstIndexes(lake.stories(), Story::id);
      this.clusters = firstIndexes(lake.clusters(), Cluster::id);
      this.entries = firstIndexes(lake.entries(), LakeEntry::id);
      this.ranks = firstIndexes(lake.clusters(), Cluster::rank);
      this.capabilityNames = new Suggestions(capabilities.keySet());
      this.engagementNames = new Suggestions(engagements.keySet());
      this.clusterNames = new Suggestions(clusters.keySet());
      this.storyNames = new Suggestions(stories.keySet().stream().map(StoryId::toString).collect(Collectors.toList()));
      this.claimLint = lint ? ClaimLint.of(lake.entries()) : null;
      for (LakeEntry entry : lake.entries()) {
        clustersWithEntries.add(entry.cluster());
        for (StoryId id : entry.stories()) {
          use(citedByEntries, id);
          use(mentioned, id);
        }
      }
      for (Cluster cluster : lake.clusters()) {
        for (StoryId id : cluster.stories()) {
          use(mentioned, id);
        }
      }
    }

    List<Diagnostic> check() {
      for (int i = 0; i < lake.capabilities().size(); i++) {
        duplicate("capability", "/capabilities/", i, lake.capabilities().get(i).id(), capabilities);
      }
      for (int i = 0; i < lake.roles().size(); i++) {
        role(i, lake.roles().get(i));
      }
      for (int i = 0; i < lake.engagements().size(); i++) {
        engagement(i, lake.engagements().get(i));
      }
      for (int i = 0; i < lake.stories().size(); i++) {
        story(i, lake.stories().get(i));
      }
      for (int i = 0; i < lake.clusters().size(); i++) {
        cluster(i, lake.clusters().get(i));
      }
      for (int i = 0; i < lake.entries().size(); i++) {
        entry(i, lake.entries().get(i));
      }
      return List.copyOf(found);
    }

    private void role(int index, RoleProfile role) {
      String at = "/roles/" + index;
      duplicate("role", "/roles/", index, role.id(), roles);
      List<CapabilityWeight> requires = role.requires();
      for (int k = 0; k < requires.size(); k++) {
        capabilityReference("role '" + role.id() + "' requires", at + "/requires/" + k + "/capability", requires.get(k).capability());
      }
    }

    private void engagement(int index, Engagement engagement) {
      String at = "/engagements/" + index;
      duplicate("engagement", "/engagements/", index, engagement.id(), engagements);
      String what = "engagement '" + engagement.id() + "'";
      if (engagement.start().isAfter(thisMonth)) {
        report(Rule.FUTURE_DATE, at + "/start", what + " starts in " + engagement.start() + ", after today (" + today + ")",
            "correct the month; an engagement that has not started yet is not experience");
      }
      engagement.end().filter(end -> end.isAfter(thisMonth)).ifPresent(end ->
          report(Rule.FUTURE_DATE, at + "/end", what + " ends in " + end + ", after today (" + today + ")",
              "leave 'end' out while the engagement goes on, or correct the month"));
    }

    private void story(int index, Story story) {
      String at = "/stories/" + index;
      StoryId id = story.id();
      boolean first = stories.get(id) == index;
      if (lint && first && !mentioned.contains(id)) {
        report(Rule.UNUSED_STORY, at, "story " + id + " is in no cluster and no entry",
            "list it in a cluster's 'stories' or cite it from an entry, or remove it from the bank");
      }
      id.parent().filter(parent -> !stories.containsKey(parent)).ifPresent(parent ->
          report(Rule.MISSING_PARENT, at + "/id", "story " + id + " is a sub-entry of story " + parent + ", which is not in the story bank",
              "add story " + parent + " to 'stories', or renumber " + id));
      if (!first) {
        report(Rule.DUPLICATE_ID, at + "/id", "story " + id + " is defined twice; the first definition is /stories/" + stories.get(id),
            "keep one definition of story " + id + ", or give this story a new id");
      }
      String what = "story " + id;
      story.start().filter(start -> start.isAfter(thisMonth)).ifPresent(start ->
          report(Rule.FUTURE_DATE, at + "/start", what + " starts in " + start + ", after today (" + today + ")",
              "correct the month; a story tells what already happened"));
      story.end().filter(end -> end.isAfter(thisMonth)).ifPresent(end ->
          report(Rule.FUTURE_DATE, at + "/end", what + " ends in " + end + ", after today (" + today + ")",
              "leave 'end' out while the story goes on, or correct the month"));
    }

    private void cluster(int index, Cluster cluster) {
      String at = "/clusters/" + index;
      String what = "cluster '" + cluster.id() + "'";
      boolean first = clusters.get(cluster.id()) == index;
      if (lint && first && !clustersWithEntries.contains(cluster.id())) {
        report(Rule.EMPTY_CLUSTER, at, what + " has no entry",
            "write an entry for it (set its 'cluster' to '" + cluster.id() + "'), or drop the cluster");
      }
      duplicate("cluster", "/clusters/", index, cluster.id(), clusters);
      int firstWithRank = ranks.get(cluster.rank());
      if (firstWithRank != index) {
        report(Rule.DUPLICATE_ID, Severity.WARNING, at + "/rank",
            what + " has rank " + cluster.rank() + ", like cluster '" + lake.clusters().get(firstWithRank).id() + "' at /clusters/" + firstWithRank,
            "give each cluster its own rank, 1 for the heaviest");
      }
      if (lint && first) {
        SortedSet<StoryId> unused = new TreeSet<>();
        for (StoryId id : cluster.stories()) {
          if (stories.containsKey(id) && !citedByEntries.contains(id)) {
            unused.add(id);
          }
        }
        if (!unused.isEmpty()) {
          report(Rule.UNUSED_STORY, at + "/stories",
              what + " lists " + (unused.size() == 1 ? "a story" : unused.size() + " stories") + " no entry cites: " + StoryLists.format(unused),
              "write entries that cite them, or drop them from the cluster");
        }
      }
      List<StoryId> ids = cluster.stories();
      for (int k = 0; k < ids.size(); k++) {
        storyReference(what + " lists", at + "/stories/" + k, ids.get(k));
      }
      List<String> caps = cluster.capabilities();
      for (int k = 0; k < caps.size(); k++) {
        capabilityReference(what + " demonstrates", at + "/capabilities/" + k, caps.get(k));
      }
    }

    private void entry(int index, LakeEntry entry) {
      String at = "/entries/" + index;
      String what = "entry '" + entry.id() + "'";
      duplicate("entry", "/entries/", index, entry.id(), entries);
      if (!clusters.containsKey(entry.cluster())) {
        unknown(at + "/cluster", what + " belongs to cluster '" + entry.cluster() + "', which is not defined",
            clusterNames.nearest(entry.cluster()).map(s -> "'" + s + "'"), "define cluster '" + entry.cluster() + "' under 'clusters', or use an existing cluster id");
      }
      entry.engagement().filter(e -> !engagements.containsKey(e)).ifPresent(e ->
          unknown(at + "/engagement", what + " happened in engagement '" + e + "', which is not defined",
              engagementNames.nearest(e).map(s -> "'" + s + "'"), "define engagement '" + e + "' under 'engagements', or use an existing engagement id"));
      List<StoryId> ids = entry.stories();
      for (int k = 0; k < ids.size(); k++) {
        storyReference(what + " cites", at + "/stories/" + k, ids.get(k));
      }
      claim(at, what, entry);
      if (lint) {
        found.addAll(claimLint.claim(index, at, what));
      }
      status(at, what, entry);
      List<String> caps = entry.capabilities();
      for (int k = 0; k < caps.size(); k++) {
        capabilityReference(what + " demonstrates", at + "/capabilities/" + k, caps.get(k));
      }
    }

    private void claim(String at, String what, LakeEntry entry) {
      Status status = entry.status();
      if (status instanceof Target || status instanceof Current) {
        ClaimWords.doneVerb(entry.claim()).ifPresent(verb -> {
          if (status instanceof Target) {
            report(Rule.READS_AS_DONE, Severity.ERROR, at + "/claim",
                what + " is a TARGET but its claim opens with '" + verb.word() + "', which reads as done",
                "phrase the plan as a plan, e.g. " + verb.asPlan() + " or " + verb.asProgress() + ", or mark it ACHIEVED once it is done and evidenced");
          } else {
            report(Rule.READS_AS_DONE, Severity.WARNING, at + "/claim",
                what + " is CURRENT but its claim opens with '" + verb.word() + "', which reads as done",
                "phrase work in progress in the present, e.g. " + verb.asProgress() + ", or mark it ACHIEVED once it is done and evidenced");
          }
        });
      }
      if (lint) {
        List<String> buzzwords = ClaimWords.buzzwords(entry.claim());
        boolean reportStat = entry.evidence().stream().anyMatch(a -> a instanceof ReportStat);
        if (!buzzwords.isEmpty() && !reportStat && !ClaimWords.hasMeasure(entry.claim())) {
          report(Rule.SLOGAN, at + "/claim",
              "claim of " + what + " reads like a slogan (" + buzzwords.stream().map(b -> "'" + b + "'").collect(Collectors.joining(", "))
                  + ") with no measurable result",
              "say what changed and by how much (a number), or back it with a report stat");
        }
      }
    }

    private void status(String at, String what, LakeEntry entry) {
      Status status = entry.status();
      if (status instanceof Achieved) {
        Achieved achieved = (Achieved) status;
        if (entry.evidence().stream().noneMatch(EvidenceAnchor::isVerifiable)) {
          report(Rule.NO_VERIFIABLE_EVIDENCE, at + "/status", what + " is ACHIEVED but has no verifiable evidence (links do not count)",
              "add a run output, receipt, report stat or repro step, or mark it CURRENT");
        }
        if (achieved.on().isAfter(today)) {
          report(Rule.FUTURE_DATE, at + "/status/on", what + " is ACHIEVED on " + achieved.on() + ", after today (" + today + ")",
              "nothing is achieved in the future: correct the date, or mark it CURRENT or TARGET");
        }
      } else if (status instanceof Current) {
        Current current = (Current) status;
        if (current.asOf().isAfter(today)) {
          report(Rule.FUTURE_DATE, at + "/status/asOf", what + " is CURRENT as of " + current.asOf() + ", after today (" + today + ")",
              "the as-of date is when the progress was last true: use today or an earlier date");
        }
      } else {
        ((Target) status).by().filter(by -> by.isBefore(today)).ifPresent(by ->
            report(Rule.FUTURE_DATE, Severity.WARNING, at + "/status/by",
                what + " is a TARGET for " + by + ", which has passed (today is " + today + ")",
                "mark it ACHIEVED with its evidence if it is done, CURRENT if it goes on, or move the date"));
      }
    }

    private void duplicate(String kind, String list, int index, String id, Map<String, Integer> firsts) {
      int first = firsts.get(id);
      if (first != index) {
        report(Rule.DUPLICATE_ID, list + index + "/id", kind + " '" + id + "' is defined twice; the first definition is " + list + first,
            "keep one definition of '" + id + "', or give this " + kind + " a new id");
      }
    }

    private void storyReference(String who, String pointer, StoryId id) {
      if (!stories.containsKey(id)) {
        unknown(pointer, who + " story " + id + ", which is not in the story bank", storyNames.nearest(id.toString()),
            "add story " + id + " to 'stories', or correct the id");
      }
    }

    private void capabilityReference(String who, String pointer, String id) {
      if (!capabilities.containsKey(id)) {
        unknown(pointer, who + " capability '" + id + "', which is not defined", capabilityNames.nearest(id).map(s -> "'" + s + "'"),
            "define capability '" + id + "' under 'capabilities', or use an existing capability id");
      }
    }

    private void unknown(String pointer, String message, Optional<String> suggestion, String otherwise) {
      report(Rule.UNKNOWN_REFERENCE, pointer, message,
          suggestion.map(s -> "did you mean " + s + "? Otherwise " + otherwise).orElse(otherwise));
    }

    private void report(Rule rule, String pointer, String message, String hint) {
      report(rule, rule.severity(), pointer, message, hint);
    }

    private void report(Rule rule, Severity severity, String pointer, String message, String hint) {
      found.add(Diagnostic.of(rule, severity, pointer, message, hint));
    }

    /** Marks {@code id} used, and its parent too when it is a sub-entry. */
    private static void use(Set<StoryId> used, StoryId id) {
      used.add(id);
      id.parent().ifPresent(used::add);
    }

    private static <T, K> Map<K, Integer> firstIndexes(List<T> items, Function<T, K> key) {
      Map<K, Integer> firsts = new LinkedHashMap<>();
      for (int i = 0; i < items.size(); i++) {
        firsts.putIfAbsent(key.apply(items.get(i)), i);
      }
      return firsts;
    }
  }
}
