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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.Supplier;
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

  /**
   * One check of one lake: the lake's indexes, and the diagnostics found so far.
   *
   * <p>Pointers and messages are built only for the problems found: a lake with none builds no
   * text. Each id is looked up once per use; "did you mean" indexes are built on the first unknown
   * reference of their kind.
   */
  private static final class Run {

    private final Lake lake;
    private final LocalDate today;
    private final YearMonth thisMonth;
    private final boolean lint;
    private final List<Diagnostic> found = new ArrayList<>();

    private final Map<String, Integer> capabilities = new HashMap<>();
    /** Story ids to the index of their first definition. */
    private final Map<StoryId, Integer> stories = new HashMap<>();
    private final Map<String, Integer> engagements = new HashMap<>();
    private final Map<String, Integer> clusters = new HashMap<>();
    /** For each item of its list, the index of the first item with the same id (its own when it is the first). */
    private final int[] firstCapability;
    private final int[] firstRole;
    private final int[] firstEngagement;
    private final int[] firstStory;
    private final int[] firstCluster;
    private final int[] firstEntry;
    private final int[] firstRank;

    /** "Did you mean" for each kind of id, over the distinct ids in document order. */
    private final Suggestions capabilityNames;
    private final Suggestions engagementNames;
    private final Suggestions storyNames;
    private final Suggestions clusterNames;

    /** By a story's first index: whether an entry cites it, or a sub-entry of it. */
    private final boolean[] citedByEntries;
    /** By a story's first index: whether a cluster or entry mentions it, or a sub-entry of it. */
    private final boolean[] mentioned;
    /** By a cluster's first index: whether at least one entry belongs to it. */
    private final boolean[] clustersWithEntries;
    /** By entry: whether its cluster is undefined, and whether a story it cites is not in the bank. */
    private final boolean[] unknownCluster;
    private final boolean[] unknownStories;
    /** Near-duplicate and long-claim lint; {@code null} when lint is off. */
    private final ClaimLint claimLint;

    Run(Lake lake, CheckOptions options) {
      this.lake = lake;
      this.today = options.today();
      this.thisMonth = YearMonth.from(today);
      this.lint = options.lint();
      this.firstCapability = firstIndexes(lake.capabilities(), Capability::id, capabilities);
      this.firstRole = firstIndexes(lake.roles(), RoleProfile::id, new HashMap<>());
      this.firstEngagement = firstIndexes(lake.engagements(), Engagement::id, engagements);
      this.firstStory = firstIndexes(lake.stories(), Story::id, stories);
      this.firstCluster = firstIndexes(lake.clusters(), Cluster::id, clusters);
      this.firstEntry = firstIndexes(lake.entries(), LakeEntry::id, new HashMap<>());
      this.firstRank = firstIndexes(lake.clusters(), Cluster::rank, new HashMap<>());
      this.claimLint = lint ? ClaimLint.of(lake.entries()) : null;
      this.capabilityNames = new Suggestions(() -> lake.capabilities().stream().map(Capability::id).distinct().toList());
      this.engagementNames = new Suggestions(() -> lake.engagements().stream().map(Engagement::id).distinct().toList());
      this.storyNames = new Suggestions(() -> lake.stories().stream().map(story -> story.id().toString()).distinct().toList());
      this.clusterNames = new Suggestions(() -> lake.clusters().stream().map(Cluster::id).distinct().toList());
      this.citedByEntries = new boolean[lake.stories().size()];
      this.mentioned = new boolean[lake.stories().size()];
      this.clustersWithEntries = new boolean[lake.clusters().size()];
      this.unknownCluster = new boolean[lake.entries().size()];
      this.unknownStories = new boolean[lake.entries().size()];
      for (int i = 0; i < lake.entries().size(); i++) {
        LakeEntry entry = lake.entries().get(i);
        Integer cluster = clusters.get(entry.cluster());
        if (cluster != null) {
          clustersWithEntries[cluster] = true;
        } else {
          unknownCluster[i] = true;
        }
        for (StoryId id : entry.stories()) {
          if (!use(id, true)) {
            unknownStories[i] = true;
          }
        }
      }
      for (Cluster cluster : lake.clusters()) {
        for (StoryId id : cluster.stories()) {
          use(id, false);
        }
      }
    }

    List<Diagnostic> check() {
      for (int i = 0; i < lake.capabilities().size(); i++) {
        duplicate("capability", "/capabilities/", i, lake.capabilities().get(i).id(), firstCapability[i]);
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
      duplicate("role", "/roles/", index, role.id(), firstRole[index]);
      unknownCapabilities(() -> "role '" + role.id() + "' requires", role.requires().stream().map(CapabilityWeight::capability).toList(),
          k -> "/roles/" + index + "/requires/" + k + "/capability");
    }

    private void engagement(int index, Engagement engagement) {
      duplicate("engagement", "/engagements/", index, engagement.id(), firstEngagement[index]);
      if (engagement.start().isAfter(thisMonth)) {
        report(Rule.FUTURE_DATE, "/engagements/" + index + "/start",
            "engagement '" + engagement.id() + "' starts in " + engagement.start() + ", after today (" + today + ")",
            "correct the month; an engagement that has not started yet is not experience");
      }
      engagement.end().filter(thisMonth::isBefore).ifPresent(end -> report(Rule.FUTURE_DATE, "/engagements/" + index + "/end",
          "engagement '" + engagement.id() + "' ends in " + end + ", after today (" + today + ")",
          "leave 'end' out while the engagement goes on, or correct the month"));
    }

    private void story(int index, Story story) {
      StoryId id = story.id();
      int firstIndex = firstStory[index];
      boolean first = firstIndex == index;
      if (lint && first && !mentioned[index]) {
        report(Rule.UNUSED_STORY, "/stories/" + index, "story " + id + " is in no cluster and no entry",
            "list it in a cluster's 'stories' or cite it from an entry, or remove it from the bank");
      }
      id.parent().filter(parent -> !stories.containsKey(parent)).ifPresent(parent -> report(Rule.MISSING_PARENT, "/stories/" + index + "/id",
          "story " + id + " is a sub-entry of story " + parent + ", which is not in the story bank",
          "add story " + parent + " to 'stories', or renumber " + id));
      if (!first) {
        report(Rule.DUPLICATE_ID, "/stories/" + index + "/id", "story " + id + " is defined twice; the first definition is /stories/" + firstIndex,
            "keep one definition of story " + id + ", or give this story a new id");
      }
      story.start().filter(thisMonth::isBefore).ifPresent(start -> report(Rule.FUTURE_DATE, "/stories/" + index + "/start",
          "story " + id + " starts in " + start + ", after today (" + today + ")", "correct the month; a story tells what already happened"));
      story.end().filter(thisMonth::isBefore).ifPresent(end -> report(Rule.FUTURE_DATE, "/stories/" + index + "/end",
          "story " + id + " ends in " + end + ", after today (" + today + ")", "leave 'end' out while the story goes on, or correct the month"));
    }

    private void cluster(int index, Cluster cluster) {
      String at = "/clusters/" + index;
      String what = "cluster '" + cluster.id() + "'";
      boolean first = firstCluster[index] == index;
      if (lint && first && !clustersWithEntries[index]) {
        report(Rule.EMPTY_CLUSTER, at, what + " has no entry",
            "write an entry for it (set its 'cluster' to '" + cluster.id() + "'), or drop the cluster");
      }
      duplicate("cluster", "/clusters/", index, cluster.id(), firstCluster[index]);
      int firstWithRank = firstRank[index];
      if (firstWithRank != index) {
        report(Rule.DUPLICATE_ID, Severity.WARNING, at + "/rank",
            what + " has rank " + cluster.rank() + ", like cluster '" + lake.clusters().get(firstWithRank).id() + "' at /clusters/" + firstWithRank,
            "give each cluster its own rank, 1 for the heaviest");
      }
      if (lint && first) {
        SortedSet<StoryId> unused = new TreeSet<>();
        for (StoryId id : cluster.stories()) {
          Integer story = stories.get(id);
          if (story != null && !citedByEntries[story]) {
            unused.add(id);
          }
        }
        if (!unused.isEmpty()) {
          report(Rule.UNUSED_STORY, at + "/stories",
              what + " lists " + (unused.size() == 1 ? "a story" : unused.size() + " stories") + " no entry cites: " + StoryLists.format(unused),
              "write entries that cite them, or drop them from the cluster");
        }
      }
      unknownStories(what + " lists", at, cluster.stories());
      unknownCapabilities(() -> what + " demonstrates", cluster.capabilities(), k -> at + "/capabilities/" + k);
    }

    private void entry(int index, LakeEntry entry) {
      duplicate("entry", "/entries/", index, entry.id(), firstEntry[index]);
      if (unknownCluster[index]) {
        undefined(entryAt(index) + "/cluster", entryWhat(entry) + " belongs to", "cluster", "clusters", entry.cluster(), clusterNames);
      }
      Optional<String> engagement = entry.engagement();
      if (engagement.isPresent() && !engagements.containsKey(engagement.get())) {
        undefined(entryAt(index) + "/engagement", entryWhat(entry) + " happened in", "engagement", "engagements", engagement.get(),
            engagementNames);
      }
      if (unknownStories[index]) {
        unknownStories(entryWhat(entry) + " cites", entryAt(index), entry.stories());
      }
      claim(index, entry);
      if (lint && claimLint.reports(index)) {
        found.addAll(claimLint.claim(index, entryAt(index), entryWhat(entry)));
      }
      status(index, entry);
      unknownCapabilities(() -> entryWhat(entry) + " demonstrates", entry.capabilities(), k -> entryAt(index) + "/capabilities/" + k);
    }

    private void claim(int index, LakeEntry entry) {
      Status status = entry.status();
      if (status instanceof Target || status instanceof Current) {
        boolean target = status instanceof Target;
        ClaimWords.doneVerb(entry.claim()).ifPresent(verb -> report(Rule.READS_AS_DONE, target ? Severity.ERROR : Severity.WARNING,
            entryAt(index) + "/claim",
            entryWhat(entry) + (target ? " is a TARGET" : " is CURRENT") + " but its claim opens with '" + verb.word() + "', which reads as done",
            (target ? "phrase the plan as a plan, e.g. " + verb.asPlan() + " or " : "phrase work in progress in the present, e.g. ")
                + verb.asProgress() + ", or mark it ACHIEVED once it is done and evidenced"));
      }
      if (lint) {
        List<String> buzzwords = ClaimWords.buzzwords(entry.claim());
        if (!buzzwords.isEmpty() && entry.evidence().stream().noneMatch(anchor -> anchor instanceof ReportStat)
            && !ClaimWords.hasMeasure(entry.claim())) {
          report(Rule.SLOGAN, entryAt(index) + "/claim",
              "claim of " + entryWhat(entry) + " reads like a slogan (" + buzzwords.stream().map(b -> "'" + b + "'").collect(Collectors.joining(", "))
                  + ") with no measurable result",
              "say what changed and by how much (a number), or back it with a report stat");
        }
      }
    }

    private void status(int index, LakeEntry entry) {
      Status status = entry.status();
      if (status instanceof Achieved achieved) {
        if (entry.evidence().stream().noneMatch(EvidenceAnchor::isVerifiable)) {
          report(Rule.NO_VERIFIABLE_EVIDENCE, entryAt(index) + "/status", entryWhat(entry) + " is ACHIEVED but has no verifiable evidence (links do not count)",
              "add a run output, receipt, report stat or repro step, or mark it CURRENT");
        }
        if (achieved.on().isAfter(today)) {
          report(Rule.FUTURE_DATE, entryAt(index) + "/status/on", entryWhat(entry) + " is ACHIEVED on " + achieved.on() + ", after today (" + today + ")",
              "nothing is achieved in the future: correct the date, or mark it CURRENT or TARGET");
        }
      } else if (status instanceof Current current) {
        if (current.asOf().isAfter(today)) {
          report(Rule.FUTURE_DATE, entryAt(index) + "/status/asOf", entryWhat(entry) + " is CURRENT as of " + current.asOf() + ", after today (" + today + ")",
              "the as-of date is when the progress was last true: use today or an earlier date");
        }
      } else {
        ((Target) status).by().filter(today::isAfter).ifPresent(by -> report(Rule.FUTURE_DATE, Severity.WARNING, entryAt(index) + "/status/by",
            entryWhat(entry) + " is a TARGET for " + by + ", which has passed (today is " + today + ")",
            "mark it ACHIEVED with its evidence if it is done, CURRENT if it goes on, or move the date"));
      }
    }

    private static String entryAt(int index) {
      return "/entries/" + index;
    }

    private static String entryWhat(LakeEntry entry) {
      return "entry '" + entry.id() + "'";
    }

    private void duplicate(String kind, String list, int index, String id, int first) {
      if (first != index) {
        report(Rule.DUPLICATE_ID, list + index + "/id", kind + " '" + id + "' is defined twice; the first definition is " + list + first,
            "keep one definition of '" + id + "', or give this " + kind + " a new id");
      }
    }

    /** Reports each of {@code ids} (listed at {@code at + "/stories"}) that is not in the story bank. */
    private void unknownStories(String who, String at, List<StoryId> ids) {
      for (int k = 0; k < ids.size(); k++) {
        StoryId id = ids.get(k);
        if (!stories.containsKey(id)) {
          unknown(at + "/stories/" + k, who + " story " + id + ", which is not in the story bank", storyNames.nearest(id.toString()),
              "add story " + id + " to 'stories', or correct the id");
        }
      }
    }

    /** Reports each of {@code ids} that names no capability; {@code who} and {@code pointer} are built only for those. */
    private void unknownCapabilities(Supplier<String> who, List<String> ids, IntFunction<String> pointer) {
      for (int k = 0; k < ids.size(); k++) {
        String id = ids.get(k);
        if (!capabilities.containsKey(id)) {
          undefined(pointer.apply(k), who.get(), "capability", "capabilities", id, capabilityNames);
        }
      }
    }

    private void unknown(String pointer, String message, Optional<String> suggestion, String otherwise) {
      report(Rule.UNKNOWN_REFERENCE, pointer, message,
          suggestion.isPresent() ? "did you mean " + suggestion.get() + "? Otherwise " + otherwise : otherwise);
    }

    /** Reports that {@code who} names {@code id}, a {@code kind} not defined under {@code list}, suggesting the nearest defined id. */
    private void undefined(String pointer, String who, String kind, String list, String id, Suggestions names) {
      unknown(pointer, who + " " + kind + " '" + id + "', which is not defined", names.nearest(id).map(s -> "'" + s + "'"),
          "define " + kind + " '" + id + "' under '" + list + "', or use an existing " + kind + " id");
    }

    private void report(Rule rule, String pointer, String message, String hint) {
      report(rule, rule.severity(), pointer, message, hint);
    }

    private void report(Rule rule, Severity severity, String pointer, String message, String hint) {
      found.add(Diagnostic.of(rule, severity, pointer, message, hint));
    }

    /**
     * Marks the story {@code id} names used, and its parent too when it is a sub-entry; by an
     * entry if {@code byEntry}. Returns whether {@code id} is in the story bank.
     */
    private boolean use(StoryId id, boolean byEntry) {
      Integer story = stories.get(id);
      mark(story, byEntry);
      id.parent().ifPresent(parent -> mark(stories.get(parent), byEntry));
      return story != null;
    }

    private void mark(Integer story, boolean byEntry) {
      if (story != null) {
        mentioned[story] = true;
        if (byEntry) {
          citedByEntries[story] = true;
        }
      }
    }

    /** Fills {@code firsts} with the first index of each key; returns, per item, the first index of its key. */
    private static <T, K> int[] firstIndexes(List<T> items, Function<T, K> key, Map<K, Integer> firsts) {
      int[] first = new int[items.size()];
      for (int i = 0; i < items.size(); i++) {
        Integer earlier = firsts.putIfAbsent(key.apply(items.get(i)), i);
        first[i] = earlier == null ? i : earlier;
      }
      return first;
    }
  }
}
