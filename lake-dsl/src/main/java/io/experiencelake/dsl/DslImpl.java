package io.experiencelake.dsl;

import io.experiencelake.core.Achieved;
import io.experiencelake.core.Alternative;
import io.experiencelake.core.Capability;
import io.experiencelake.core.CapabilityWeight;
import io.experiencelake.core.Cluster;
import io.experiencelake.core.Comparison;
import io.experiencelake.core.Current;
import io.experiencelake.core.Decision;
import io.experiencelake.core.Diagnostic;
import io.experiencelake.core.Engagement;
import io.experiencelake.core.EngagementKind;
import io.experiencelake.core.EvidenceAnchor;
import io.experiencelake.core.ImmutableAlternative;
import io.experiencelake.core.ImmutableCapability;
import io.experiencelake.core.ImmutableCapabilityWeight;
import io.experiencelake.core.ImmutableCluster;
import io.experiencelake.core.ImmutableCsvCell;
import io.experiencelake.core.ImmutableDecision;
import io.experiencelake.core.ImmutableDiagnostic;
import io.experiencelake.core.ImmutableEngagement;
import io.experiencelake.core.ImmutableLake;
import io.experiencelake.core.ImmutableLakeEntry;
import io.experiencelake.core.ImmutableLink;
import io.experiencelake.core.ImmutableLetter;
import io.experiencelake.core.ImmutableOwner;
import io.experiencelake.core.ImmutableReceipt;
import io.experiencelake.core.ImmutableReportStat;
import io.experiencelake.core.ImmutableReproStep;
import io.experiencelake.core.ImmutableRoleProfile;
import io.experiencelake.core.ImmutableRunOutput;
import io.experiencelake.core.ImmutableStory;
import io.experiencelake.core.Lake;
import io.experiencelake.core.LakeEntry;
import io.experiencelake.core.LakeException;
import io.experiencelake.core.Letter;
import io.experiencelake.core.Owner;
import io.experiencelake.core.RoleProfile;
import io.experiencelake.core.Rule;
import io.experiencelake.core.Status;
import io.experiencelake.core.Story;
import io.experiencelake.core.StoryId;
import io.experiencelake.core.Target;
import io.experiencelake.core.Tier;
import io.experiencelake.core.check.CheckOptions;
import io.experiencelake.core.check.LakeChecker;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The package-private implementation behind every step interface: one small mutable builder per
 * subject, each returning itself from every step.
 *
 * <p>A value is built (or its problems recorded) at the moment its chain is handed on, so later
 * calls on the same chain cannot change what the lake holds. Problems are kept with pointers
 * relative to the value and prefixed with its place in the lake ({@code /entries/3}) when the lake
 * is built, so every problem of every value is reported in one {@link LakeException}.
 */
final class DslImpl {

  private DslImpl() {}

  // ---------------------------------------------------------------- lake

  /** A lake being written. */
  static final class LakeImpl implements LakeStep {

    private final Built<Owner> owner;
    private final List<Built<Capability>> capabilities = new ArrayList<>();
    private final List<Built<RoleProfile>> roles = new ArrayList<>();
    private final List<Built<Engagement>> engagements = new ArrayList<>();
    private final List<Built<Story>> stories = new ArrayList<>();
    private final List<Built<Cluster>> clusters = new ArrayList<>();
    private final List<Built<LakeEntry>> entries = new ArrayList<>();

    LakeImpl(OwnerImpl owner) {
      this.owner = Built.of(null, owner::toValue);
    }

    @Override
    public LakeStep capability(String id, String title) {
      capabilities.add(Built.of("capability '" + id + "'", () -> ImmutableCapability.builder().id(id).title(title).build()));
      return this;
    }

    @Override
    public LakeStep capability(String id, String title, String description) {
      capabilities.add(Built.of("capability '" + id + "'",
          () -> ImmutableCapability.builder().id(id).title(title).description(description).build()));
      return this;
    }

