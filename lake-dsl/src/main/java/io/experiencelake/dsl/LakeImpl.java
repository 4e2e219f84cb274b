package io.experiencelake.dsl;

import io.experiencelake.core.Capability;
import io.experiencelake.core.CapabilityWeight;
import io.experiencelake.core.Cluster;
import io.experiencelake.core.Diagnostic;
import io.experiencelake.core.Engagement;
import io.experiencelake.core.EngagementKind;
import io.experiencelake.core.ImmutableCapability;
import io.experiencelake.core.ImmutableCapabilityWeight;
import io.experiencelake.core.ImmutableEngagement;
import io.experiencelake.core.ImmutableLake;
import io.experiencelake.core.ImmutableLetter;
import io.experiencelake.core.ImmutableOwner;
import io.experiencelake.core.ImmutableRoleProfile;
import io.experiencelake.core.ImmutableStory;
import io.experiencelake.core.Lake;
import io.experiencelake.core.LakeEntry;
import io.experiencelake.core.LakeException;
import io.experiencelake.core.Letter;
import io.experiencelake.core.Owner;
import io.experiencelake.core.RoleProfile;
import io.experiencelake.core.Story;
import io.experiencelake.core.StoryId;
import io.experiencelake.core.check.CheckOptions;
import io.experiencelake.core.check.LakeChecker;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The lake being written, and the parts written at its level: the owner, role profiles and
 * engagements. Each value is built (or its problems recorded) when its chain is handed on, and
 * every problem of every value is reported in one {@link LakeException} when the lake is built.
 */
/** A lake being written. */
final class LakeImpl implements LakeStep {

  private final Problems.Built<Owner> owner;
  private final List<Problems.Built<Capability>> capabilities = new ArrayList<>();
  private final List<Problems.Built<RoleProfile>> roles = new ArrayList<>();
  private final List<Problems.Built<Engagement>> engagements = new ArrayList<>();
  private final List<Problems.Built<Story>> stories = new ArrayList<>();
  private final List<Problems.Built<Cluster>> clusters = new ArrayList<>();
  private final List<Problems.Built<LakeEntry>> entries = new ArrayList<>();

  LakeImpl(OwnerImpl owner) {
    this.owner = Problems.Built.of(null, owner::toValue);
  }

  @Override
  public LakeStep capability(String id, String title) {
    capabilities.add(Problems.Built.of(Part.name("capability", id), () -> ImmutableCapability.builder().id(id).title(title).build()));
    return this;
  }

  @Override
  public LakeStep capability(String id, String title, String description) {
    capabilities.add(Problems.Built.of(Part.name("capability", id),
        () -> ImmutableCapability.builder().id(id).title(title).description(description).build()));
    return this;
  }

  @Override
  public LakeStep role(RoleFinalStep role) {
    return add(roles, (RoleImpl) role);
  }

  @Override
  public LakeStep engagement(EngagementFinalStep engagement) {
    return add(engagements, (EngagementImpl) engagement);
  }

  @Override
  public LakeStep story(StoryFinalStep story) {
    return add(stories, (StoryImpl) story);
  }

  @Override
  public LakeStep stories(String idOrRange, Function<StoryId, String> title) {
    Problems.Built<List<StoryId>> ids = Problems.Built.of(null, () -> StoryId.expand(idOrRange));
    if (ids.value() == null) {
      // The whole range failed: its problems take the place of its first story.
      stories.add(new Problems.Built<>(null, ids.problems()));
      return this;
    }
    for (StoryId id : ids.value()) {
      String storyTitle = title.apply(id);
      stories.add(Problems.Built.of(Part.name("story", id), () -> ImmutableStory.builder().id(id).title(storyTitle).build()));
    }
    return this;
  }

  @Override
  public LakeStep cluster(ClusterFinalStep cluster) {
    return add(clusters, (ClusterImpl) cluster);
  }

  @Override
  public LakeStep entry(EntryFinalStep entry) {
    return add(entries, (EntryImpl) entry);
  }

  /** Builds a value now, keeping it or its problems (each named) in {@code list}. */
  private <T> LakeStep add(List<Problems.Built<T>> list, Part<T> part) {
    list.add(part.snapshot());
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
      throw new LakeException(diagnostics);
    }
    return lake;
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
          .url(url == null ? Optional.empty() : Optional.of(Problems.uri(url, "/url")))
          .site(site == null ? Optional.empty() : Optional.of(Problems.uri(site, "/site")))
          .build();
    }
  }

  /** A role profile. */
  static final class RoleImpl extends Part<RoleProfile> implements RoleFinalStep {

    private final String title;
    private String band;
    private final List<Problems.Built<CapabilityWeight>> requires = new ArrayList<>();
    private final List<String> keywords = new ArrayList<>();
    private String opening;
    private String closing;

    RoleImpl(String id, String title) {
      super("role", id);
      this.title = title;
    }

    @Override
    public RoleFinalStep band(String band) {
      this.band = band;
      return this;
    }

    @Override
    public RoleFinalStep requires(String capability, double weight) {
      requires.add(Problems.Built.of(null, () -> ImmutableCapabilityWeight.builder().capability(capability).weight(weight).build()));
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

    @Override
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
  static final class EngagementImpl extends Part<Engagement> implements EngagementRoleStep, EngagementStartStep, EngagementFinalStep {

    private final EngagementKind kind;
    private final String name;
    private String role;
    private final MonthSpan months = new MonthSpan();
    private String location;
    private String summary;

    EngagementImpl(EngagementKind kind, String id, String name) {
      super("engagement", id);
      this.kind = kind;
      this.name = name;
    }

    @Override
    public EngagementStartStep role(String role) {
      this.role = role;
      return this;
    }

    @Override
    public EngagementFinalStep from(int year, int month) {
      months.start(year, month);
      return this;
    }

    @Override
    public EngagementFinalStep until(int year, int month) {
      months.end(year, month);
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

    @Override
    Engagement toValue() {
      Problems problems = new Problems();
      Optional<YearMonth> started = months.start(problems);
      Optional<YearMonth> ended = months.end(problems);
      problems.throwIfAny();
      return ImmutableEngagement.builder()
          .id(id)
          .kind(kind)
          .name(name)
          .role(role)
          .start(started.orElseThrow())
          .end(ended)
          .location(Optional.ofNullable(location))
          .summary(Optional.ofNullable(summary))
          .build();
    }
  }
}
