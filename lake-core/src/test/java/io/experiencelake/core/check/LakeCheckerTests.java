package io.experiencelake.core.check;

import static io.experiencelake.core.check.SampleLake.OPTIONS;
import static io.experiencelake.core.check.SampleLake.TODAY;
import static io.experiencelake.core.check.SampleLake.cluster;
import static io.experiencelake.core.check.SampleLake.current;
import static io.experiencelake.core.check.SampleLake.entry;
import static io.experiencelake.core.check.SampleLake.lake;
import static io.experiencelake.core.check.SampleLake.link;
import static io.experiencelake.core.check.SampleLake.reportStat;
import static io.experiencelake.core.check.SampleLake.story;
import static io.experiencelake.core.check.SampleLake.withCluster;
import static io.experiencelake.core.check.SampleLake.withEntry;
import static org.assertj.core.api.Assertions.assertThat;

import io.experiencelake.core.Achieved;
import io.experiencelake.core.Current;
import io.experiencelake.core.Diagnostic;
import io.experiencelake.core.ImmutableCapabilityWeight;
import io.experiencelake.core.ImmutableEngagement;
import io.experiencelake.core.ImmutableLake;
import io.experiencelake.core.ImmutableLakeEntry;
import io.experiencelake.core.ImmutableRoleProfile;
import io.experiencelake.core.ImmutableStory;
import io.experiencelake.core.Lake;
import io.experiencelake.core.LakeEntry;
import io.experiencelake.core.Rule;
import io.experiencelake.core.Severity;
import io.experiencelake.core.Story;
import io.experiencelake.core.StoryId;
import io.experiencelake.core.Target;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LakeCheckerTests {

  private static List<Diagnostic> check(Lake lake) {
    return LakeChecker.check(lake, OPTIONS);
  }

  private static List<Diagnostic> checkWithoutLint(Lake lake) {
    return LakeChecker.check(lake, ImmutableCheckOptions.builder().today(TODAY).lint(false).build());
  }

  /** Asserts that {@code lake} has exactly one diagnostic, of {@code rule} at {@code pointer}, naming {@code id}. */
  private static Diagnostic onlyProblem(Lake lake, Rule rule, Severity severity, String pointer, String id) {
    return onlyProblem(check(lake), rule, severity, pointer, id);
  }

  private static Diagnostic onlyProblem(List<Diagnostic> found, Rule rule, Severity severity, String pointer, String id) {
    assertThat(found).as("diagnostics of the lake").hasSize(1);
    Diagnostic d = found.get(0);
    assertThat(d.code()).isEqualTo(rule.code());
    assertThat(d.severity()).isEqualTo(severity);
    assertThat(d.pointer()).isEqualTo(pointer);
    assertThat(d.message()).contains(id);
    assertThat(d.hint()).isNotBlank();
    return d;
  }

  @Test
  void findsNothingWrongWithTheSampleLake() {
    assertThat(check(lake())).isEmpty();
  }

  @Nested
  class AchievedNeedsVerifiableEvidence {

    @Test
    void reportsAnAchievedEntryBackedOnlyByLinks() {
      Diagnostic d = onlyProblem(withEntry(0, e -> e.withEvidence(link(), link())),
          Rule.NO_VERIFIABLE_EVIDENCE, Severity.ERROR, "/entries/0/status", "'phase-gates'");
      assertThat(d.message()).isEqualTo("entry 'phase-gates' is ACHIEVED but has no verifiable evidence (links do not count)");
      assertThat(d.hint()).isEqualTo("add a run output, receipt, report stat or repro step, or mark it CURRENT");
    }

    @Test
    void reportsAnAchievedEntryWithNoEvidenceAtAll() {
      onlyProblem(withEntry(1, e -> e.withEvidence(List.of())), Rule.NO_VERIFIABLE_EVIDENCE, Severity.ERROR,
          "/entries/1/status", "'realism-waves'");
    }

    @Test
    void acceptsOneVerifiableAnchorBesideLinks() {
      assertThat(check(withEntry(0, e -> e.withEvidence(link(), reportStat())))).isEmpty();
    }

    @Test
    void asksNoEvidenceOfCurrentOrTargetEntries() {
      assertThat(check(withEntry(0, e -> e.withClaim("Gating 6 run phases").withEvidence(link()).withStatus(current("4 of 6 phases gated")))))
          .isEmpty();
      assertThat(check(withEntry(0, e -> e.withClaim("Will gate 6 run phases").withEvidence(List.of()).withStatus(Target.undated()))))
          .isEmpty();
    }
  }

  @Nested
  class NoDateAfterToday {

    @Test
    void reportsAnAchievedDateAfterToday() {
      onlyProblem(withEntry(0, e -> e.withStatus(Achieved.on(TODAY.plusDays(1)))),
          Rule.FUTURE_DATE, Severity.ERROR, "/entries/0/status/on", "'phase-gates'");
    }

    @Test
    void acceptsAnAchievedDateOfToday() {
      assertThat(check(withEntry(0, e -> e.withStatus(Achieved.on(TODAY))))).isEmpty();
    }

    @Test
    void reportsAnAsOfDateAfterToday() {
      onlyProblem(withEntry(1, e -> e.withClaim("Running 3 remediation waves").withStatus(Current.asOf(TODAY.plusMonths(2), "2 of 3 waves"))),
          Rule.FUTURE_DATE, Severity.ERROR, "/entries/1/status/asOf", "'realism-waves'");
    }

    @Test
    void letsATargetDateLieInTheFuture() {
      assertThat(check(withEntry(0, e -> e.withClaim("Will gate 6 run phases").withStatus(Target.by(TODAY.plusYears(1)))))).isEmpty();
    }

    @Test
    void warnsOfATargetDateThatHasPassed() {
      Diagnostic d = onlyProblem(withEntry(0, e -> e.withClaim("Will gate 6 run phases").withStatus(Target.by(TODAY.minusDays(1)))),
          Rule.FUTURE_DATE, Severity.WARNING, "/entries/0/status/by", "'phase-gates'");
      assertThat(d.hint()).contains("ACHIEVED").contains("move the date");
    }

    @Test
    void reportsStoryMonthsAfterThisMonth() {
      Lake lake = withStory(3, ImmutableStory.builder().id(StoryId.parse("110")).title("Run promoted without READY")
          .start(YearMonth.of(2026, 12)).end(YearMonth.of(2027, 1)).build());
      List<Diagnostic> found = check(lake);
      assertThat(found).extracting(Diagnostic::pointer).containsExactly("/stories/3/start", "/stories/3/end");
      assertThat(found).allSatisfy(d -> {
        assertThat(d.code()).isEqualTo(Rule.FUTURE_DATE.code());
        assertThat(d.severity()).isEqualTo(Severity.ERROR);
        assertThat(d.message()).contains("story 110");
      });
    }

    @Test
    void acceptsStoryAndEngagementMonthsOfThisMonth() {
      Lake lake = ImmutableLake.copyOf(withStory(3, ImmutableStory.builder().id(StoryId.parse("110")).title("t")
              .start(YearMonth.from(TODAY)).end(YearMonth.from(TODAY)).build()))
          .withEngagements(engagement(YearMonth.from(TODAY).minusMonths(1), YearMonth.from(TODAY)));
      assertThat(check(lake)).isEmpty();
    }

    @Test
    void reportsEngagementMonthsAfterThisMonth() {
      Lake lake = ImmutableLake.copyOf(lake()).withEngagements(engagement(YearMonth.of(2027, 1), YearMonth.of(2027, 6)));
      List<Diagnostic> found = check(lake);
      assertThat(found).extracting(Diagnostic::pointer).containsExactly("/engagements/0/start", "/engagements/0/end");
      assertThat(found).allSatisfy(d -> assertThat(d.message()).contains("engagement 'platform'"));
    }

    @Test
    void takesTodayFromTheOptionsAlone() {
      Lake lake = withEntry(0, e -> e.withStatus(Achieved.on(LocalDate.of(2030, 1, 1))));
      assertThat(LakeChecker.check(lake, CheckOptions.today(LocalDate.of(2030, 1, 1)))).isEmpty();
      assertThat(LakeChecker.check(lake, CheckOptions.today(LocalDate.of(2029, 12, 31))))
          .extracting(Diagnostic::code).containsExactly(Rule.FUTURE_DATE.code());
    }

    private ImmutableEngagement engagement(YearMonth start, YearMonth end) {
      return ImmutableEngagement.copyOf(lake().engagements().get(0)).withStart(start).withEnd(end);
    }
  }

  @Nested
  class PlansDoNotReadAsDone {

    @ParameterizedTest
    @ValueSource(strings = {"Built", "Reduced", "Delivered", "Shipped", "Cut", "Eliminated", "Migrated", "Led", "Launched",
        "Designed", "Implemented", "Automated", "Re-architected", "Co-led", "Successfully shipped", "Optimised",
        "Sent", "Spent", "Became", "Broke", "Did", "Went"})
    void rejectsATargetThatOpensWithAPastTenseVerb(String opening) {
      Diagnostic d = onlyProblem(withEntry(0, e -> e.withClaim(opening + " the gates for 6 run phases").withStatus(Target.undated())),
          Rule.READS_AS_DONE, Severity.ERROR, "/entries/0/claim", "'phase-gates'");
      assertThat(d.message()).contains(opening.substring(opening.lastIndexOf(' ') + 1));
    }

    @Test
    void warnsOfACurrentEntryThatOpensWithAPastTenseVerb() {
      onlyProblem(withEntry(0, e -> e.withClaim("Reduced partial promotions to 0").withStatus(current("4 of 6 phases"))),
          Rule.READS_AS_DONE, Severity.WARNING, "/entries/0/claim", "'phase-gates'");
    }

    @Test
    void suggestsPlanPhrasingBuiltFromTheVerb() {
      Diagnostic target = onlyProblem(withEntry(0, e -> e.withClaim("Reduced p99 latency by 30%").withStatus(Target.undated())),
          Rule.READS_AS_DONE, Severity.ERROR, "/entries/0/claim", "'phase-gates'");
      assertThat(target.hint()).contains("'Will reduce …'").contains("'Reducing …'");
      Diagnostic current = onlyProblem(withEntry(0, e -> e.withClaim("Built 6 phase gates").withStatus(current("4 of 6"))),
          Rule.READS_AS_DONE, Severity.WARNING, "/entries/0/claim", "'phase-gates'");
      assertThat(current.hint()).contains("'Building …'");
      Diagnostic irregular = onlyProblem(withEntry(0, e -> e.withClaim("Sent the cut-over plan to 12 teams").withStatus(Target.undated())),
          Rule.READS_AS_DONE, Severity.ERROR, "/entries/0/claim", "'phase-gates'");
      assertThat(irregular.hint()).contains("'Will send …'").contains("'Sending …'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Building gates for 6 run phases", "Will reduce partial promotions to 0", "Speed up 6 run phases",
        "Need 6 gated run phases", "Embedded gates in 6 run phases", "Self-hosted gates for 6 run phases",
        "Distributed tracing for 6 run phases", "3x faster promotion of 6 run phases", "Reducing partial promotions to 0"})
    void acceptsPlanPhrasingAndWordsThatOnlyLookPastTense(String claim) {
      assertThat(check(withEntry(0, e -> e.withClaim(claim).withStatus(Target.undated())))).isEmpty();
    }

    @Test
    void letsAchievedEntriesReadAsDone() {
      assertThat(check(withEntry(0, e -> e.withClaim("Built gates for 6 run phases")))).isEmpty();
    }
  }

  @Nested
  class ReferencesExist {

    @Test
    void reportsAnUnknownClusterWithTheNearestId() {
      Diagnostic d = onlyProblem(checkWithoutLint(withEntry(0, e -> e.withCluster("evidence-gated-run"))),
          Rule.UNKNOWN_REFERENCE, Severity.ERROR, "/entries/0/cluster", "'phase-gates'");
      assertThat(d.message()).contains("'evidence-gated-run'");
      assertThat(d.hint()).startsWith("did you mean 'evidence-gated-runs'?");
    }

    @Test
    void offersNoSuggestionWhenNothingIsClose() {
      Diagnostic d = onlyProblem(withEntry(0, e -> e.withEngagement("consulting")),
          Rule.UNKNOWN_REFERENCE, Severity.ERROR, "/entries/0/engagement", "'consulting'");
      assertThat(d.hint()).doesNotContain("did you mean");
    }

    @Test
    void reportsEachUnknownStoryOfAnEntryAtItsIndex() {
      Lake lake = withEntry(0, e -> e.withStories(StoryId.parse("110"), StoryId.parse("46AC"), StoryId.parse("999")));
      List<Diagnostic> found = checkWithoutLint(lake);
      assertThat(found).extracting(Diagnostic::pointer).containsExactly("/entries/0/stories/1", "/entries/0/stories/2");
      assertThat(found.get(0).message()).contains("entry 'phase-gates'").contains("story 46AC");
      assertThat(found.get(0).hint()).startsWith("did you mean 46AA?");
      assertThat(found.get(1).message()).contains("story 999");
    }

    @Test
    void reportsUnknownStoriesAndCapabilitiesOfAClusterAndARole() {
      Lake lake = ImmutableLake.copyOf(withCluster(1, c -> c.withStories(StoryId.parse("46"), StoryId.parse("47")).withCapabilities("measured-realsm")))
          .withRoles(ImmutableRoleProfile.copyOf(lake().roles().get(0))
              .withRequires(ImmutableCapabilityWeight.builder().capability("streaming").weight(0.5).build()));
      List<Diagnostic> found = checkWithoutLint(lake);
      assertThat(found).extracting(Diagnostic::pointer)
          .containsExactly("/roles/0/requires/0/capability", "/clusters/1/stories/1", "/clusters/1/capabilities/0");
      assertThat(found).extracting(Diagnostic::code).containsOnly(Rule.UNKNOWN_REFERENCE.code());
      assertThat(found.get(0).message()).contains("role 'mlops-platform'").contains("'streaming'");
      assertThat(found.get(1).message()).contains("cluster 'realism-governance'").contains("story 47");
      assertThat(found.get(2).hint()).startsWith("did you mean 'measured-realism'?");
    }

    @Test
    void reportsAnUnknownCapabilityOfAnEntry() {
      onlyProblem(withEntry(1, e -> e.withCapabilities("run-discipline", "run-disciplin")),
          Rule.UNKNOWN_REFERENCE, Severity.ERROR, "/entries/1/capabilities/1", "'realism-waves'");
    }

    @Test
    void reportsASubEntryWhoseParentStoryIsMissing() {
      Lake lake = ImmutableLake.copyOf(withStory(0, story("45"))).withClusters(lake().clusters().get(0),
          cluster("realism-governance", 2, "45", "46AA", "46AB").withCapabilities("measured-realism"));
      List<Diagnostic> found = checkWithoutLint(lake);
      assertThat(found).extracting(Diagnostic::code).containsExactly(Rule.MISSING_PARENT.code(), Rule.MISSING_PARENT.code());
      assertThat(found).extracting(Diagnostic::pointer).containsExactly("/stories/1/id", "/stories/2/id");
      assertThat(found.get(0).message()).contains("story 46AA").contains("story 46,");
    }

    @Test
    void reportsAnIdDefinedTwiceAtTheSecondDefinition() {
      Lake lake = ImmutableLake.copyOf(lake()).withEntries(lake().entries().get(0), lake().entries().get(1),
          entry("phase-gates", "evidence-gated-runs", "Gated 6 phases", Achieved.on(LocalDate.of(2025, 1, 1)), "110"));
      Diagnostic d = onlyProblem(lake, Rule.DUPLICATE_ID, Severity.ERROR, "/entries/2/id", "'phase-gates'");
      assertThat(d.message()).contains("/entries/0");
    }

    @Test
    void reportsDuplicatesInEveryList() {
      Lake base = lake();
      List<Story> stories = new ArrayList<>(base.stories());
      stories.add(story("110"));
      Lake lake = ImmutableLake.copyOf(base)
          .withCapabilities(base.capabilities().get(0), base.capabilities().get(1), base.capabilities().get(0))
          .withRoles(base.roles().get(0), base.roles().get(0))
          .withEngagements(base.engagements().get(0), base.engagements().get(0))
          .withStories(stories)
          .withClusters(base.clusters().get(0), base.clusters().get(1), cluster("evidence-gated-runs", 3, "110"));
      List<Diagnostic> found = check(lake);
      assertThat(found).extracting(Diagnostic::pointer)
          .containsExactly("/capabilities/2/id", "/roles/1/id", "/engagements/1/id", "/stories/5/id", "/clusters/2/id");
      assertThat(found).extracting(Diagnostic::code).containsOnly(Rule.DUPLICATE_ID.code());
      assertThat(found.get(3).message()).contains("story 110").contains("/stories/3");
    }

    @Test
    void warnsOfTwoClustersWithOneRank() {
      Diagnostic d = onlyProblem(withCluster(1, c -> c.withRank(1)), Rule.DUPLICATE_ID, Severity.WARNING, "/clusters/1/rank",
          "'realism-governance'");
      assertThat(d.message()).contains("'evidence-gated-runs'");
    }
  }

  @Nested
  class Lint {

    @Test
    void warnsOfASloganShapedClaim() {
      Diagnostic d = onlyProblem(withEntry(0, e -> e.withClaim("Leveraged world-class synergy to deliver robust, seamless gates")),
          Rule.SLOGAN, Severity.WARNING, "/entries/0/claim", "'phase-gates'");
      assertThat(d.message()).contains("'world-class'").contains("'robust'");
    }

    @Test
    void acceptsBuzzwordsBesideANumberOrAReportStat() {
      assertThat(check(withEntry(0, e -> e.withClaim("Built robust gates for 6 run phases")))).isEmpty();
      assertThat(check(withEntry(0, e -> e.withClaim("Built robust, seamless gates").withEvidence(reportStat())))).isEmpty();
    }

    @Test
    void warnsOfAClusterWithNoEntry() {
      Lake lake = ImmutableLake.copyOf(lake()).withEntries(lake().entries().get(0));
      List<Diagnostic> found = check(lake);
      assertThat(found).extracting(Diagnostic::pointer).containsExactly("/clusters/1", "/clusters/1/stories");
      assertThat(found.get(0).code()).isEqualTo(Rule.EMPTY_CLUSTER.code());
      assertThat(found.get(0).message()).contains("'realism-governance'");
      assertThat(found.get(1).code()).isEqualTo(Rule.UNUSED_STORY.code());
      assertThat(found.get(1).message()).contains("46, 46AA, 46AB");
    }

    @Test
    void listsTheUnusedStoriesOfAClusterInOneWarningWithRanges() {
      Lake base = lake();
      List<Story> stories = new ArrayList<>(base.stories());
      List<String> ids = new ArrayList<>(List.of("46"));
      for (String suffix : new String[] {"AA", "AB", "AC", "AD", "AE", "AF"}) {
        ids.add("46" + suffix);
        if (!suffix.equals("AA") && !suffix.equals("AB")) {
          stories.add(story("46" + suffix));
        }
      }
      stories.add(story("130"));
      stories.add(story("131"));
      stories.add(story("132"));
      ids.addAll(List.of("130", "131", "132"));
      Lake lake = ImmutableLake.copyOf(base).withStories(stories)
          .withClusters(base.clusters().get(0), cluster("realism-governance", 2, ids.toArray(String[]::new)));
      Diagnostic d = onlyProblem(lake, Rule.UNUSED_STORY, Severity.WARNING, "/clusters/1/stories", "'realism-governance'");
      assertThat(d.message()).contains("7 stories").endsWith(": 46AC\u201346AF, 130\u2013132");
    }

    @Test
    void warnsOfAStoryNoClusterOrEntryMentions() {
      Lake lake = ImmutableLake.copyOf(lake()).withStories(appended(lake().stories(), story("200")));
      onlyProblem(lake, Rule.UNUSED_STORY, Severity.WARNING, "/stories/5", "story 200");
    }

    @Test
    void countsAParentStoryUsedWhenAnEntryCitesOneOfItsSubEntries() {
      Lake lake = withCluster(1, c -> c.withStories(StoryId.parse("46AA"), StoryId.parse("46AB")));
      assertThat(check(lake)).isEmpty();
    }

    @Test
    void staysQuietWhenLintIsOff() {
      Lake lake = ImmutableLake.copyOf(withEntry(0, e -> e.withClaim("Leveraged world-class synergy")))
          .withStories(appended(lake().stories(), story("200")));
      assertThat(checkWithoutLint(lake)).isEmpty();
      assertThat(check(lake)).extracting(Diagnostic::code).containsExactly(Rule.UNUSED_STORY.code(), Rule.SLOGAN.code());
    }
  }

  @Nested
  class OneReport {

    @Test
    void reportsEveryProblemInDocumentOrderThenByCode() {
      Lake base = lake();
      Lake lake = ImmutableLake.copyOf(base)
          .withRoles(ImmutableRoleProfile.copyOf(base.roles().get(0))
              .withRequires(ImmutableCapabilityWeight.builder().capability("run-discipline").weight(1).build(),
                  ImmutableCapabilityWeight.builder().capability("stremaing").weight(0.5).build()))
          .withStories(appended(base.stories(), ImmutableStory.builder().id(StoryId.parse("300AA")).title("Orphan").build()))
          .withClusters(base.clusters().get(0), base.clusters().get(1), cluster("empty-cluster", 2))
          .withEntries(
              ImmutableLakeEntry.copyOf(base.entries().get(0)).withStatus(Achieved.on(TODAY.plusDays(5))).withEvidence(link()),
              ImmutableLakeEntry.copyOf(base.entries().get(1)).withClaim("Reduced realism findings, passionate about robust quality")
                  .withStatus(Target.by(TODAY.minusDays(10))).withCluster("realism-governence"));
      List<Diagnostic> found = check(lake);
      assertThat(found).extracting(d -> d.pointer() + " " + d.code()).containsExactly(
          "/roles/0/requires/1/capability LAKE-I005",
          "/stories/5 LAKE-L003",
          "/stories/5/id LAKE-I006",
          "/clusters/1 LAKE-L002",
          "/clusters/2 LAKE-L002",
          "/clusters/2/rank LAKE-I007",
          "/entries/0/status LAKE-I002",
          "/entries/0/status/on LAKE-I003",
          "/entries/1/cluster LAKE-I005",
          "/entries/1/claim LAKE-I004",
          "/entries/1/claim LAKE-L001",
          "/entries/1/status/by LAKE-I003");
      assertThat(found).allSatisfy(d -> assertThat(d.message()).containsPattern("'[a-z0-9-]+'|story \\d+"));
      assertThat(check(lake)).as("a second check of the same lake").isEqualTo(found);
    }

    @Test
    void staysLinearOnAHundredThousandEntriesWithUnknownReferences() {
      Lake base = lake();
      LakeEntry template = base.entries().get(0);
      List<LakeEntry> entries = new ArrayList<>();
      List<Story> stories = new ArrayList<>(base.stories());
      for (int i = 0; i < 100_000; i++) {
        stories.add(story(Integer.toString(1000 + i)));
        entries.add(ImmutableLakeEntry.copyOf(template).withId("entry-" + i)
            .withCluster(i % 2 == 0 ? "evidence-gated-runs" : "no-such-cluster-" + i % 7)
            .withStories(StoryId.of(1000 + i), StoryId.of(999_000 + i)));
      }
      Lake lake = ImmutableLake.copyOf(base).withStories(stories).withEntries(entries);
      long start = System.nanoTime();
      List<Diagnostic> found = checkWithoutLint(lake);
      long millis = (System.nanoTime() - start) / 1_000_000;
      assertThat(found).hasSize(150_000).extracting(Diagnostic::code).containsOnly(Rule.UNKNOWN_REFERENCE.code());
      assertThat(found.get(found.size() - 1).pointer()).isEqualTo("/entries/99999/stories/1");
      assertThat(millis).as("milliseconds to check 100,000 entries (a quadratic check takes minutes)").isLessThan(30_000);
    }
  }

  private static Lake withStory(int index, Story story) {
    List<Story> stories = new ArrayList<>(lake().stories());
    stories.set(index, story);
    return ImmutableLake.copyOf(lake()).withStories(stories);
  }

  private static <T> List<T> appended(List<T> list, T item) {
    List<T> out = new ArrayList<>(list);
    out.add(item);
    return out;
  }
}