    @Override
    public LakeStep role(RoleFinalStep role) {
      RoleImpl impl = (RoleImpl) role;
      roles.add(Built.of("role '" + impl.id + "'", impl::toValue));
      return this;
    }

    @Override
    public LakeStep engagement(EngagementFinalStep engagement) {
      EngagementImpl impl = (EngagementImpl) engagement;
      engagements.add(Built.of("engagement '" + impl.id + "'", impl::toValue));
      return this;
    }

    @Override
    public LakeStep story(StoryFinalStep story) {
      StoryImpl impl = (StoryImpl) story;
      stories.add(Built.of("story '" + impl.id + "'", impl::toValue));
      return this;
    }

    @Override
    public LakeStep stories(String idOrRange, Function<StoryId, String> title) {
      Built<List<StoryId>> ids = Built.of(null, () -> StoryId.expand(idOrRange));
      if (ids.value() == null) {
        // The whole range failed: its problems take the place of its first story.
        stories.add(new Built<>(null, ids.problems()));
        return this;
      }
      for (StoryId id : ids.value()) {
        String storyTitle = title.apply(id);
        stories.add(Built.of("story '" + id + "'", () -> ImmutableStory.builder().id(id).title(storyTitle).build()));
      }
      return this;
    }

    @Override
    public LakeStep cluster(ClusterFinalStep cluster) {
      ClusterImpl impl = (ClusterImpl) cluster;
      clusters.add(Built.of("cluster '" + impl.id + "'", impl::toValue));
      return this;
    }

    @Override
    public LakeStep entry(EntryFinalStep entry) {
      EntryImpl impl = (EntryImpl) entry;
      entries.add(Built.of("entry '" + impl.id + "'", impl::toValue));
      return this;
    }

    @Override
    public Lake build(LocalDate today) {
      return build(CheckOptions.today(today));
    }

    @Override
    public Lake build(CheckOptions options) {
      Lake lake = buildUnchecked();
      List<Diagnostic> diagnostics = LakeChecker.check(lake, options);
      if (diagnostics.stream().anyMatch(Diagnostic::isError)) {
        throw new LakeException(namingEntries(lake, diagnostics));
      }
      return lake;
    }

    /** The checker's diagnostics, each one inside an entry naming the entry's id. */
    private static List<Diagnostic> namingEntries(Lake lake, List<Diagnostic> diagnostics) {
      List<Diagnostic> named = new ArrayList<>();
      for (Diagnostic d : diagnostics) {
        Matcher inEntry = ENTRY_POINTER.matcher(d.pointer());
        int index = inEntry.lookingAt() ? Integer.parseInt(inEntry.group(1)) : -1;
        named.add(index >= 0 && index < lake.entries().size()
            ? named("entry '" + lake.entries().get(index).id() + "'", d)
            : d);
      }
      return named;
    }

    @Override
    public Lake buildUnchecked() {
      Problems problems = new Problems();
      Owner builtOwner = problems.take("/owner", owner);
      List<Capability> builtCapabilities = problems.takeAll("/capabilities/", capabilities);
      List<RoleProfile> builtRoles = problems.takeAll("/roles/", roles);
      List<Engagement> builtEngagements = problems.takeAll("/engagements/", engagements);
      List<Story> builtStories = problems.takeAll("/stories/", stories);
      List<Cluster> builtClusters = problems.takeAll("/clusters/", clusters);
      List<LakeEntry> builtEntries = problems.takeAll("/entries/", entries);
      problems.throwIfAny();
      return ImmutableLake.builder()
          .owner(builtOwner)
          .addAllCapabilities(builtCapabilities)
          .addAllRoles(builtRoles)
          .addAllEngagements(builtEngagements)
          .addAllStories(builtStories)
          .addAllClusters(builtClusters)
          .addAllEntries(builtEntries)
          .build();
    }
  }

  // ---------------------------------------------------------------- owner, roles, engagements, stories, clusters

  /** The owner of a lake. */
  static final class OwnerImpl implements OwnerStep {

    private final String name;
    private final String headline;
    private String email;
    private String location;
    private String summary;
    private String url;
    private String site;

    OwnerImpl(String name, String headline) {
      this.name = name;
      this.headline = headline;
    }

    @Override
    public OwnerStep email(String email) {
      this.email = email;
      return this;
    }

    @Override
    public OwnerStep location(String location) {
      this.location = location;
      return this;
    }

    @Override
    public OwnerStep summary(String summary) {
      this.summary = summary;
      return this;
    }

    @Override
    public OwnerStep url(String uri) {
      this.url = uri;
      return this;
    }

    @Override
    public OwnerStep site(String uri) {
      this.site = uri;
      return this;
    }

    Owner toValue() {
      return ImmutableOwner.builder()
          .name(name)
          .headline(headline)
          .email(Optional.ofNullable(email))
          .location(Optional.ofNullable(location))
          .summary(Optional.ofNullable(summary))
          .url(url == null ? Optional.empty() : Optional.of(uri(url, "/url")))
          .site(site == null ? Optional.empty() : Optional.of(uri(site, "/site")))
          .build();
    }
  }

  /** A role profile. */
  static final class RoleImpl implements RoleFinalStep {

    private final String id;
    private final String title;
    private String band;
    private final List<Built<CapabilityWeight>> requires = new ArrayList<>();
    private final List<String> keywords = new ArrayList<>();
    private String opening;
    private String closing;

    RoleImpl(String id, String title) {
      this.id = id;
      this.title = title;
    }

    @Override
    public RoleFinalStep band(String band) {
      this.band = band;
      return this;
    }

    @Override
    public RoleFinalStep requires(String capability, double weight) {
      requires.add(Built.of(null, () -> ImmutableCapabilityWeight.builder().capability(capability).weight(weight).build()));
      return this;
    }

    @Override
    public RoleFinalStep keywords(String... keywords) {
      this.keywords.addAll(List.of(keywords));
      return this;
    }

    @Override
    public RoleFinalStep letterOpening(String opening) {
      this.opening = opening;
      return this;
    }

    @Override
    public RoleFinalStep letterClosing(String closing) {
      this.closing = closing;
      return this;
    }

    RoleProfile toValue() {
      Problems problems = new Problems();
      List<CapabilityWeight> weights = problems.takeAll("/requires/", requires);
      Optional<Letter> letter = opening == null && closing == null ? Optional.empty()
          : Optional.ofNullable(problems.attempt("/letter", () -> ImmutableLetter.builder()
              .opening(Optional.ofNullable(opening)).closing(Optional.ofNullable(closing)).build()));
      RoleProfile role = problems.attempt("", () -> ImmutableRoleProfile.builder()
          .id(id)
          .title(title)
          .band(Optional.ofNullable(band))
          .addAllRequires(weights)
          .addAllKeywords(keywords)
          .letter(letter)
          .build());
      problems.throwIfAny();
      return role;
    }
  }

  /** An engagement. */
  static final class EngagementImpl implements EngagementRoleStep, EngagementStartStep, EngagementFinalStep {

    private final EngagementKind kind;
    private final String id;
    private final String name;
    private String role;
    private int startYear;
    private int startMonth;
    private boolean ended;
    private int endYear;
    private int endMonth;
    private String location;
    private String summary;

    EngagementImpl(EngagementKind kind, String id, String name) {
      this.kind = kind;
      this.id = id;
      this.name = name;
    }

    @Override
    public EngagementStartStep role(String role) {
      this.role = role;
      return this;
    }

    @Override
    public EngagementFinalStep from(int year, int month) {
      this.startYear = year;
      this.startMonth = month;
      return this;
    }

    @Override
    public EngagementFinalStep until(int year, int month) {
      this.ended = true;
      this.endYear = year;
      this.endMonth = month;
      return this;
    }

    @Override
    public EngagementFinalStep location(String location) {
      this.location = location;
      return this;
    }

    @Override
    public EngagementFinalStep summary(String summary) {
      this.summary = summary;
      return this;
    }

    Engagement toValue() {
      Problems problems = new Problems();
      YearMonth start = problems.attempt("", () -> month(startYear, startMonth, "/start"));
      Optional<YearMonth> end = ended ? Optional.ofNullable(problems.attempt("", () -> month(endYear, endMonth, "/end"))) : Optional.empty();
      problems.throwIfAny();
      return ImmutableEngagement.builder()
          .id(id)
          .kind(kind)
          .name(name)
          .role(role)
          .start(start)
          .end(end)
          .location(Optional.ofNullable(location))
          .summary(Optional.ofNullable(summary))
          .build();
    }
  }

  /** A story. */
  static final class StoryImpl implements StoryFinalStep {

    private final String id;
    private final String title;
    private String challenge;
    private boolean started;
    private int startYear;
    private int startMonth;
    private boolean ended;
    private int endYear;
    private int endMonth;
    private final List<String> tags = new ArrayList<>();

    StoryImpl(String id, String title) {
      this.id = id;
      this.title = title;
    }

    @Override
    public StoryFinalStep challenge(String challenge) {
      this.challenge = challenge;
      return this;
    }

    @Override
    public StoryFinalStep during(int year, int month) {
      this.started = true;
      this.startYear = year;
      this.startMonth = month;
      return this;
    }

    @Override
    public StoryFinalStep until(int year, int month) {
      this.ended = true;
      this.endYear = year;
      this.endMonth = month;
      return this;
    }

    @Override
    public StoryFinalStep tags(String... tags) {
      this.tags.addAll(List.of(tags));
      return this;
    }

    Story toValue() {
      Problems problems = new Problems();
      StoryId storyId = problems.attempt("/id", () -> StoryId.parse(id));
      Optional<YearMonth> start = started ? Optional.ofNullable(problems.attempt("", () -> month(startYear, startMonth, "/start"))) : Optional.empty();
      Optional<YearMonth> end = ended ? Optional.ofNullable(problems.attempt("", () -> month(endYear, endMonth, "/end"))) : Optional.empty();
      Story story = storyId == null ? null : problems.attempt("", () -> ImmutableStory.builder()
          .id(storyId)
          .title(title)
          .challenge(Optional.ofNullable(challenge))
          .start(start)
          .end(end)
          .addAllTags(tags)
          .build());
      problems.throwIfAny();
      return story;
    }
  }

  /** A cluster. */
  static final class ClusterImpl implements ClusterTitleStep, ClusterWhyStep, ClusterFinalStep {

    private final String id;
    private final int rank;
    private final Tier tier;
    private String title;
    private String why;
    private final List<String> stories = new ArrayList<>();
    private final List<String> capabilities = new ArrayList<>();

    ClusterImpl(String id, int rank, Tier tier) {
      this.id = id;
      this.rank = rank;
      this.tier = tier;
    }

    @Override
    public ClusterWhyStep title(String title) {
      this.title = title;
      return this;
    }

    @Override
    public ClusterFinalStep why(String why) {
      this.why = why;
      return this;
    }

    @Override
    public ClusterFinalStep stories(String... idsOrRanges) {
      stories.addAll(List.of(idsOrRanges));
      return this;
    }

    @Override
    public ClusterFinalStep demonstrates(String... capabilityIds) {
      capabilities.addAll(List.of(capabilityIds));
      return this;
    }

    Cluster toValue() {
      Problems problems = new Problems();
      List<StoryId> ids = problems.expandAll("/stories/", stories);
      Cluster cluster = problems.attempt("", () -> ImmutableCluster.builder()
          .id(id)
          .rank(rank)
          .tier(tier)
          .title(title)
          .why(why)
          .addAllStories(ids)
          .addAllCapabilities(capabilities)
          .build());
      problems.throwIfAny();
      return cluster;
    }
  }

  // ---------------------------------------------------------------- entries

  /** Stands in for a part that failed, so the entry's own checks still report in the same pass. */
  private static final Decision PLACEHOLDER_DECISION =
      ImmutableDecision.builder().choice("placeholder").consequence("placeholder").build();

  /** An entry. */
  static final class EntryImpl
      implements EntryClusterStep, EntryEngagementStep, EntryConstraintStep, EntryDecisionStep, EntryAlternativeStep,
          EntryEvidenceStep, EntryEvidenceMoreStep, EntryWeakEvidenceStep, EntryUnprovenStep, EntryFinalStep {

    private final String id;
    private String cluster;
    private String engagement;
    private final List<String> stories = new ArrayList<>();
    private String claim;
    private String constraint;
    private String choice;
    private final List<Built<Alternative>> alternatives = new ArrayList<>();
    private String consequence;
    private final List<Built<EvidenceAnchor>> evidence = new ArrayList<>();
    private Supplier<Status> status;
    private final List<String> capabilities = new ArrayList<>();
    private final List<String> keywords = new ArrayList<>();

    EntryImpl(String id) {
      this.id = id;
    }

    @Override
    public EntryEngagementStep in(String clusterId) {
      this.cluster = clusterId;
      return this;
    }

    @Override
    public EntryStoriesStep at(String engagementId) {
      this.engagement = engagementId;
      return this;
    }

    @Override
    public EntryClaimStep from(String... storyIdsOrRanges) {
      stories.addAll(List.of(storyIdsOrRanges));
      return this;
    }

    @Override
    public EntryConstraintStep claim(String claim) {
      this.claim = claim;
      return this;
    }

    @Override
    public EntryDecisionStep constraint(String constraint) {
      this.constraint = constraint;
      return this;
    }

    @Override
    public EntryAlternativeStep decision(String choice) {
      this.choice = choice;
      return this;
    }

    @Override
    public EntryAlternativeStep over(String option, String whyNot) {
      alternatives.add(Built.of(null, () -> ImmutableAlternative.builder().option(option).whyNot(whyNot).build()));
      return this;
    }

    @Override
    public EntryEvidenceStep consequence(String consequence) {
      this.consequence = consequence;
      return this;
    }

    @Override
    public EntryEvidenceMoreStep evidence(VerifiableEvidence anchor) {
      return and(anchor);
    }

    @Override
    public EntryWeakEvidenceStep evidence(WeakEvidence anchor) {
      return and(anchor);
    }

    @Override
    public EntryUnprovenStep noEvidenceYet() {
      return this;
    }

    @Override
    public EntryImpl and(VerifiableEvidence anchor) {
      evidence.add(((AnchorImpl) anchor).snapshot());
      return this;
    }

    @Override
    public EntryImpl and(WeakEvidence anchor) {
      evidence.add(((AnchorImpl) anchor).snapshot());
      return this;
    }

    @Override
    public EntryFinalStep achieved(LocalDate on) {
      this.status = () -> Achieved.on(on);
      return this;
    }

    @Override
    public EntryFinalStep achieved(int year, int month, int day) {
      this.status = () -> Achieved.on(day(year, month, day, "/on"));
      return this;
    }

    @Override
    public EntryFinalStep current(LocalDate asOf, String progress) {
      this.status = () -> Current.asOf(asOf, progress);
      return this;
    }

    @Override
    public EntryFinalStep target() {
      this.status = Target::undated;
      return this;
    }

    @Override
    public EntryFinalStep target(LocalDate by) {
      this.status = () -> Target.by(by);
      return this;
    }

    @Override
    public EntryFinalStep capabilities(String... capabilityIds) {
      capabilities.addAll(List.of(capabilityIds));
      return this;
    }

    @Override
    public EntryFinalStep keywords(String... keywords) {
      this.keywords.addAll(List.of(keywords));
      return this;
    }

    LakeEntry toValue() {
      Problems problems = new Problems();
      List<StoryId> ids = problems.expandAll("/stories/", stories);
      List<Alternative> builtAlternatives = problems.takeAll("/decision/alternatives/", alternatives);
      Decision decision = problems.attempt("/decision", () -> ImmutableDecision.builder()
          .choice(choice)
          .consequence(consequence)
          .addAllAlternatives(builtAlternatives)
          .build());
      List<EvidenceAnchor> anchors = problems.takeAll("/evidence/", evidence);
      Status builtStatus = problems.attempt("/status", status);
      LakeEntry entry = problems.attempt("", () -> ImmutableLakeEntry.builder()
          .id(id)
          .cluster(cluster)
          .claim(claim)
          .constraint(constraint)
          .decision(decision == null ? PLACEHOLDER_DECISION : decision)
          .status(builtStatus == null ? Target.undated() : builtStatus)
          .engagement(Optional.ofNullable(engagement))
          .addAllStories(ids)
          .addAllEvidence(anchors)
          .addAllCapabilities(capabilities)
          .addAllKeywords(keywords)
          .build());
      problems.throwIfAny();
      return entry;
    }
  }

  // ---------------------------------------------------------------- evidence anchors

  /** What every anchor's implementation can do: build its value. */
  abstract static class AnchorImpl {

    abstract EvidenceAnchor toAnchor();

    /** The anchor as it stands now, or its problems. */
    final Built<EvidenceAnchor> snapshot() {
      return Built.of(null, this::toAnchor);
    }
  }

  /** A run output. */
  static final class RunOutputImpl extends AnchorImpl implements RunOutputFinalStep {

    private final String path;
    private final String sha256;
    private String description;

    RunOutputImpl(String path, String sha256) {
      this.path = path;
      this.sha256 = sha256;
    }

    @Override
    public RunOutputFinalStep describedAs(String description) {
      this.description = description;
      return this;
    }

    @Override
    EvidenceAnchor toAnchor() {
      return ImmutableRunOutput.builder().path(path).sha256(sha256).description(Optional.ofNullable(description)).build();
    }
  }

  /** A receipt, kept as a file or known by an external id. */
  static final class ReceiptImpl extends AnchorImpl implements ReceiptAttestsStep, ReceiptFinalStep {

    private final String path;
    private final String id;
    private final String sha256;
    private String attests;

    ReceiptImpl(String path, String id, String sha256) {
      this.path = path;
      this.id = id;
      this.sha256 = sha256;
    }

    @Override
    public ReceiptFinalStep attests(String attests) {
      this.attests = attests;
      return this;
    }

    @Override
    EvidenceAnchor toAnchor() {
      return ImmutableReceipt.builder()
          .sha256(sha256)
          .attests(attests)
          .path(Optional.ofNullable(path))
          .id(Optional.ofNullable(id))
          .build();
    }
  }

  /** A report stat. */
  static final class ReportStatImpl extends AnchorImpl
      implements ReportStatLocatorStep, ReportStatMetricStep, ReportStatValueStep, ReportStatFinalStep {

    private final String path;
    private String pointer;
    private String column;
    private String keyColumn;
    private String key;
    private String metric;
    private double value;
    private String unit;
    private Comparison comparison;
    private Double tolerance;
    private String sha256;

    ReportStatImpl(String path) {
      this.path = path;
    }

    @Override
    public ReportStatMetricStep pointer(String jsonPointer) {
      this.pointer = jsonPointer;
      return this;
    }

    @Override
    public ReportStatMetricStep cell(String column, String keyColumn, String key) {
      this.column = column;
      this.keyColumn = keyColumn;
      this.key = key;
      return this;
    }

    @Override
    public ReportStatValueStep metric(String metric) {
      this.metric = metric;
      return this;
    }

    private ReportStatFinalStep compare(Comparison comparison, double value, String unit) {
      this.comparison = comparison;
      this.value = value;
      this.unit = unit;
      return this;
    }

    @Override
    public ReportStatFinalStep is(double value, String unit) {
      return compare(Comparison.EQ, value, unit);
    }

    @Override
    public ReportStatFinalStep atMost(double value, String unit) {
      return compare(Comparison.LE, value, unit);
    }

    @Override
    public ReportStatFinalStep atLeast(double value, String unit) {
      return compare(Comparison.GE, value, unit);
    }

    @Override
    public ReportStatFinalStep below(double value, String unit) {
      return compare(Comparison.LT, value, unit);
    }

    @Override
    public ReportStatFinalStep above(double value, String unit) {
      return compare(Comparison.GT, value, unit);
    }

    @Override
    public ReportStatFinalStep within(double value, double tolerance, String unit) {
      this.tolerance = tolerance;
      return compare(Comparison.EQ, value, unit);
    }

    @Override
    public ReportStatFinalStep sha256(String reportDigest) {
      this.sha256 = reportDigest;
      return this;
    }

    @Override
    public ReportStatFinalStep tolerance(double tolerance) {
      this.tolerance = tolerance;
      return this;
    }

    @Override
    EvidenceAnchor toAnchor() {
      ImmutableReportStat.BuildFinal stat = ImmutableReportStat.builder()
          .path(path)
          .metric(metric)
          .value(value)
          .unit(unit)
          .comparison(comparison)
          .pointer(Optional.ofNullable(pointer))
          .tolerance(Optional.ofNullable(tolerance))
          .sha256(Optional.ofNullable(sha256));
      if (column != null) {
        stat.cell(locatedUnder("/cell", () -> ImmutableCsvCell.builder().column(column).keyColumn(keyColumn).key(key).build()));
      }
      return stat.build();
    }
  }

  /** A repro step. */
  static final class ReproStepImpl extends AnchorImpl implements ReproStepOutputStep, ReproStepFinalStep {

    private final List<String> argv;
    private String outputContains;
    private String outputSha256;
    private String workingDir;
    private Integer exit;

    ReproStepImpl(List<String> argv) {
      this.argv = argv;
    }

    @Override
    public ReproStepFinalStep outputContains(String text) {
      this.outputContains = text;
      return this;
    }

    @Override
    public ReproStepFinalStep outputSha256(String digest) {
      this.outputSha256 = digest;
      return this;
    }

    @Override
    public ReproStepFinalStep in(String workingDir) {
      this.workingDir = workingDir;
      return this;
    }

    @Override
    public ReproStepFinalStep exits(int code) {
      this.exit = code;
      return this;
    }

    @Override
    EvidenceAnchor toAnchor() {
      ImmutableReproStep.Builder step = ImmutableReproStep.builder()
          .addAllArgv(argv)
          .outputContains(Optional.ofNullable(outputContains))
          .outputSha256(Optional.ofNullable(outputSha256));
      if (workingDir != null) {
        step.workingDir(workingDir);
      }
      if (exit != null) {
        step.expectedExit(exit);
      }
      return step.build();
    }
  }

  /** A link. */
  static final class LinkImpl extends AnchorImpl implements LinkFinalStep {

    private final String uri;
    private String title;

    LinkImpl(String uri) {
      this.uri = uri;
    }

    @Override
    public LinkFinalStep titled(String title) {
      this.title = title;
      return this;
    }

    @Override
    EvidenceAnchor toAnchor() {
      return ImmutableLink.builder().uri(uri(uri, "/uri")).title(Optional.ofNullable(title)).build();
    }
  }

  // ---------------------------------------------------------------- building values and collecting problems

  /** A value built when its chain was handed on, or the problems (with relative pointers) that stopped it. */
  record Built<T>(T value, List<Diagnostic> problems) {

    /**
     * Builds a value now; its problems are kept, each message naming {@code label} (e.g.
     * {@code entry 'phase-gates'}) unless it already names the value. A {@code null} label adds
     * nothing.
     */
    static <T> Built<T> of(String label, Supplier<T> make) {
      try {
        return new Built<>(make.get(), List.of());
      } catch (LakeException e) {
        return new Built<>(null, label == null ? e.diagnostics() : labelled(label, e.diagnostics()));
      }
    }

    private static List<Diagnostic> labelled(String label, List<Diagnostic> diagnostics) {
      List<Diagnostic> named = new ArrayList<>();
      for (Diagnostic d : diagnostics) {
        named.add(named(label, d));
      }
      return named;
    }
  }

  private static final Pattern ENTRY_POINTER = Pattern.compile("/entries/(\\d{1,9})(?:/|$)");

  /**
   * The diagnostic with its message opening with {@code label}, e.g. {@code entry 'phase-gates': },
   * unless the message already names the value's quoted id.
   */
  private static Diagnostic named(String label, Diagnostic d) {
    String quotedId = label.substring(label.indexOf('\''));
    return d.message().contains(quotedId) ? d : ImmutableDiagnostic.copyOf(d).withMessage(label + ": " + d.message());
  }

  /** Every problem found while building a value, located by JSON Pointer. */
  private static final class Problems {

    private final List<Diagnostic> found = new ArrayList<>();

    /** The value of {@code built}, or {@code null} after recording its problems under {@code pointer}. */
    <T> T take(String pointer, Built<T> built) {
      for (Diagnostic d : built.problems()) {
        found.add(d.under(pointer));
      }
      return built.value();
    }

    /** The values of {@code built} that were built; the problems of the rest go under {@code prefix + index}. */
    <T> List<T> takeAll(String prefix, List<Built<T>> built) {
      List<T> values = new ArrayList<>();
      for (int i = 0; i < built.size(); i++) {
        T value = take(prefix + i, built.get(i));
        if (value != null) {
          values.add(value);
        }
      }
      return values;
    }

    /** Makes a value now, or records its problems under {@code pointer} and returns {@code null}. */
    <T> T attempt(String pointer, Supplier<T> make) {
      return take(pointer, Built.of(null, make));
    }

    /** Expands story ids and ranges; a bad one is reported at the index its first id would have had. */
    List<StoryId> expandAll(String prefix, List<String> idsOrRanges) {
      List<StoryId> ids = new ArrayList<>();
      for (String idOrRange : idsOrRanges) {
        List<StoryId> expanded = attempt(prefix + ids.size(), () -> StoryId.expand(idOrRange));
        if (expanded != null) {
          ids.addAll(expanded);
        }
      }
      return ids;
    }

    void throwIfAny() {
      if (!found.isEmpty()) {
        throw new LakeException(found);
      }
    }
  }

  /** Runs {@code make}, putting {@code prefix} before the pointer of any problem it reports. */
  private static <T> T locatedUnder(String prefix, Supplier<T> make) {
    try {
      return make.get();
    } catch (LakeException e) {
      List<Diagnostic> located = new ArrayList<>();
      for (Diagnostic d : e.diagnostics()) {
        located.add(d.under(prefix));
      }
      throw new LakeException(located);
    }
  }

  private static YearMonth month(int year, int month, String pointer) {
    try {
      return YearMonth.of(year, month);
    } catch (DateTimeException e) {
      throw LakeException.of(Rule.BAD_FORMAT, pointer,
          String.format(Locale.ROOT, "%d-%02d is not a month: %s", year, month, e.getMessage()),
          "write the year and a month from 1 to 12, e.g. (2025, 3)");
    }
  }

  private static LocalDate day(int year, int month, int day, String pointer) {
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      throw LakeException.of(Rule.BAD_FORMAT, pointer,
          String.format(Locale.ROOT, "%d-%02d-%02d is not a date: %s", year, month, day, e.getMessage()),
          "write a real calendar day, e.g. (2025, 3, 14)");
    }
  }

  private static URI uri(String text, String pointer) {
    try {
      return new URI(text);
    } catch (URISyntaxException e) {
      throw LakeException.of(Rule.BAD_FORMAT, pointer, "'" + text + "' is not a URI: " + e.getMessage(),
          "write the full address, e.g. https://github.com/you/repo/pull/42");
    }
  }
}
